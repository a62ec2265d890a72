"""Deterministic demo content for the Chatwoot, Linear and Attio demo APIs, in Russian and English.

Ids and texts never change; times are hours before the demo's moment (`mirano init --demo`'s, see
server.DemoCalendar), so a fresh demo's "this week" means something and a restart serves the same times.
The texts carry visible commitments ("Мы пришлём смету до пятницы", "we'll ship the fix by Monday") and risks
(slipping deadlines, an unhappy client, late payments). Inbox 3, team OPS and company Globex are the objects
the demo set-up leaves unbound (Globex is bound to an inactive project): they must never be imported.
"""

from __future__ import annotations

import uuid
from typing import Any

NAMESPACE = uuid.UUID("6a76ecf7-c023-4b32-8000-000000000000")


def demo_uuid(name: str) -> str:
    """A stable UUID for a demo object name."""
    return str(uuid.uuid5(NAMESPACE, name))


# -- Chatwoot ------------------------------------------------------------------------------------------------
ACCOUNT_ID = 1
INBOXES = [
    {"id": 1, "name": "Сайт — Альфа Строй", "channel_type": "Channel::WebWidget"},
    {"id": 2, "name": "Email — Northwind", "channel_type": "Channel::Email"},
    {"id": 3, "name": "Telegram — личное", "channel_type": "Channel::Telegram"},
]
CONTACTS = {
    11: {"id": 11, "name": "Ирина Соколова", "email": "irina@alfa-stroy.example"},
    12: {"id": 12, "name": "Tom Baker", "email": "tom@northwind.example"},
    13: {"id": 13, "name": "Пётр Личный", "email": "petr@private.example"},
}
AGENTS = {1: "Алексей Морозов", 2: "Kate Wilson"}

# (conversation id, inbox, contact, hours ago of the first message, [(sender, text, private)]);
# sender "c" is the contact, an int is an agent, "a" is an activity line.
CONVERSATIONS: list[tuple[int, int, int, int, list[tuple[Any, str, bool]]]] = [
    (
        101,
        1,
        11,
        70,
        [
            (
                "c",
                "Добрый день! Когда будет готова смета по второму этапу? Нам нужно согласовать бюджет до конца месяца.",
                False,
            ),
            (1, "Ирина, добрый день. Мы пришлём смету до пятницы.", False),
            ("c", "Спасибо. Честно говоря, клиент недоволен сроками по первому этапу.", False),
            (1, "Внутреннее: оплата по счёту №17 задерживается уже две недели, напомнить бухгалтерии.", True),
            ("a", "Разговор назначен на Алексея Морозова", False),
        ],
    ),
    (
        102,
        1,
        11,
        30,
        [
            ("c", "Алексей, по фасаду есть новости? Поставщик обещал плитку ещё на прошлой неделе.", False),
            (1, "Сроки по фасаду сдвигаются из-за поставщика, мы не успеваем к 15-му.", False),
            (1, "Подготовим коммерческое предложение по озеленению двора.", False),
        ],
    ),
    (
        201,
        2,
        12,
        50,
        [
            ("c", "Hi team, the login bug is still there on staging.", False),
            (2, "Sorry about that, we'll ship the fix by Monday.", False),
            ("c", "Thanks. To be honest we are very disappointed with the delays on the portal.", False),
            (2, "I will send the invoice tomorrow.", False),
        ],
    ),
    (
        202,
        2,
        12,
        20,
        [
            ("c", "The payment is late because our finance team changed banks, sorry.", False),
            (2, "No problem. We will deliver the reporting module by 5 March.", False),
        ],
    ),
    (
        301,
        3,
        13,
        10,
        [
            ("c", "Личное, не для работы: пришлём подарок до пятницы.", False),
        ],
    ),
]
MEETING_CONVERSATION = 103  # a long conversation: 25 messages, so messages are walked back with `before`
FILLER_CONVERSATIONS = range(211, 238)  # 27 short ones in inbox 2, so the conversation list has two pages


