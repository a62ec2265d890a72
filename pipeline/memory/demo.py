"""Demo set-up for project memory: two active projects bound to demo inboxes, teams and CRM records.

Left unbound on purpose: Chatwoot inbox 3 (a personal Telegram inbox) and Linear team OPS; Attio company
Globex is bound to an inactive project. None of them is ever imported.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from pipeline.demo import vendor_data as fx
from pipeline.memory.projects import bind, ensure_project

UNBOUND_INBOX = 3

DEMO_PROJECTS = (
    (
        "alfa-stroy",
        "Альфа Строй — реконструкция офиса",
        True,
        [
            ("chatwoot", "inbox:1"),
            ("linear", f"team:{fx.demo_uuid('team:ALF')}"),
            ("attio", f"company:{fx.record_id('alfa')}"),
        ],
    ),
    (
        "northwind",
        "Northwind client portal",
        True,
        [
            ("chatwoot", "inbox:2"),
            ("linear", f"project:{fx.PROJECTS[0]['id']}"),
            ("attio", f"company:{fx.record_id('northwind')}"),
            ("attio", f"deal:{fx.record_id('nw-portal')}"),
        ],
    ),
    ("globex-archive", "Globex (archived)", False, [("attio", f"company:{fx.record_id('globex')}")]),
)


def seed_demo(session: Session) -> None:
    """Create the demo projects and bindings (idempotent)."""
    for slug, name, active, bindings in DEMO_PROJECTS:
        project = ensure_project(session, slug, name, active)
        for source, target in bindings:
            bind(session, project.slug, source, target)
