"""Many agreements at once: one report per document, in parallel, resumable.

``run_batch(inputs, out_dir)`` finds the documents, skips those already analysed with the same
model and playbook, analyses the rest on a pool of worker processes (or on a Dask cluster when
given a scheduler address) and writes an output folder:

    <sha256>.json                      the report, as ``clausecheck analyze --format json``
    summary.csv, summary.xlsx          statuses and key terms of the run's documents, failures
                                       listed with their reason (``clausecheck.compare``'s matrix)
    .clausecheck-batch/<sha256>.json   how each document fared, with which model, playbook and
                                       PDF engine
    .clausecheck-batch/summary.json    what the summary files were written from

A saved report is reused when the bytes, the model, the playbook and (for a PDF) the engine are
the same; a re-run in which every document is reused only hashes the files and reads these
small records, and rewrites the summary only if its documents changed.

Workers receive the document's bytes and return the report as JSON text; only this process
writes files, so a cluster needs no shared disk. Every file is written under a temporary name
and renamed, so an interrupted run never leaves a half-written file, and temporary leftovers are
removed by the next run. ``clausecheck compare DIR`` reads the reports of an output folder.
"""

from __future__ import annotations

import glob
import hashlib
import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import (
    FIRST_COMPLETED,
    BrokenExecutor,
    Executor,
    Future,
    ProcessPoolExecutor,
    wait,
)
from dataclasses import asdict, dataclass, field
from itertools import takewhile
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from clausecheck.compare import (
    BATCH_RECORDS_DIR,
    REPORT_SUFFIX,
    ComparisonRow,
    RunInfo,
    compare_reports,
    to_csv,
    to_xlsx,
)
from clausecheck.errors import ClausecheckError, InputError
from clausecheck.ingest import DEFAULT_ENGINE, DEFAULT_LIMITS, Limits, load_bytes, pdf_engine
from clausecheck.playbooks import Playbook, load_playbook
from clausecheck.types import Report

if TYPE_CHECKING:
    from distributed.security import Security

DOCUMENT_SUFFIXES = frozenset({".pdf", ".docx", ".txt", ".md"})
"""File types a folder is searched for (recursively); files named directly are always taken."""
TASKS_PER_WORKER = 2
"""Documents queued per worker: enough that none waits for work, few enough that the bytes held
in memory stay small however long the batch."""
SUMMARY_CSV = "summary.csv"
SUMMARY_XLSX = "summary.xlsx"
SUMMARY_SOURCE = "summary.json"
"""In the records folder: the records the summary files were last written from."""
TEMPORARY_MARK = ".tmp-"
"""Part of every temporary file name (``.<name>.tmp-<pid>``); such files are leftovers."""
GLOB_CHARACTERS = frozenset("*?[")
DASK_CONNECT_TIMEOUT_S = 10
"""Seconds to wait for a Dask scheduler to answer before giving up with E703."""
LOOPBACK_HOSTS = ("127.", "localhost", "[::1]", "::1")
"""Scheduler hosts on this machine, where tcp:// sends nothing over a network."""


@dataclass(frozen=True, slots=True)
class BatchTask:
    """One document to analyse, as sent to a worker (bytes, never a path)."""

    name: str
    sha256: str
    data: bytes
    playbook: Playbook
    limits: Limits
    engine: str = DEFAULT_ENGINE
    model_dir: str | None = None


@dataclass(slots=True)
class TaskOutcome:
    """What a worker sends back: the report as JSON text, or the error that stopped it."""

    sha256: str
    seconds: float
    report_json: str | None = None
    pages: int | None = None
    model_sha256: str | None = None
    engine: str | None = None
    code: str | None = None
    reason: str = ""


