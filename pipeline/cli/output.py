"""How every command speaks: `--json` prints one JSON document and nothing else; exit 0 done, 1 failed, 2 bad input."""

from __future__ import annotations

import functools
import json
import math
import sys
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer
from typer.core import TyperGroup

try:  # typer 0.2x carries its own copy of click
    from typer._click import exceptions as click_errors
except ImportError:  # pragma: no cover — older typer on click itself
    from click import exceptions as click_errors  # type: ignore[no-redef]

from pipeline.engine.exceptions import BadInput, MiranoError

JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout and nothing else.")]

F = TypeVar("F", bound=Callable[..., Any])
STATUS_COLUMNS = ("status", "outcome")
REASON_COLUMNS = ("reason", "detail")


def cli_lang() -> str:
    """The language of human output: MIRANO_LANG (en or ru), English otherwise. --json is never translated."""
    import os

    from pipeline.config import get_settings

    try:
        chosen = (get_settings().lang or "").strip().lower()
    except MiranoError:  # another variable is unusable: that error is being told, in the language asked for
        chosen = os.environ.get("MIRANO_LANG", "").strip().lower()
    return chosen if chosen in ("en", "ru") else "en"


def say(msgid: str, /, **values: object) -> str:
    """A human line in the CLI's language (catalog: pipeline/i18n/locales/ru/LC_MESSAGES/cli.po)."""
    from pipeline.i18n import tr

    return tr(cli_lang(), msgid, **values)


def reason(text: str | None) -> str:
    """An engine reason or a status in the CLI's language, any property-check source it names by its label, any
    other text as it is."""
    from pipeline.i18n.check_words import source_reason

    return source_reason(text, cli_lang())


def status(value: str | None) -> str:
    from pipeline.i18n import status_label

    return status_label(value, cli_lang())


def emit(data: Any, as_json: bool, human: Callable[[], str] | str) -> None:
    """Print `data` as JSON, or the human rendering."""
    if as_json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, default=str, indent=2) + "\n")
    else:
        typer.echo(human() if callable(human) else human)


def fail(message: str, code: int = 1, as_json: bool = False, **extra: Any) -> None:
    """Stop with a stated reason and exit code (1 failed, 2 bad usage or input)."""
    if as_json:
        sys.stdout.write(json.dumps({"error": message, **extra}, ensure_ascii=False, default=str) + "\n")
    else:
        typer.echo(say("error: {message}", message=reason(message)), err=True)
    raise typer.Exit(code)


def database_problem(exc: Exception) -> str | None:
    """A database that is missing, not migrated or unreachable, in one line; None for any other error."""
    sqlalchemy_errors = sys.modules.get("sqlalchemy.exc")  # loaded by whatever reached the database
    if sqlalchemy_errors is None or not isinstance(exc, sqlalchemy_errors.DBAPIError):
        return None
    from sqlalchemy.engine import make_url

    from pipeline.config import get_settings

    url = make_url(get_settings().resolved_database_url).render_as_string(hide_password=True)
    detail = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
    if "no such table" in detail or "does not exist" in detail:
        return f"the database {url} has no Mirano tables yet ({detail}): run `mirano init` first"
    return f"database {url}: {detail}"


def data_dir_problem(exc: OSError) -> str | None:
    """An error about the data dir (or a folder on its way) in one line; None for any other file's error."""
    from pathlib import Path

    from pipeline.config import get_settings

    if not exc.filename:
        return None
    data_dir, where = get_settings().data_dir.resolve(), Path(str(exc.filename)).resolve()
    if where != data_dir and data_dir not in where.parents and where not in data_dir.parents:
        return None
    return f"MIRANO_DATA_DIR: cannot use {data_dir}: {exc.strerror or type(exc).__name__}"


SQLITE_INT = (-(2**63), 2**63 - 1)  # the integers a database id can be


def checked_arguments(kwargs: dict[str, Any]) -> None:
    """Refuse, naming the field, what no command can use: text that is not UTF-8 (the shell passed bytes), integers
    beyond a database id's range and numbers that are NaN or infinite."""
    for name, value in kwargs.items():
        field = name.replace("_", "-")
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise BadInput(field, "not valid UTF-8 text (check the terminal's encoding)") from None
        elif isinstance(value, bool):
            continue
        elif isinstance(value, int) and not SQLITE_INT[0] <= value <= SQLITE_INT[1]:
            raise BadInput(field, f"{value} is out of range (at most {SQLITE_INT[1]})")
        elif isinstance(value, float) and not math.isfinite(value):
            raise BadInput(field, f"must be a finite number, got {value}")


