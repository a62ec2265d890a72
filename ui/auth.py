"""Sign-in for a dashboard that others can reach: Streamlit's built-in OIDC login (`st.login`).

On 127.0.0.1 the dashboard is one person's and needs none. `mirano ui --address` on any other interface refuses to
start unless `[auth]` in `.streamlit/secrets.toml` configures an OpenID Connect provider, and then tells the app
(MIRANO_UI_SIGN_IN=required) to show nothing but a sign-in button until the visitor has signed in. The audit log
then records the signed-in identity, not a name typed into a box.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import tomllib
from pathlib import Path
from typing import Any

import streamlit as st

log = logging.getLogger(__name__)

SIGN_IN_ENV = "MIRANO_UI_SIGN_IN"
PROVIDER_KEYS = ("client_id", "client_secret", "server_metadata_url")


def is_loopback(address: str) -> bool:
    """True for 127.0.0.0/8, ::1 and localhost: only this machine can reach the dashboard."""
    if address.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(address.strip("[]")).is_loopback
    except ValueError:
        return False


def secrets_files(cwd: Path | None = None) -> list[Path]:
    """Where Streamlit reads secrets by default: ~/.streamlit/secrets.toml, then ./.streamlit/secrets.toml."""
    return [Path.home() / ".streamlit" / "secrets.toml", (cwd or Path.cwd()) / ".streamlit" / "secrets.toml"]


def sign_in_problem(files: list[Path]) -> str | None:
    """Why Streamlit's sign-in cannot work with these secrets files, in words; None when it can."""
    auth: dict[str, Any] = {}
    for path in files:
        if path.is_file():
            try:
                auth.update(tomllib.loads(path.read_text("utf-8")).get("auth", {}))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
                return f"{path} cannot be read: {exc}"
    if not auth:
        return "no [auth] section in .streamlit/secrets.toml"
    missing = [key for key in ("redirect_uri", "cookie_secret") if not auth.get(key)]
    providers = [auth, *(v for v in auth.values() if isinstance(v, dict))]
    if not any(all(p.get(k) for k in PROVIDER_KEYS) for p in providers):
        missing.append("client_id, client_secret and server_metadata_url (in [auth] or [auth.<provider>])")
    if missing:
        return f"[auth] in .streamlit/secrets.toml lacks {'; '.join(missing)}"
    try:
        import authlib  # noqa: F401 — st.login needs it
    except ImportError:
        return "the authlib package is not installed (pip install authlib)"
    return None


def required() -> bool:
    return os.environ.get(SIGN_IN_ENV) == "required"


def signed_in_identity() -> str | None:
    """The signed-in person's e-mail (or name, or subject) when someone signed in with st.login, else None."""
    try:
        user = st.user
        if not user.is_logged_in:
            return None
        return str(user.get("email") or user.get("name") or user.get("sub") or "") or None
    except Exception:  # noqa: BLE001 — no [auth] configured: nobody is signed in
        log.debug("no signed-in identity", exc_info=True)
        return None


def gate() -> None:
    """With sign-in required, show only a sign-in button until the visitor signs in; then who it is and Log out."""
    if not required():
        return
    from ui.lang import t

    who = signed_in_identity()
    if who is None:
        st.title("Mirano")
        st.info(t("This dashboard is reachable from other machines: sign in to continue."))
        st.button(t("Sign in"), key="auth_sign_in", icon=":material/login:", on_click=st.login)
        st.stop()
    with st.sidebar:
        st.caption(t("Signed in as **{who}**", who=who))
        st.button(t("Log out"), key="auth_log_out", on_click=st.logout)
