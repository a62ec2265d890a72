"""The vendor-spec tests reuse the memory fixtures (a seeded database over the real demo server)."""

from tests.memory.conftest import seeded  # noqa: F401