@dataclass(slots=True)
class DocumentRecord:
    """How one document fared; saved as ``.clausecheck-batch/<sha256>.json`` in the output."""

    sha256: str | None
    sources: list[str]
    status: Literal["ok", "failed"]
    pages: int | None = None
    seconds: float | None = None
    code: str | None = None
    reason: str = ""
    model_sha256: str | None = None
    playbook_sha256: str | None = None
    engine: str | None = None
    """The PDF engine that read it (or was asked to); None for DOCX and text, which any
    engine's run may reuse."""

    def run_info(self) -> RunInfo:
        return RunInfo(
            source="; ".join(self.sources),
            status=self.status,
            pages=self.pages,
            seconds=self.seconds,
            reason=self.reason,
        )


@dataclass(slots=True)
class BatchResult:
    """A finished run: every input document's record, and what this run did itself."""

    out_dir: Path
    records: list[DocumentRecord]
    analysed: int = 0
    reused: int = 0
    seconds: float = 0.0
    pages_analysed: int = 0

    @property
    def failed(self) -> list[DocumentRecord]:
        return [r for r in self.records if r.status == "failed"]

    @property
    def summary_csv(self) -> Path:
        return self.out_dir / SUMMARY_CSV

    @property
    def summary_xlsx(self) -> Path:
        return self.out_dir / SUMMARY_XLSX


@dataclass(frozen=True, slots=True)
class ResumeKey:
    """What a saved result depends on besides the document's bytes."""

    model_sha256: str | None
    playbook_sha256: str
    engine: str = DEFAULT_ENGINE


