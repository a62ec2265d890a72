"""People: who acts (`identity`), what each role may do (`roles`), and the people stored with their roles
(`directory`). The service layer asks `roles.require` before every command, so the dashboard, the CLI and the
assistant obey one table."""
