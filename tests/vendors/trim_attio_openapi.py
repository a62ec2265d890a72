"""Keep the parts of Attio's OpenAPI document Mirano relies on; writes tests/vendors/attio_openapi.json.

Run from the repository root:  python tests/vendors/trim_attio_openapi.py /path/to/attio.openapi.yaml.gz

Operations are copied whole (parameters, request body, every response) with every component schema they
reference, unchanged, so tests validate against Attio's own definitions, not a restatement of them.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path
from typing import Any

import yaml

SOURCE = "Attio REST v2 OpenAPI as served at /openapi/api (copy in interfere-inc/attio at 55d8fe56, .speakeasy/out.openapi.yaml)"
OPERATIONS = {
    "/v2/notes": ("get", "post"),
    "/v2/objects/{object}/records/query": ("post",),
    "/v2/workspace_members": ("get",),
}


def refs(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {node["$ref"]} if isinstance(node.get("$ref"), str) else set()
        return found.union(*(refs(v) for v in node.values())) if node else found
    if isinstance(node, list):
        return set().union(*(refs(v) for v in node)) if node else set()
    return set()


def main(path: str) -> None:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        document = yaml.safe_load(f)
    paths = {p: {m: document["paths"][p][m] for m in methods} for p, methods in OPERATIONS.items()}
    schemas: dict[str, Any] = {}
    pending = refs(paths)
    while pending:
        ref = pending.pop()
        name = ref.rsplit("/", 1)[-1]
        if name not in schemas:
            schemas[name] = document["components"]["schemas"][name]
            pending |= refs(schemas[name])
    out = {
        "x-source": SOURCE,
        "openapi": document["openapi"],
        "paths": paths,
        "components": {"schemas": schemas},
    }
    target = Path("tests/vendors/attio_openapi.json")
    target.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {target}: {sum(len(m) for m in OPERATIONS.values())} operations, {len(schemas)} schemas")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/vendor-specs/attio.openapi.yaml.gz")
