"""Work on untrusted documents in a child process with a time limit and a memory limit.

A malformed PDF can make pdfminer loop for minutes or allocate gigabytes, and a huge text can
make segmentation and classification do the same. The whole analysis (``analysis.analyze``) and
plain reading (``read_isolated``) therefore run in a forked child: it may use at most
``Limits.seconds`` of processor time, the parent stops waiting after three times that, and the
child's address space may grow by at most ``Limits.memory_mb`` beyond what it inherited. The
child sends its answer back as JSON (never pickle) through a pipe, with progress lines on the
way, and leaves with ``os._exit``, so it can never run the parent's code or clean-up handlers.
The child leads its own process group, and the whole group is killed: a program it started
(Tesseract for ``--ocr``) cannot outlive it. It also dies with the thread that started it, so a
killed command or batch worker leaves no orphan behind.

A plain ``os.fork`` is used rather than ``multiprocessing`` because it starts in milliseconds,
needs no re-import of ``__main__`` and works inside daemonic workers (Dask, process pools).
"""

from __future__ import annotations

import ctypes
import gc
import json
import math
import os
import resource
import select
import signal
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from clausecheck.errors import ClausecheckError, InputError, ModelError, PlaybookError
from clausecheck.types import Block, Document

DEFAULT_TIME_LIMIT_S = 300.0
"""Processor seconds the analysis of one document may take. The slowest of the 414 CUAD PDFs
(154 pages of dense vector graphics) needs 145 s of CPU time; 120 s refused it. Processor time,
not wall time, so that a busy machine does not turn a slow but honest contract into a refusal."""
WALL_CLOCK_FACTOR = 3.0
"""Past this many times the limit in wall time, the parent stops waiting for a child that is
not working: one that sleeps or blocks uses no processor time and would otherwise never be
stopped. A child still working (on a busy machine, a slow honest contract gets a small share of
a core) is left to its processor-time limit, up to ``MAX_WALL_CLOCK_FACTOR``."""
MAX_WALL_CLOCK_FACTOR = 10.0
"""The parent stops waiting after this many times the limit in wall time, whatever the child."""
IDLE_WINDOW_S = 10.0
"""Wall seconds over which a child past the backstop must have worked to be waited for."""
IDLE_CPU_S = 0.5
"""Processor seconds a child must have used in that window to count as working."""
DEFAULT_MEMORY_LIMIT_MB = 2048
"""Memory the analysing child may add to what it inherits, in MiB."""
DEFAULT_PAGE_LIMIT = 1000
"""Documents longer than this are refused before their pages are read."""
PIPE_CHUNK = 1 << 16


@dataclass(frozen=True, slots=True)
class Limits:
    """Resource limits for analysing one document. ``None`` switches a limit off; ``isolate``
    False runs in this process, without limits (tests and fuzzing only)."""

    seconds: float | None = DEFAULT_TIME_LIMIT_S
    memory_mb: int | None = DEFAULT_MEMORY_LIMIT_MB
    max_pages: int | None = DEFAULT_PAGE_LIMIT
    isolate: bool = True


DEFAULT_LIMITS = Limits()
ERROR_KINDS: dict[str, type[ClausecheckError]] = {
    kind.__name__: kind for kind in (ClausecheckError, InputError, PlaybookError, ModelError)
}
"""The error classes a child's answer may name, to raise the same one in the parent."""


Progress = Callable[[float, str], None]
"""Hears the share of the work done and the stage starting. It is also called again every
``HEARTBEAT_S`` while the child works, so a caller can cancel (the review page's session ending
raises in it): whatever it raises stops the wait, and the child is killed."""
HEARTBEAT_S = 1.0
"""Seconds between two calls of the progress callback while the child is silent."""
PR_SET_PDEATHSIG = 1
"""Linux prctl option: the signal a process gets when the thread that forked it ends."""


def _no_progress(done: float, stage: str) -> None:
    """Nobody is watching."""


class IsolatedCrash(Exception):
    """The work raised an exception no ``ClausecheckError`` describes; the message names it."""


def run_isolated(
    work: Callable[[Progress], dict[str, Any]],
    limits: Limits = DEFAULT_LIMITS,
    progress: Progress = _no_progress,
) -> dict[str, Any]:
    """Run ``work`` in a forked child within ``limits`` and return the dict it returns.

    ``work`` gets a progress function whose calls reach ``progress`` here. A
    ``ClausecheckError`` raised in the child is raised again here with its code; E010 and E011
    when the child has to be stopped; ``IsolatedCrash`` for anything else. The child dies with
    the thread that started it (``PR_SET_PDEATHSIG``), and is killed when the wait ends for
    any reason, including an exception raised by ``progress``.
    """
    reader, writer = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: never returns
        # Inherited objects move to the permanent generation (an O(1) relink), so the child's
        # garbage collector never walks them; walking them would copy every page of the
        # parent's heap (copy-on-write) and cost ~0.3 s per document with the model loaded.
        gc.freeze()
        os.close(reader)
        _child_main(writer, work, limits, parent)
    # The child leads its own process group (set on both sides of the fork, so neither can
    # race the other), and the whole group is killed: an OCR program it started dies with it.
    _join_own_group(pid)
    os.close(writer)
    try:
        answer = _read_answer(reader, pid, limits.seconds, progress)
    finally:
        os.close(reader)
        _reap(pid)
    if answer is None:
        raise InputError("E010", seconds=f"{limits.seconds:g}")
    if not answer:
        # The child died without answering: the kernel killed it for memory, or it crashed.
        raise InputError("E011", limit=limits.memory_mb)
    if "error" in answer:
        kind = ERROR_KINDS.get(answer.get("kind", ""), InputError)
        raise kind(answer["error"], **answer["details"])
    if "crash" in answer:
        raise IsolatedCrash(answer["crash"])
    return answer["result"]


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

    def work(progress: Progress) -> dict[str, Any]:
        return asdict(read_bytes(data, name, password, limits.max_pages, ocr, engine))

    try:
        return _document_from_dict(run_isolated(work, limits))
    except IsolatedCrash as exc:  # an undocumented failure still becomes a one-line error
        raise InputError("E008", detail=str(exc).split(":", 1)[0]) from None