@dataclass(slots=True)
class _Progress:
    """A progress bar on stderr with documents and pages per second of the work done here."""

    total: int
    enabled: bool
    started: float = field(default_factory=time.perf_counter)
    analysed: int = 0
    pages: int = 0
    bar: object = None

    def __post_init__(self) -> None:
        if self.enabled:
            from tqdm import tqdm

            self.bar = tqdm(total=self.total, unit="doc", file=sys.stderr, dynamic_ncols=True)

    def advance(self, record: DocumentRecord, analysed_here: bool) -> None:
        if analysed_here:
            self.analysed += 1
            self.pages += record.pages or 0
        if self.bar is not None:
            elapsed = max(time.perf_counter() - self.started, 1e-9)
            self.bar.set_postfix_str(
                f"{self.analysed / elapsed:.2f} docs/s, {self.pages / elapsed:.1f} pages/s",
                refresh=False,
            )
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def find_documents(inputs: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders searched recursively for PDF/DOCX/text files, globs expanded.

    A path that does not exist is kept (it is reported as not found); duplicates are dropped.
    """
    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file()
                    and p.suffix.lower() in DOCUMENT_SUFFIXES
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        elif not path.exists() and GLOB_CHARACTERS & set(str(item)):
            found.extend(
                sorted(
                    Path(p)
                    for p in glob.glob(str(item), recursive=True)
                    if Path(p).is_file() and Path(p).suffix.lower() in DOCUMENT_SUFFIXES
                )
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def input_roots(inputs: Iterable[str | Path]) -> list[Path]:
    """The folders documents are searched in: each folder given, and the fixed part of each
    glob ('contracts/' of 'contracts/**/*.pdf'), as absolute paths without resolving links."""
    roots = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            roots.append(Path(os.path.abspath(path)))
        elif not path.exists() and GLOB_CHARACTERS & set(str(item)):
            fixed = list(takewhile(lambda part: not GLOB_CHARACTERS & set(part), path.parts))
            roots.append(Path(os.path.abspath(Path(*fixed) if fixed else Path("."))))
    return roots


def check_inside_inputs(path: Path, roots: list[Path]) -> None:
    """Refuse a document found in a folder (or by a glob) that is a symbolic link, or lies in a
    linked folder, leading outside the input folders (E706): an archive from a counterparty
    can hold a link to any file of this machine, and its text would end up in a report. A file
    named on the command line is taken as it is."""
    lexical = Path(os.path.abspath(path))
    found_in = [root for root in roots if lexical.is_relative_to(root)]
    if not found_in:
        return
    real = lexical.resolve()
    if not any(real.is_relative_to(root.resolve()) for root in found_in):
        raise InputError("E706", target=real)


def playbook_sha256(playbook: Playbook) -> str:
    """A fingerprint of a playbook's content (its name alone may stay while its rules change)."""
    canonical = json.dumps(asdict(playbook), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def current_model_sha256(model_dir: str | Path | None = None) -> str | None:
    """The sha256 recorded for the model in use, read without loading the model."""
    from clausecheck.classify import model_sha256

    return model_sha256(model_dir)


def resume_key(
    playbook: Playbook, engine: str = DEFAULT_ENGINE, model_dir: str | Path | None = None
) -> ResumeKey:
    return ResumeKey(current_model_sha256(model_dir), playbook_sha256(playbook), engine)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``path`` under a temporary name, then rename: readers never see half a file.

    A path that is a device or a pipe (``--output /dev/null``, ``/dev/stdout``, a FIFO) is
    written through: renaming a file over it would replace the device itself."""
    if path.exists() and not path.is_file() and not path.is_dir():
        with open(path, "wb") as stream:
            stream.write(data)
        return
    temporary = path.with_name(f".{path.name}{TEMPORARY_MARK}{os.getpid()}")
    temporary.write_bytes(data)
    temporary.replace(path)


def remove_leftovers(out_dir: Path) -> int:
    """Delete temporary files an interrupted run left behind; return how many."""
    removed = 0
    for folder in (out_dir, out_dir / BATCH_RECORDS_DIR):
        if folder.is_dir():
            for path in folder.glob(f".*{TEMPORARY_MARK}*"):
                path.unlink(missing_ok=True)
                removed += 1
    return removed


def read_record(out_dir: Path, sha256: str) -> DocumentRecord | None:
    """The saved record of a document, or None when there is none (or it is unreadable)."""
    try:
        data = json.loads((out_dir / BATCH_RECORDS_DIR / f"{sha256}.json").read_text("utf-8"))
        return DocumentRecord(**data)
    except (OSError, ValueError, TypeError):
        return None


def is_reusable(
    out_dir: Path, record: DocumentRecord | None, key: ResumeKey, retry_failed: bool
) -> bool:
    """True when a saved result holds for the same bytes, model and playbook."""
    if record is None or record.sha256 is None:
        return False
    if (record.model_sha256, record.playbook_sha256) != (key.model_sha256, key.playbook_sha256):
        return False
    if record.engine is not None and record.engine != key.engine:
        return False
    if record.status == "ok":
        return (out_dir / f"{record.sha256}{REPORT_SUFFIX}").is_file()
    return not retry_failed


def load_cached(
    out_dir: str | Path,
    data: bytes,
    playbook: str | Path | Playbook | None = None,
    engine: str = DEFAULT_ENGINE,
    model_dir: str | Path | None = None,
) -> Report | None:
    """The saved report of ``data`` in a batch output folder, or None when it must be analysed.

    A hit needs the same bytes, model, playbook and PDF engine; it costs one hash and one JSON
    read.
    """
    out_dir = Path(out_dir)
    active = playbook if isinstance(playbook, Playbook) else load_playbook(playbook)
    sha256 = hashlib.sha256(data).hexdigest()
    record = read_record(out_dir, sha256)
    if record is None or record.status != "ok":
        return None
    if not is_reusable(out_dir, record, resume_key(active, engine, model_dir), retry_failed=True):
        return None
    report_path = out_dir / f"{sha256}{REPORT_SUFFIX}"
    return Report.from_dict(json.loads(report_path.read_text("utf-8")))


def local_worker(parent: int, model_dir: str | None = None) -> None:
    """Start a worker of the local pool: it dies with the batch that started it (a killed
    batch leaves no worker behind, nor, through them, any analysis), then warms up."""
    from clausecheck.ingest.isolation import die_with_parent

    die_with_parent(parent)
    warm_worker(model_dir)


def warm_worker(model_dir: str | None = None) -> None:
    """Load the model and the spaCy pipeline once per worker process, before the first task."""
    from clausecheck.classify import load_model
    from clausecheck.nlp import get_nlp

    load_model(model_dir)
    get_nlp()


def analyze_task(task: BatchTask) -> TaskOutcome:
    """Analyse one document in a worker; every failure becomes an outcome, never an exception."""
    from clausecheck.analysis import analyze
    from clausecheck.classify import load_model

    started = time.perf_counter()
    try:
        report = analyze(
            task.data,
            name=task.name,
            playbook=task.playbook,
            model=load_model(task.model_dir),
            limits=task.limits,
            engine=task.engine,
        )
    except ClausecheckError as exc:
        return TaskOutcome(
            task.sha256, time.perf_counter() - started, code=exc.code, reason=str(exc)
        )
    except Exception as exc:  # one document's unexpected failure must not end the batch
        error = ClausecheckError("E702", detail=f"{type(exc).__name__}: {str(exc)[:120]}")
        return TaskOutcome(
            task.sha256, time.perf_counter() - started, code=error.code, reason=str(error)
        )
    return TaskOutcome(
        task.sha256,
        time.perf_counter() - started,
        report_json=json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n",
        pages=report.document.pages,
        model_sha256=report.model.get("sha256"),
        engine=report.document.engine,
    )


def _crashed(task: BatchTask, exc: BaseException) -> TaskOutcome:
    error = ClausecheckError("E701", detail=type(exc).__name__)
    return TaskOutcome(task.sha256, 0.0, code=error.code, reason=str(error))


def run_tasks(
    tasks: Iterable[BatchTask],
    new_executor: Callable[[], Executor],
    window: int,
    on_outcome: Callable[[BatchTask, TaskOutcome], None],
    work: Callable[[BatchTask], TaskOutcome] = analyze_task,
) -> None:
    """Run ``work`` over ``tasks`` with at most ``window`` in flight, surviving worker deaths.

    When a worker process dies, the pool is broken and every document in flight fails with it,
    though only one caused it. Those documents are retried one at a time on a fresh pool: one
    that breaks the pool when alone is recorded as failed (E701) and the batch carries on.
    """
    pending: Iterator[BatchTask] = iter(tasks)
    suspects: deque[BatchTask] = deque()
    in_flight: dict[Future, BatchTask] = {}
    alone: set[str] = set()
    executor = new_executor()
    exhausted = False
    try:
        while True:
            if suspects:
                if not in_flight:
                    task = suspects.popleft()
                    alone.add(task.sha256)
                    in_flight[executor.submit(work, task)] = task
            else:
                while not exhausted and len(in_flight) < window:
                    task = next(pending, None)
                    if task is None:
                        exhausted = True
                    else:
                        in_flight[executor.submit(work, task)] = task
            if not in_flight:
                return
            done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
            broken = False
            for future in done:
                task = in_flight.pop(future)
                try:
                    outcome = future.result()
                except BrokenExecutor as exc:
                    broken = True
                    if task.sha256 in alone:
                        on_outcome(task, _crashed(task, exc))
                    else:
                        suspects.append(task)
                    continue
                except Exception as exc:  # Dask's KilledWorker: it already retried elsewhere
                    outcome = _crashed(task, exc)
                on_outcome(task, outcome)
            if broken:
                suspects.extend(in_flight.values())  # they fail with the pool
                in_flight.clear()
                executor.shutdown(wait=False)
                executor = new_executor()
    finally:
        # Interrupted: drop queued work rather than finish it (Dask's executor has no
        # ``cancel_futures``; cancelling each future does the same on both).
        for future in in_flight:
            future.cancel()
        executor.shutdown(wait=True)


def tls_security(ca_file: str | None, cert: str | None, key: str | None) -> Security | None:
    """Dask's security settings for a ``tls://`` scheduler from certificate files (PEM), or None
    when none is given (Dask's own configuration then applies, ``distributed.comm.tls``)."""
    if not (ca_file or cert or key):
        return None
    from distributed.security import Security

    return Security(
        tls_ca_file=ca_file, tls_client_cert=cert, tls_client_key=key, require_encryption=True
    )


def cleartext_warning(scheduler: str | None) -> str | None:
    """A warning when contract text would cross a network unencrypted (tcp:// to another
    machine), or None."""
    if scheduler is None or not scheduler.startswith("tcp://"):
        return None
    host = scheduler.removeprefix("tcp://")
    if host.startswith(LOOPBACK_HOSTS):
        return None
    return (
        f"{scheduler} sends every document's text unencrypted over the network; use a "
        "tls:// scheduler with --tls-ca-file, --tls-cert and --tls-key (SECURITY.md)"
    )


def _executor_factory(
    workers: int,
    scheduler: str | None,
    security: Security | None = None,
    model_dir: str | None = None,
) -> tuple[Callable[[], Executor], int, Callable[[], None]]:
    """How to make an executor, how many tasks to keep in flight, and how to clean up."""
    if scheduler is None:

        def new_pool() -> Executor:
            return ProcessPoolExecutor(
                max_workers=workers, initializer=local_worker, initargs=(os.getpid(), model_dir)
            )

        return new_pool, workers * TASKS_PER_WORKER, lambda: None
    from distributed import Client

    try:
        client = Client(scheduler, security=security, timeout=DASK_CONNECT_TIMEOUT_S)
    except (OSError, TimeoutError, ValueError, TypeError) as exc:
        raise ClausecheckError(
            "E703", address=scheduler, detail=str(exc).splitlines()[0][:120] or type(exc).__name__
        ) from None
    client.run(warm_worker, model_dir)
    threads = sum(client.nthreads().values()) or workers
    return lambda: client.get_executor(pure=False), threads * TASKS_PER_WORKER, client.close


def run_batch(
    inputs: Iterable[str | Path],
    out_dir: str | Path,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    playbook: str | Path | Playbook | None = None,
    limits: Limits = DEFAULT_LIMITS,
    retry_failed: bool = False,
    progress: bool | None = None,
    work: Callable[[BatchTask], TaskOutcome] = analyze_task,
    security: Security | None = None,
    engine: str = DEFAULT_ENGINE,
    model_dir: str | Path | None = None,
) -> BatchResult:
    """Analyse every document in ``inputs`` into ``out_dir``; see the module docstring.

    ``workers`` defaults to the number of cores; ``scheduler`` (``tls://host:port``, or
    ``tcp://`` on a trusted network) runs the work on a Dask cluster instead, with
    ``security`` (``tls_security``) for TLS. PDFs are read with ``engine``; ``model_dir`` names
    a model other than the shipped one (on a cluster, a folder every worker can read).
    Documents already analysed with the same model, playbook and engine are reused; earlier
    failures too, unless ``retry_failed``. ``progress`` None shows the bar when stderr is a
    terminal.
    """
    started = time.perf_counter()
    pdf_engine(engine)  # an unknown engine is refused before any work (E021)
    model_dir = str(model_dir) if model_dir else None
    paths = find_documents(inputs)
    if not paths:
        raise ClausecheckError("E704", inputs=" ".join(str(i) for i in inputs) or "(nothing)")
    out = Path(out_dir)
    try:
        (out / BATCH_RECORDS_DIR).mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ClausecheckError(
            "E705", path=out, detail=exc.strerror or type(exc).__name__
        ) from None
    remove_leftovers(out)
    active = playbook if isinstance(playbook, Playbook) else load_playbook(playbook)
    key = resume_key(active, engine, model_dir)
    if key.model_sha256 is None:  # refuse a missing or broken model before reading anything
        from clausecheck.classify import load_model

        load_model(model_dir)
    workers = workers or os.cpu_count() or 1
    result = BatchResult(out_dir=out, records=[])
    by_sha: dict[str, DocumentRecord] = {}
    bar = _Progress(total=len(paths), enabled=sys.stderr.isatty() if progress is None else progress)

    roots = input_roots(inputs)

    def tasks() -> Iterator[BatchTask]:
        # Largest first: a long document started last would leave the other workers idle.
        for path in sorted(paths, key=_size, reverse=True):
            try:
                check_inside_inputs(path, roots)
                data, name = load_bytes(path)
                if not data:
                    raise InputError("E002")
            except InputError as exc:
                record = DocumentRecord(None, [str(path)], "failed", code=exc.code, reason=str(exc))
                result.records.append(record)
                bar.advance(record, analysed_here=False)
                continue
            sha256 = hashlib.sha256(data).hexdigest()
            if sha256 in by_sha:  # the same bytes under another name: one report serves both
                by_sha[sha256].sources.append(str(path))
                bar.advance(by_sha[sha256], analysed_here=False)
                continue
            saved = read_record(out, sha256)
            if is_reusable(out, saved, key, retry_failed):
                saved.sources = [str(path)]
                by_sha[sha256] = saved
                result.records.append(saved)
                result.reused += 1
                bar.advance(saved, analysed_here=False)
                continue
            by_sha[sha256] = DocumentRecord(sha256, [str(path)], "failed")
            yield BatchTask(name, sha256, data, active, limits, engine, model_dir)

    def save(task: BatchTask, outcome: TaskOutcome) -> None:
        record = by_sha[task.sha256]
        record.pages, record.seconds = outcome.pages, round(outcome.seconds, 3)
        record.playbook_sha256 = key.playbook_sha256
        record.model_sha256 = outcome.model_sha256 or key.model_sha256
        # The engine that read it; a failure is tied to the engine that tried.
        record.engine = outcome.engine if outcome.report_json is not None else key.engine
        if outcome.report_json is not None:
            write_atomic(out / f"{task.sha256}{REPORT_SUFFIX}", outcome.report_json.encode())
            record.status, record.code, record.reason = "ok", None, ""
            result.pages_analysed += outcome.pages or 0
        else:
            record.code, record.reason = outcome.code, outcome.reason
        write_atomic(
            out / BATCH_RECORDS_DIR / f"{task.sha256}.json",
            json.dumps(asdict(record), indent=2, ensure_ascii=False).encode(),
        )
        result.records.append(record)
        result.analysed += 1
        bar.advance(record, analysed_here=True)

    new_executor, window, close = _executor_factory(workers, scheduler, security, model_dir)
    try:
        run_tasks(tasks(), new_executor, window, save, work)
    finally:
        close()
        bar.close()
    result.records.sort(key=lambda record: record.sources[0])
    write_summary(result)
    result.seconds = time.perf_counter() - started
    return result


def write_summary(result: BatchResult) -> None:
    """Write the summary CSV and XLSX: the comparison matrix, then documents that failed.

    Skipped when the files exist and were written from the same records: a re-run that reused
    every report costs the hashing of the files, not the reading of every report."""
    source = json.dumps([asdict(r) for r in result.records], sort_keys=True).encode()
    fingerprint = result.out_dir / BATCH_RECORDS_DIR / SUMMARY_SOURCE
    try:
        unchanged = (
            fingerprint.read_bytes() == source
            and result.summary_csv.is_file()
            and result.summary_xlsx.is_file()
        )
    except OSError:
        unchanged = False
    if unchanged:
        return
    ok = [r for r in result.records if r.status == "ok"]
    reports = [
        Report.from_dict(json.loads((result.out_dir / f"{r.sha256}{REPORT_SUFFIX}").read_text()))
        for r in ok
    ]
    comparison = compare_reports(reports, [r.run_info() for r in ok])
    comparison.rows.extend(
        ComparisonRow.failed(Path(r.sources[0]).name, r.sha256 or "", r.run_info())
        for r in result.failed
    )
    write_atomic(result.summary_csv, to_csv(comparison).encode("utf-8"))
    write_atomic(result.summary_xlsx, to_xlsx(comparison))
    write_atomic(fingerprint, source)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
