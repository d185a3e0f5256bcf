"""A throw-away PostgreSQL cluster for the saved-review tests, started the way .ci/run does:
its own data folder, a loopback port, trusted local connections, removed afterwards."""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

START_TIMEOUT_S = 60
"""initdb and a first start take a few seconds; a minute covers a busy machine."""


def server_binaries() -> Path | None:
    """The newest installed PostgreSQL's bin folder (Debian's layout), or None."""
    found = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: [int(n) for n in re.findall(r"\d+", p.parent.parent.name)],
    )
    return found[-1].parent if found else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def throwaway_cluster() -> Iterator[str]:
    """Start a cluster and yield its URL; skip the test when no server can be had."""
    binaries = server_binaries()
    if binaries is None:
        pytest.skip("no PostgreSQL server installed (make system-packages installs one)")
    as_root = os.geteuid() == 0
    prefix: list[str] = []
    if as_root:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user to run the server")
        prefix = ["runuser", "-u", "postgres", "--"]
    folder = Path(tempfile.mkdtemp(prefix="clausecheck-test-pg-"))
    if as_root:
        shutil.chown(folder, "postgres")
    port = _free_port()
    data = folder / "data"

    def run(*command: str) -> None:
        subprocess.run(
            [*prefix, *command],
            check=True,
            capture_output=True,
            timeout=START_TIMEOUT_S,
        )

    started = False
    try:
        try:
            run(
                str(binaries / "initdb"),
                "-D",
                str(data),
                "-A",
                "trust",
                "-U",
                "postgres",
                "--no-sync",
            )
            run(
                str(binaries / "pg_ctl"),
                "-D",
                str(data),
                "-l",
                str(folder / "log"),
                "-w",
                "-o",
                f"-c listen_addresses=127.0.0.1 -c port={port} "
                f"-c unix_socket_directories={folder} -c fsync=off",
                "start",
            )
            started = True
            run(
                str(binaries / "createdb"),
                "-h",
                "127.0.0.1",
                "-p",
                str(port),
                "-U",
                "postgres",
                "clausecheck_test",
            )
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as exc:
            detail = getattr(exc, "stderr", b"") or b""
            pytest.skip(
                f"could not start PostgreSQL: {detail.decode(errors='replace')[:200] or exc}"
            )
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/clausecheck_test"
    finally:
        if started:
            subprocess.run(
                [*prefix, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                capture_output=True,
                timeout=START_TIMEOUT_S,
            )
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """A new empty database on the server, yielded as a URL and dropped afterwards."""
    import psycopg
    from sqlalchemy.engine import make_url

    server = make_url(server_url)
    name = f"clausecheck_{uuid.uuid4().hex[:12]}"
    conninfo = psycopg.conninfo.make_conninfo(
        host=server.host or "127.0.0.1",
        port=server.port or 5432,
        user=server.username or "postgres",
        password=server.password or None,
        dbname=server.database or "postgres",
    )
    with psycopg.connect(conninfo, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(conninfo, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
