"""Change notices: watches on properties and projects, notices with their diff and evidence, and delivery.

`watches` decides when something changed and records a notice with one outbox row per configured channel in the
same transaction as the change; `outbox` claims and marks those rows like tasks; `channels` sends them (a signed
webhook, e-mail over SMTP), each with an idempotency key that stays the same across retries.
"""
