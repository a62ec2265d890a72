"""procrastinate on the same PostgreSQL server, for bench/scale.py: the queue a user would pick instead of Mirano's.

Run as a script it is one worker process: `python bench/procrastinate_side.py worker <conninfo> <concurrency>`
prints "ready", waits for a line on stdin, then works (listen/notify on, as deployed) until stdin closes. The
parent enqueues with `defer` (one job per transaction, as an application defers them) and counts what is left.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys

import procrastinate

SCHEMA_DONE = "procrastinate_jobs"


def make_app(conninfo: str) -> procrastinate.App:
    app = procrastinate.App(connector=procrastinate.PsycopgConnector(conninfo=conninfo))

    @app.task(name="bench_noop", queue="bench")
    def bench_noop() -> None:
        return None

    return app


def apply_schema(conninfo: str) -> None:
    app = make_app(conninfo)
    with app.open():
        app.schema_manager.apply_schema()


def defer(conninfo: str, n: int) -> None:
    """n jobs, each deferred in its own transaction (the connector autocommits each call)."""
    app = make_app(conninfo)
    with app.open():
        task = app.tasks["bench_noop"]
        for _ in range(n):
            task.defer()


def left(cursor) -> int:  # type: ignore[no-untyped-def]
    cursor.execute("SELECT count(*) FROM procrastinate_jobs WHERE status IN ('todo', 'doing')")
    return int(cursor.fetchone()[0])


async def _work(conninfo: str, concurrency: int) -> None:
    app = make_app(conninfo)
    async with app.open_async():
        worker = asyncio.create_task(
            app.run_worker_async(
                queues=["bench"],
                concurrency=concurrency,
                install_signal_handlers=False,
                delete_jobs="never",  # its default; the poll interval is its default too (listen/notify on)
            )
        )
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)  # closed: stop
        worker.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await worker


def main() -> None:
    conninfo, concurrency = sys.argv[1:3]
    print("ready", flush=True)
    sys.stdin.readline()
    asyncio.run(_work(conninfo, int(concurrency)))


if __name__ == "__main__" and sys.argv[1:2] == ["worker"]:
    sys.argv.pop(1)
    main()
