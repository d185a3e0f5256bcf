"""Parse untrusted documents in a child process with a time limit and a memory limit.

A malformed PDF can make pdfminer loop for minutes or allocate gigabytes. Parsing therefore runs
in a forked child: the parent waits at most ``Limits.seconds`` for its answer and kills it when
the time is up, and the child's address space may grow by at most ``Limits.memory_mb`` beyond
what it inherited. The child sends the document back as JSON (never pickle) through a pipe and
leaves with ``os._exit``, so it can never run the parent's code or clean-up handlers. The child
leads its own process group, and the whole group is killed: a program it started (Tesseract for
``--ocr``) cannot outlive it.

A plain ``os.fork`` is used rather than ``multiprocessing`` because it starts in milliseconds,
needs no re-import of ``__main__`` and works inside daemonic workers (Dask, process pools).
"""

from __future__ import annotations

import gc
import json
import math
import os
import resource
import select
import signal
import time
from dataclasses import asdict, dataclass

from clausecheck.errors import ClausecheckError, InputError
from clausecheck.types import Block, Document

DEFAULT_TIME_LIMIT_S = 300.0
"""Processor seconds one document may spend being parsed. The slowest of the 414 CUAD PDFs
(154 pages of dense vector graphics) needs 145 s of CPU time; 120 s refused it. Processor time,
not wall time, so that a busy machine does not turn a slow but honest contract into a refusal."""
WALL_CLOCK_FACTOR = 3.0
"""The parent also stops waiting after this many times the limit in wall time: a child that
sleeps or blocks uses no processor time and would otherwise never be stopped."""
DEFAULT_MEMORY_LIMIT_MB = 2048
"""Memory the parsing child may add to what it inherits, in MiB."""
DEFAULT_PAGE_LIMIT = 1000
"""Documents longer than this are refused before their pages are read."""
PIPE_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class Limits:
    """Resource limits for parsing one document. ``None`` switches a limit off."""

    seconds: float | None = DEFAULT_TIME_LIMIT_S
    memory_mb: int | None = DEFAULT_MEMORY_LIMIT_MB
    max_pages: int | None = DEFAULT_PAGE_LIMIT
    isolate: bool = True


DEFAULT_LIMITS = Limits()


def read_isolated(
    data: bytes,
    name: str,
    password: str | None,
    limits: Limits = DEFAULT_LIMITS,
    ocr: bool = False,
    engine: str = "pdfplumber",
) -> Document:
    """Read ``data`` into a Document in a child process, within ``limits``, PDFs with
    ``engine``.

    Raises the same ``InputError`` the in-process reader would, or E010 (time limit) / E011
    (memory limit) when the child has to be stopped.
    """
    from clausecheck.ingest import read_bytes

    if not limits.isolate:
        return read_bytes(data, name, password, limits.max_pages, ocr, engine)
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        # Inherited objects move to the permanent generation (an O(1) relink), so the child's
        # garbage collector never walks them; walking them would copy every page of the
        # parent's heap (copy-on-write) and cost ~0.3 s per document with the model loaded.
        gc.freeze()
        os.close(reader)
        _child_main(writer, data, name, password, limits, ocr, engine)
    # The child leads its own process group (set on both sides of the fork, so neither can
    # race the other), and the whole group is killed: an OCR program it started dies with it.
    _join_own_group(pid)
    os.close(writer)
    try:
        backstop = None if limits.seconds is None else limits.seconds * WALL_CLOCK_FACTOR
        answer = _read_answer(reader, backstop)
    finally:
        os.close(reader)
        _reap(pid)
    if answer is None:
        raise InputError("E010", seconds=f"{limits.seconds:g}")
    if not answer:
        # The child died without answering: the kernel killed it for memory, or it crashed.
        raise InputError("E011", limit=limits.memory_mb)
    message = json.loads(answer)
    if "error" in message:
        raise InputError(message["error"], **message["details"])
    return _document_from_dict(message["document"])


def _read_answer(reader: int, seconds: float | None) -> bytes | None:
    """Everything the child writes, or None when the time limit passes first."""
    deadline = None if seconds is None else time.monotonic() + seconds
    chunks = []
    while True:
        remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
        ready, _, _ = select.select([reader], [], [], remaining)
        if not ready:
            return None
        chunk = os.read(reader, PIPE_CHUNK)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _join_own_group(pid: int) -> None:
    try:
        os.setpgid(pid, pid)
    except (PermissionError, ProcessLookupError):
        pass  # the child already did it, or has already left


def _reap(pid: int) -> None:
    for kill, target in ((os.killpg, pid), (os.kill, pid)):
        try:
            kill(target, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
    os.waitpid(pid, 0)


def _child_main(
    writer: int,
    data: bytes,
    name: str,
    password: str | None,
    limits: Limits,
    ocr: bool,
    engine: str,
):
    status = 1
    try:
        from clausecheck.ingest import read_bytes

        _join_own_group(0)
        if limits.memory_mb is not None:
            ceiling = _address_space() + limits.memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
        if limits.seconds is not None:
            # SIGXCPU at the limit becomes an answer; the hard limit kills a child that ignores it.
            signal.signal(signal.SIGXCPU, _raise_time_up)
            soft = max(1, math.ceil(limits.seconds))
            resource.setrlimit(resource.RLIMIT_CPU, (soft, soft + HARD_CPU_GRACE_S))
        try:
            document = read_bytes(data, name, password, limits.max_pages, ocr, engine)
            message = {"document": asdict(document)}
        except ClausecheckError as exc:
            message = {"error": exc.code, "details": exc.details}
        except _TimeUp:
            message = {"error": "E010", "details": {"seconds": f"{limits.seconds:g}"}}
        except MemoryError:
            message = {"error": "E011", "details": {"limit": limits.memory_mb}}
        except RecursionError:
            message = {"error": "E004", "details": {"detail": "structure nested too deeply"}}
        except Exception as exc:  # an undocumented failure still becomes a one-line error
            message = {"error": "E008", "details": {"detail": type(exc).__name__}}
        payload = json.dumps(message, ensure_ascii=False).encode()
        view = memoryview(payload)
        while view:
            view = view[os.write(writer, view) :]
        status = 0
    finally:
        os._exit(status)


HARD_CPU_GRACE_S = 5
"""Processor seconds past the soft limit before the kernel kills the child outright."""


class _TimeUp(BaseException):
    """Raised in the child at its processor-time limit; not an Exception, so that the readers'
    broad ``except Exception`` (damaged-file handling) cannot swallow it."""


def _raise_time_up(signum: int, frame: object) -> None:
    raise _TimeUp


def _address_space() -> int:
    """This process's current virtual memory size in bytes."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * resource.getpagesize()


def _document_from_dict(data: dict) -> Document:
    blocks = [Block.from_dict(block) for block in data.pop("blocks")]
    return Document(blocks=blocks, **data)
