"""How every command speaks: `--json` prints one JSON document and nothing else; exit 0 done, 1 failed, 2 bad input."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import typer
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from pipeline.engine.exceptions import BadInput, MiranoError
from pipeline.engine.registry import UnknownJob

JsonFlag = Annotated[bool, typer.Option("--json", help="Print one JSON document on stdout and nothing else.")]

F = TypeVar("F", bound=Callable[..., Any])


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
        typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def database_problem(exc: DBAPIError) -> str:
    from pipeline.config import get_settings

    url = make_url(get_settings().resolved_database_url).render_as_string(hide_password=True)
    detail = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
    if "no such table" in detail or "does not exist" in detail:
        return f"the database {url} has no Mirano tables yet ({detail}): run `mirano init` first"
    return f"database {url}: {detail}"


def reasons(func: F) -> F:
    """Turn Mirano's errors into a one-line reason and the contract's exit codes."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        as_json = bool(kwargs.get("as_json"))
        try:
            return func(*args, **kwargs)
        except BadInput as exc:
            fail(str(exc), 2, as_json, field=exc.field)
        except MiranoError as exc:  # before ValueError: a damaged index file is a failure, not bad input
            fail(exc.reason, 1, as_json)
        except (UnknownJob, ValueError) as exc:
            fail(str(exc).strip("'\""), 2, as_json)
        except DBAPIError as exc:
            # A database that is missing, not migrated or unreachable: say so, no traceback.
            fail(database_problem(exc), 1, as_json)

    return wrapper  # type: ignore[return-value]


def table(rows: list[dict[str, Any]], columns: list[str]) -> str:
    """A plain aligned text table for human output."""
    if not rows:
        return "(none)"
    cells = [[("" if r.get(c) is None else str(r.get(c))) for c in columns] for r in rows]
    widths = [max(len(c), *(len(row[i]) for row in cells)) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True))]
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)) for row in cells]
    return "\n".join(lines)