def meeting_lines() -> list[tuple[Any, str, bool]]:
    """A long meeting log in inbox 1."""
    topics = ["фундамент", "кровля", "окна", "электрика", "отопление"]
    return [
        (
            1 if i % 2 else "c",
            f"Протокол встречи, пункт {i + 1}: обсудили {topics[i % 5]}, вопросов нет.",
            False,
        )
        for i in range(25)
    ]


def filler_lines(n: int) -> list[tuple[Any, str, bool]]:
    """A short routine exchange about a document."""
    return [
        ("c", f"Could you resend the PDF of document #{n}?", False),
        (2, f"Sure, document #{n} is resent.", False),
    ]


# -- Linear --------------------------------------------------------------------------------------------------
TEAMS = [
    {"id": demo_uuid("team:ALF"), "key": "ALF", "name": "Альфа Строй"},
    {"id": demo_uuid("team:NW"), "key": "NW", "name": "Northwind"},
    {"id": demo_uuid("team:OPS"), "key": "OPS", "name": "Internal ops"},
]
PROJECTS = [{"id": demo_uuid("project:nw-portal"), "name": "Northwind client portal", "team": "NW"}]

# (identifier, project name or None, hours ago, title, description, due in days, state, [(author, comment)]):
# a description's {due} is the due date written out ("5 March"), so text and dueDate agree on any day.
ISSUES: list[tuple[str, str | None, int, str, str, int | None, str, list[tuple[str, str]]]] = [
    (
        "ALF-1",
        None,
        60,
        "Смета по второму этапу",
        "Подготовить смету по второму этапу. Клиенту обещали: пришлём смету до пятницы.",
        None,
        "In Progress",
        [("Алексей Морозов", "Поставщик задерживает поставку, сроки сдвигаются.")],
    ),
    (
        "ALF-2",
        None,
        40,
        "Фасад: согласование плитки",
        "Согласовать замену плитки с заказчиком.",
        None,
        "Todo",
        [("Алексей Морозов", "Заказчик просит фото образцов.")],
    ),
    (
        "NW-1",
        "Northwind client portal",
        45,
        "Login bug on staging",
        "Users cannot log in on staging after the SSO change. We'll ship the fix by Monday.",
        None,
        "In Progress",
        [("Kate Wilson", "The client is unhappy about this bug, it blocks their demo.")],
    ),
    (
        "NW-2",
        "Northwind client portal",
        25,
        "Reporting module",
        "We will deliver the reporting module by {due}.",
        90,
        "Todo",
        [],
    ),
    ("OPS-1", None, 5, "Продлить домен", "Внутренняя задача, не относится к клиентам.", None, "Todo", []),
]
FILLER_ISSUES = range(3, 58)  # NW-3 … NW-57: routine chores, so issues span two pages


# -- Attio ---------------------------------------------------------------------------------------------------
WORKSPACE_ID = demo_uuid("workspace")
COMPANIES = [
    ("alfa", "Альфа Строй", "alfa-stroy.example", "Строительная компания, заказчик реконструкции офиса."),
    ("northwind", "Northwind Traders", "northwind.example", "Distributor; our client portal customer."),
    ("globex", "Globex", "globex.example", "Former client, archived project."),
]
DEALS = [("nw-portal", "Northwind portal, phase 2", "In negotiation", 48000, "USD")]

# (parent object, parent key, hours ago, title, text)
NOTES: list[tuple[str, str, int, str, str]] = [
    (
        "companies",
        "alfa",
        55,
        "Звонок с Ириной",
        "Клиент не оплатил счёт №17. Обещали оплатить на следующей неделе.",
    ),
    (
        "companies",
        "alfa",
        15,
        "Встреча на объекте",
        "Подготовим коммерческое предложение по озеленению двора.",
    ),
    (
        "companies",
        "northwind",
        35,
        "QBR notes",
        "Invoice overdue by 30 days. Tom says they will escalate if the portal slips again.",
    ),
    ("deals", "nw-portal", 12, "Pricing", "We will send the revised proposal by Friday."),
    ("companies", "globex", 8, "Archive", "Globex: нет активных задач."),
]


def record_id(key: str) -> str:
    """The demo record id of a company or deal key."""
    return demo_uuid(f"record:{key}")
