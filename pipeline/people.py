"""Who is acting, for audit lines: `MIRANO_USER`, or the operating system's user.

One small function so the identity work (signed-in users, roles) can replace it in one place.
"""

from __future__ import annotations

import getpass
import os


def current_user() -> str:
    """The person behind a CLI command or a local dashboard: MIRANO_USER, else the OS user, else "unknown"."""
    chosen = os.environ.get("MIRANO_USER", "").strip()
    if chosen:
        return chosen[:120]
    try:
        return getpass.getuser()[:120] or "unknown"
    except (KeyError, OSError):  # no passwd entry (some containers)
        return "unknown"
