"""How an address was read, as named parts in the reader's language: one lookup for the check page and the CLI."""

from __future__ import annotations

from typing import Any

from pipeline.checks.address_rules import FLAT_LABELS, HOUSE_LABELS, SETTLEMENT_LABELS, STREET_LABELS
from pipeline.i18n import tr_in


def address_parts(components: dict[str, Any], canonical: str, lang: str) -> list[tuple[str, str]]:
    """(part's name, value) written the way the canonical address writes them: ("улица", "Тверская ул.")."""
    c = components
    parts = [("region", c.get("region")), ("district", c.get("district")), ("area", c.get("area"))]
    if c.get("settlement"):
        label = SETTLEMENT_LABELS.get(c.get("settlement_type") or "", c.get("settlement_type") or "")
        parts.append(("settlement", f"{label} {c['settlement']}".strip()))
    if c.get("street"):
        label = STREET_LABELS.get(c.get("street_type") or "", "")
        after = f"{c['street']} {label}".strip()  # 'Ленинский пр-кт', as the canonical address writes it
        parts.append(("street", after if after in canonical else f"{label} {c['street']}".strip()))
    if c.get("house"):
        parts.append(("house", f"{HOUSE_LABELS.get(c.get('house_kind') or 'д', '')} {c['house']}".strip()))
    parts += [("letter", c.get("letter")), ("corpus", c.get("corpus")), ("building", c.get("building"))]
    if c.get("flat"):
        parts.append(("flat", f"{FLAT_LABELS.get(c.get('flat_kind') or 'кв', '')} {c['flat']}".strip()))
    return [(tr_in(lang, "address", name), str(value)) for name, value in parts if value]