def _read_answer(reader: int, pid: int, seconds: float | None, progress: Progress) -> dict | None:
    """The child's last message ({} when it sent none), or None when it must be given up
    (``_should_give_up``); progress messages on the way are handed to ``progress``."""
    started = time.monotonic()
    watch = _IdleWatch(pid)
    buffer = bytearray()
    last: tuple[float, str] | None = None
    while True:
        if seconds is not None and _should_give_up(time.monotonic() - started, seconds, watch):
            return None
        ready, _, _ = select.select([reader], [], [], HEARTBEAT_S)
        if not ready:
            if last is not None:
                progress(*last)  # a heartbeat: the caller may cancel by raising
            continue
        chunk = os.read(reader, PIPE_CHUNK)
        if not chunk:
            return json.loads(buffer) if buffer.strip() else {}
        buffer += chunk
        while (end := buffer.find(b"\n")) >= 0 and buffer.startswith(PROGRESS_PREFIX):
            message = json.loads(buffer[len(PROGRESS_PREFIX) : end])
            del buffer[: end + 1]
            last = (float(message[0]), str(message[1]))
            progress(*last)


def _should_give_up(elapsed: float, seconds: float, watch: _IdleWatch) -> bool:
    """Past ``WALL_CLOCK_FACTOR`` times the limit, a child that is not working is given up;
    past ``MAX_WALL_CLOCK_FACTOR`` times, any child."""
    if elapsed >= seconds * MAX_WALL_CLOCK_FACTOR:
        return True
    return elapsed >= seconds * WALL_CLOCK_FACTOR and watch.idle()


class _IdleWatch:
    """Whether a process used (almost) no processor time over the last ``IDLE_WINDOW_S``."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.samples: list[tuple[float, float]] = []

    def idle(self) -> bool:
        used = _cpu_seconds(self.pid)
        if used is None:
            return True  # no way to tell (not Linux): the wall clock decides, as it always did
        now = time.monotonic()
        self.samples = [(t, c) for t, c in self.samples if now - t <= IDLE_WINDOW_S]
        self.samples.append((now, used))
        first_time, first_used = self.samples[0]
        return now - first_time >= IDLE_WINDOW_S * 0.9 and used - first_used < IDLE_CPU_S


def _cpu_seconds(pid: int) -> float | None:
    """The processor time a process has used (user and system), from /proc; None elsewhere."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


PROGRESS_PREFIX = b"P"
"""Starts a progress line in the pipe; the final answer is one JSON object (starting '{')."""


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


def _find_prctl() -> Callable[..., int] | None:
    """libc's prctl, looked up once in the parent: after a fork from a process with threads,
    the child should not take the dynamic loader's lock, which another thread may have held."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None


_PRCTL = _find_prctl()


def die_with_parent(parent: int) -> None:
    """Ask Linux to kill this process when the thread that forked it ends (a killed command,
    a closed server): a child must never outlive whoever waits for its answer. Elsewhere a
    no-op. If the parent is already gone, leave now."""
    if _PRCTL is not None:
        _PRCTL(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


def _send(writer: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        view = view[os.write(writer, view) :]


def _child_main(
    writer: int, work: Callable[[Progress], dict[str, Any]], limits: Limits, parent: int
):
    status = 1
    try:
        die_with_parent(parent)
        _join_own_group(0)
        if limits.memory_mb is not None:
            ceiling = _address_space() + limits.memory_mb * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (ceiling, ceiling))
        if limits.seconds is not None:
            # SIGXCPU at the limit becomes an answer; the hard limit kills a child that ignores it.
            signal.signal(signal.SIGXCPU, _raise_time_up)
            soft = max(1, math.ceil(limits.seconds))
            resource.setrlimit(resource.RLIMIT_CPU, (soft, soft + HARD_CPU_GRACE_S))

        def report(done: float, stage: str) -> None:
            _send(writer, PROGRESS_PREFIX + json.dumps([done, stage]).encode() + b"\n")

        try:
            message = {"result": work(report)}
        except ClausecheckError as exc:
            message = {"error": exc.code, "details": exc.details, "kind": type(exc).__name__}
        except _TimeUp:
            message = {"error": "E010", "details": {"seconds": f"{limits.seconds:g}"}}
        except MemoryError:
            message = {"error": "E011", "details": {"limit": limits.memory_mb}}
        except RecursionError:
            message = {"error": "E004", "details": {"detail": "structure nested too deeply"}}
        except Exception as exc:
            message = {"crash": f"{type(exc).__name__}: {str(exc)[:200]}"}
        _send(writer, json.dumps(message, ensure_ascii=False).encode())
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