def reasons(func: F) -> F:
    """Turn Mirano's errors into a one-line reason and the contract's exit codes."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        as_json = bool(kwargs.get("as_json"))
        try:
            checked_arguments(kwargs)
            return func(*args, **kwargs)
        except BadInput as exc:  # UnknownJob and AddressRefused too: the user's input names the field
            fail(exc.reason, 2, as_json, field=exc.field)
        except MiranoError as exc:  # before ValueError: a damaged index file is a failure, not bad input
            fail(exc.reason, 1, as_json)
        except ValueError as exc:  # typer's and the standard library's own conversions
            fail(str(exc).strip("'\""), 2, as_json)
        except OverflowError as exc:  # a number that reached the database beyond its integer range
            fail(f"a number is out of range: {exc}", 2, as_json)
        except OSError as exc:  # the data dir cannot be made or written: one line naming the variable
            problem = data_dir_problem(exc)
            if problem is None:
                raise
            fail(problem, 2, as_json, field="MIRANO_DATA_DIR")
        except Exception as exc:
            problem = database_problem(exc)
            if problem is None:
                raise
            fail(problem, 1, as_json)  # the database's state in one line, no traceback

    return wrapper  # type: ignore[return-value]


def table(
    rows: list[dict[str, Any]], columns: list[str], words: dict[str, Callable[[Any], str]] | None = None
) -> str:
    """A plain aligned text table for human output: headers, statuses and reasons in the CLI's language; `words`
    says a column's values its own way (a check's source states: «готово», not a run's «успешно»)."""
    if not rows:
        return say("(none)")
    said = words or {}
    cells = [[said[c](r.get(c)) if c in said else _cell(c, r.get(c)) for c in columns] for r in rows]
    from pipeline.i18n import tr_in

    headers = [tr_in(cli_lang(), "cli", c) for c in columns]
    widths = [max(len(h), *(len(row[i]) for row in cells)) for i, h in enumerate(headers)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(headers, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(lines)


def _cell(column: str, value: Any) -> str:
    if value is None:
        return ""
    if column in STATUS_COLUMNS and isinstance(value, str):
        return status(value)
    if column in REASON_COLUMNS and isinstance(value, str):
        return reason(value)
    return str(value)


class MiranoGroup(TyperGroup):
    """Typer's command group, with usage errors as the contract says: one line naming the field on stderr (or a
    JSON document on stdout under --json) and exit code 2, instead of a boxed message."""

    def main(  # type: ignore[override]
        self,
        args: list[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        try:
            code = super().main(argv, prog_name, complete_var, standalone_mode=False, **extra)
        except click_errors.NoArgsIsHelpError as exc:
            exc.show()
            code = 0
        except click_errors.ClickException as exc:
            code = _usage_error(exc, "--json" in argv)
        except (
            BadInput
        ) as exc:  # a setting read before any command's own error handling (a bad MIRANO_* value)
            code = 2
            if "--json" in argv:
                sys.stdout.write(
                    json.dumps({"error": exc.reason, "field": exc.field}, ensure_ascii=False) + "\n"
                )
            else:
                typer.echo(say("error: {message}", message=reason(exc.reason)), err=True)
        except typer.Abort:
            typer.echo("error: aborted", err=True)
            code = 1
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


def _usage_error(exc: click_errors.ClickException, as_json: bool) -> int:
    """Print a usage error as one line naming the field; its exit code (2)."""
    param = getattr(exc, "param", None)
    field, line = None, exc.format_message()
    if param is not None:
        option = getattr(param, "param_type_name", "") == "option" and param.opts
        field = param.opts[0] if option else param.name
        if isinstance(exc, click_errors.BadParameter) and not isinstance(exc, click_errors.MissingParameter):
            line = f"{field}: {exc.message}"
    elif isinstance(exc, click_errors.NoSuchOption):
        field = exc.option_name
    line = " ".join(line.split())  # one line
    if as_json:
        sys.stdout.write(json.dumps({"error": line, "field": field}, ensure_ascii=False) + "\n")
    else:
        typer.echo(f"error: {line}", err=True)
    return exc.exit_code
