"""The command line: a thin layer over the Python API.

Exit codes: 0 when every input was analysed; 2 when any input (or a playbook, model or option)
could not be used, with one plain line per problem on stderr and never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from clausecheck import __version__
from clausecheck.errors import ClausecheckError

if TYPE_CHECKING:
    from clausecheck.report.exports import ExportFormat

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2
DEBUG_ENV = "CLAUSECHECK_DEBUG"
"""Set to 1 to see tracebacks of unexpected errors (for developers)."""


def _fail(message: str) -> None:
    """One line on stderr. Names and details can come from a hostile file (a newline in a file
    name would forge a second line), so control characters are shown as escapes."""
    from clausecheck.escaping import terminal_text

    print(f"clausecheck: error: {terminal_text(message)}", file=sys.stderr)


def _write_output(content: str | bytes, output: str | None) -> None:
    """Print, or write the file atomically (write then rename)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from clausecheck.batch import write_atomic

    write_atomic(Path(output), data)


def cmd_analyze(args: argparse.Namespace) -> int:
    from clausecheck.analysis import analyze
    from clausecheck.classify import load_model
    from clausecheck.playbooks import load_playbook
    from clausecheck.report import ALL_FORMATS, to_json, to_markdown, to_table
    from clausecheck.report.exports import ONE_FILE_FORMATS

    settings = export_settings(args)
    if args.format in ONE_FILE_FORMATS:
        check_one_file_output(ALL_FORMATS[args.format], args.output, len(args.paths))
    playbook = load_playbook(args.playbook)
    model = load_model(args.model_dir)
    limits = limits_from_args(args)
    reports = []
    failed = False
    for path in args.paths:
        try:
            reports.append(
                analyze(
                    path,
                    playbook=playbook,
                    model=model,
                    password=args.password,
                    limits=limits,
                    ocr=args.ocr,
                    engine=args.engine,
                )
            )
        except ClausecheckError as exc:
            _fail(f"{path}: {exc}")
            failed = True
    if args.format in ONE_FILE_FORMATS:
        write_one_file_per_report(
            reports, ALL_FORMATS[args.format], args.output, len(args.paths), settings
        )
    else:
        if args.format == "json" and len(args.paths) == 1:
            text = to_json(reports[0]) if reports else ""
        elif args.format == "json":
            text = json.dumps([r.to_dict() for r in reports], indent=2, ensure_ascii=False) + "\n"
        elif args.format == "jsonl":
            text = "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in reports)
        elif args.format == "md":
            text = "\n".join(to_markdown(r, settings) for r in reports)
        else:
            text = "\n".join(to_table(r) for r in reports)
        if text:
            _write_output(text, args.output)
    return EXIT_BAD_INPUT if failed else EXIT_OK


def check_one_file_output(export: ExportFormat, output: str | None, inputs: int) -> None:
    """Refuse, before any analysis, an output PDF, DOCX or HTML reports cannot go to."""
    if inputs == 1 and output is None and export.binary and sys.stdout.isatty():
        raise ClausecheckError("E601", format=export.title)
    if inputs > 1 and output is None:
        raise ClausecheckError("E602", format=export.name, count=inputs)
    if inputs > 1 and Path(output).exists() and not Path(output).is_dir():
        raise ClausecheckError("E603", path=output)


def write_one_file_per_report(
    reports: list, export: ExportFormat, output: str | None, inputs: int, settings=None
) -> None:
    """PDF, DOCX and HTML hold one agreement each: one input goes to --output (or standard
    output); several go to one file each in the folder --output."""
    if inputs == 1:
        if reports:
            _write_output(export.to_bytes(reports[0], settings), output)
        return
    folder = Path(output)
    targets = [folder / export.file_name(r) for r in reports]
    clash = next((t for t in targets if targets.count(t) > 1), None)
    if clash is not None:
        raise ClausecheckError("E604", path=clash)
    folder.mkdir(parents=True, exist_ok=True)
    for report, target in zip(reports, targets, strict=True):
        _write_output(export.to_bytes(report, settings), str(target))


def cmd_compare(args: argparse.Namespace) -> int:
    from clausecheck.analysis import analyze
    from clausecheck.classify import load_model
    from clausecheck.compare import (
        compare_reports,
        expand_inputs,
        read_saved_report,
        to_csv,
        to_markdown,
        to_xlsx,
    )
    from clausecheck.playbooks import load_playbook

    playbook = load_playbook(args.playbook)
    limits = limits_from_args(args)
    reports = []
    failed = False
    for path in expand_inputs(args.paths):
        try:
            report = read_saved_report(path)
            if report is None:
                report = analyze(
                    path,
                    playbook=playbook,
                    model=load_model(args.model_dir),
                    password=None,
                    limits=limits,
                    engine=args.engine,
                )
            reports.append(report)
        except ClausecheckError as exc:
            _fail(f"{path}: {exc}")
            failed = True
    if not reports:
        _fail("nothing to compare")
        return EXIT_BAD_INPUT
    if args.format == "xlsx" and args.output is None and sys.stdout.isatty():
        _fail("XLSX is binary; give --output FILE.xlsx")
        return EXIT_BAD_INPUT
    comparison = compare_reports(reports)
    writers = {"csv": to_csv, "md": to_markdown, "xlsx": to_xlsx}
    _write_output(writers[args.format](comparison), args.output)
    return EXIT_BAD_INPUT if failed else EXIT_OK


def cmd_calendar(args: argparse.Namespace) -> int:
    """Renewal-notice deadlines and expiries of agreements or saved reports, as an .ics file."""
    from clausecheck.analysis import analyze
    from clausecheck.classify import load_model
    from clausecheck.compare import expand_inputs, read_saved_report
    from clausecheck.deadlines import deadlines, to_ics
    from clausecheck.escaping import display_name

    limits = limits_from_args(args)
    reports = []
    failed = False
    for path in expand_inputs(args.paths):
        try:
            report = read_saved_report(path)
            reports.append(
                report
                or analyze(
                    path, model=load_model(args.model_dir), limits=limits, engine=args.engine
                )
            )
        except ClausecheckError as exc:
            _fail(f"{path}: {exc}")
            failed = True
    if not reports:
        _fail("no agreement could be read")
        return EXIT_BAD_INPUT
    events = sum(len(deadlines(report)) for report in reports)
    _write_output(to_ics(reports), args.output)
    print(
        f"{events} deadline(s) from {len(reports)} agreement(s) written to "
        f"{display_name(args.output)}",
        file=sys.stderr,
    )
    return EXIT_BAD_INPUT if failed else EXIT_OK


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def cmd_batch(args: argparse.Namespace) -> int:
    from clausecheck.batch import cleartext_warning, run_batch, tls_security
    from clausecheck.escaping import terminal_text

    warning = cleartext_warning(args.scheduler)
    if warning:
        print(f"clausecheck: warning: {terminal_text(warning)}", file=sys.stderr)
    result = run_batch(
        args.inputs,
        args.out,
        workers=args.workers,
        scheduler=args.scheduler,
        playbook=args.playbook,
        limits=limits_from_args(args),
        retry_failed=args.retry_failed,
        security=tls_security(args.tls_ca_file, args.tls_cert, args.tls_key),
        engine=args.engine,
        model_dir=args.model_dir,
    )
    for record in result.failed:
        _fail(f"{'; '.join(record.sources)}: {record.reason}")
    rate = result.pages_analysed / result.seconds if result.seconds else 0.0
    print(
        f"clausecheck: {len(result.records) - len(result.failed)} reported, "
        f"{len(result.failed)} failed ({result.reused} reused from an earlier run); "
        f"{result.analysed} processed in {result.seconds:.1f} s ({rate:.1f} pages/s); "
        f"summary in {terminal_text(str(result.summary_csv))} and "
        f"{terminal_text(result.summary_xlsx.name)}",
        file=sys.stderr,
    )
    return EXIT_BAD_INPUT if result.failed else EXIT_OK


def add_limit_options(parser: argparse.ArgumentParser) -> None:
    """The parsing limits every command that reads documents accepts."""
    from clausecheck.ingest import DEFAULT_LIMITS

    parser.add_argument(
        "--time-limit",
        type=float,
        default=DEFAULT_LIMITS.seconds,
        metavar="SECONDS",
        help="stop reading a document after this many seconds of processor time "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--memory-limit",
        type=int,
        default=DEFAULT_LIMITS.memory_mb,
        metavar="MIB",
        help="memory available to the process reading a document (default: %(default)s)",
    )
    parser.add_argument(
        "--max-pages",
        type=int,
        default=DEFAULT_LIMITS.max_pages,
        metavar="N",
        help="refuse documents with more pages (default: %(default)s)",
    )


def limits_from_args(args: argparse.Namespace):
    from clausecheck.ingest import Limits

    return Limits(seconds=args.time_limit, memory_mb=args.memory_limit, max_pages=args.max_pages)


MODEL_DIR_HELP = (
    "use the model in DIR (made by 'clausecheck train --corpus C --model-dir DIR') instead of "
    "the one that ships (default: $CLAUSECHECK_MODEL_DIR, else the shipped model)"
)


def add_model_option(parser: argparse.ArgumentParser, help: str = MODEL_DIR_HELP) -> None:
    parser.add_argument("--model-dir", default=None, metavar="DIR", help=help)


def add_engine_option(parser: argparse.ArgumentParser) -> None:
    """The PDF engine; pdfplumber stays the default so one document gives one report."""
    from clausecheck.ingest.pdf import DEFAULT_ENGINE, PDF_ENGINES

    parser.add_argument(
        "--engine",
        choices=PDF_ENGINES,
        default=DEFAULT_ENGINE,
        help="what reads PDFs: pdfplumber (the default) or pdfium (about 8 times faster on "
        "CUAD's PDFs, for portfolios of thousands; see docs/benchmarks.md). The report records "
        "which",
    )


def _read_jsonl(stream: TextIO, source: str) -> list[dict]:
    rows = []
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ClausecheckError("E301", line=number, detail=f"not JSON ({exc.msg})") from None
        if not isinstance(row, dict) or not isinstance(row.get("text"), str):
            raise ClausecheckError(
                "E301", line=number, detail='expected an object with a "text" string'
            )
        rows.append(row)
    return rows


def cmd_classify(args: argparse.Namespace) -> int:
    from clausecheck.classify import load_model

    if args.file in (None, "-"):
        rows = _read_jsonl(sys.stdin, "stdin")
    else:
        try:
            with open(args.file, encoding="utf-8") as stream:
                rows = _read_jsonl(stream, args.file)
        except FileNotFoundError:
            raise ClausecheckError("E001") from None
    model = load_model(args.model_dir)
    predictions = model.predict([r["text"] for r in rows])
    out = []
    for row, (labels, scores) in zip(rows, predictions, strict=True):
        out.append(json.dumps({"id": row.get("id"), "labels": labels, "scores": scores}) + "\n")
    _write_output("".join(out), args.output)
    return EXIT_OK


def cmd_train(args: argparse.Namespace) -> int:
    from clausecheck.train import train_model

    metadata = train_model(
        Path(args.corpus) if args.corpus else None, Path(args.model_dir) if args.model_dir else None
    )
    cv = metadata["cross_validation"]["body_only"]
    print(
        f"trained on {metadata['corpus_clauses']} clauses; model sha256 {metadata['sha256'][:12]}"
    )
    for label, m in cv.items():
        print(
            f"  {label:<16} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  (n={m['support']})"
        )
    provisions = metadata.get("provision_model")
    if provisions:
        print(
            f"provision classifier: {provisions['corpus_clauses']} sentences over "
            f"{provisions['background_sentences']} background; sha256 {provisions['sha256'][:12]}"
        )
        for label, m in provisions["cross_validation"]["written_only"].items():
            print(
                f"  {label:<28} P {m['precision']:.3f}  R {m['recall']:.3f}  F1 {m['f1']:.3f}  (n={m['support']})"
            )
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    from clausecheck.classify import MODEL_DIR_ENV
    from clausecheck.evaluate import run_evaluation

    if args.model_dir:
        if args.write_card:
            _fail("--write-card records the shipped model's figures; drop --model-dir")
            return EXIT_BAD_INPUT
        os.environ[MODEL_DIR_ENV] = args.model_dir  # the evaluation's workers load it
    return run_evaluation(args)


def cmd_page(args: argparse.Namespace) -> int:
    from clausecheck.page import run_page

    return run_page(
        port=args.port, address=args.address, model_dir=args.model_dir, engine=args.engine
    )


REPORT_FORMATS = ["md", "html", "pdf", "docx", "negotiation-xlsx", "negotiation-docx"]
"""Formats written for people, which the export settings below apply to."""


def add_export_options(parser: argparse.ArgumentParser) -> None:
    """Who reviewed, when, and the disclaimer: what a report for a client states."""
    group = parser.add_argument_group("report settings (md, html, pdf, docx, negotiation-*)")
    group.add_argument(
        "--reviewer", metavar="NAME", default=None, help="the reviewer's name, shown in the report"
    )
    group.add_argument(
        "--review-date",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        default=None,
        help="the date of the review (default: today)",
    )
    group.add_argument(
        "--disclaimer",
        metavar="TEXT",
        default=None,
        help="the closing disclaimer ('' for none; default: a short one saying that the "
        "report is not legal advice)",
    )


def _iso_date(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text[:40]!r}") from None


def export_settings(args: argparse.Namespace):
    """The ExportSettings the options give."""
    from clausecheck.report import ExportSettings

    return ExportSettings(
        reviewer=args.reviewer, review_date=args.review_date, disclaimer=args.disclaimer
    )


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """The review database option every command that uses saved reviews accepts."""
    parser.add_argument(
        "--db",
        metavar="URL",
        default=None,
        help="review database: postgresql://USER@HOST/DB, sqlite:///FILE or a file path "
        "(default: $CLAUSECHECK_DB, else reviews.sqlite3 in $XDG_DATA_HOME/clausecheck or "
        "~/.local/share/clausecheck)",
    )


def _review_line(summary) -> str:
    from clausecheck.escaping import terminal_text

    decisions = f"{summary.decisions} ({summary.dismissed} dismissed)"
    return (
        f"{summary.sha256[:12]}  {summary.updated_at:%Y-%m-%d %H:%M}  {decisions:<16}  "
        f"{summary.added:>5}  {summary.corrections:>6}  {'yes' if summary.keeps_text else 'no':<4}  "
        f"{terminal_text(summary.reviewer or '—')[:24]:<24}  {terminal_text(summary.name)}"
    )


def cmd_review_list(args: argparse.Namespace) -> int:
    from clausecheck.store import open_store

    with open_store(args.db) as store:
        summaries = store.summaries()
    if args.format == "json":
        text = json.dumps([s.to_dict() for s in summaries], indent=2, ensure_ascii=False) + "\n"
        _write_output(text, None)
        return EXIT_OK
    if not summaries:
        print("no saved reviews", file=sys.stderr)
        return EXIT_OK
    header = (
        f"{'sha256':<12}  {'updated (UTC)':<16}  {'decisions':<16}  {'added':>5}  "
        f"{'labels':>6}  {'text':<4}  {'reviewer':<24}  document"
    )
    _write_output("\n".join([header] + [_review_line(s) for s in summaries]) + "\n", None)
    return EXIT_OK


def _find_review(store, ref: str):
    """(review, kept report, agreement bytes and name or None) for a sha256 prefix or a file."""
    import hashlib

    from clausecheck.escaping import display_name
    from clausecheck.ingest import load_bytes

    agreement = None
    if Path(ref).is_file():
        data, name = load_bytes(ref)
        sha256 = hashlib.sha256(data).hexdigest()
        if store.load(sha256) is None:
            raise ClausecheckError("E815", ref=display_name(name))
        agreement = (data, name)
    else:
        sha256 = store.resolve(ref)
    return store.load(sha256), store.load_report(sha256), agreement


def cmd_review_export(args: argparse.Namespace) -> int:
    from clausecheck.analysis import analyze
    from clausecheck.classify import load_model
    from clausecheck.decisions import apply_review
    from clausecheck.playbooks import load_playbook
    from clausecheck.report import ALL_FORMATS, to_json
    from clausecheck.store import open_store
    from clausecheck.store.exchange import review_to_json

    settings = export_settings(args)
    if args.format in ALL_FORMATS:
        check_one_file_output(ALL_FORMATS[args.format], args.output, 1)
    with open_store(args.db) as store:
        review, kept, agreement = _find_review(store, args.review)
    if args.format == "review":
        _write_output(review_to_json(review, kept), args.output)
        return EXIT_OK
    if agreement is None and kept is None:
        raise ClausecheckError("E819")
    playbook = load_playbook(args.playbook) if args.playbook else review.playbook or load_playbook()
    if agreement is not None:
        data, name = agreement
        kept = analyze(
            data,
            name=name,
            playbook=playbook,
            model=load_model(args.model_dir),
            password=args.password,
            limits=limits_from_args(args),
            engine=args.engine,
        )
    reviewed = apply_review(kept, review, playbook)
    if args.format == "json":
        _write_output(to_json(reviewed), args.output)
    else:
        # Every export shows each decision: a dismissed point stays, struck out, with its reason
        # (the negotiation list leaves it out: the other side has nothing to answer there).
        _write_output(ALL_FORMATS[args.format].to_bytes(reviewed, settings), args.output)
    return EXIT_OK


def cmd_review_delete(args: argparse.Namespace) -> int:
    from clausecheck.escaping import display_name
    from clausecheck.store import open_store

    with open_store(args.db) as store:
        review, _, _ = _find_review(store, args.review)
        store.delete(review.document_sha256)
    print(
        f"clausecheck: deleted the review of {display_name(review.document_name)} "
        f"({review.document_sha256[:12]})",
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_review_import(args: argparse.Namespace) -> int:
    from clausecheck.escaping import display_name
    from clausecheck.ingest import load_bytes
    from clausecheck.store import open_store
    from clausecheck.store.exchange import review_from_json

    data, name = load_bytes(args.file)
    review, report = review_from_json(data, name)
    with open_store(args.db) as store:
        replaced = store.load(review.document_sha256) is not None
        store.save(review, report=report, keep_text=report is not None, touch=False)
    print(
        f"clausecheck: {'replaced' if replaced else 'imported'} the review of "
        f"{display_name(review.document_name)} ({review.document_sha256[:12]})"
        + (", with the agreement's text" if report is not None else ""),
        file=sys.stderr,
    )
    return EXIT_OK


def cmd_annotate(args: argparse.Namespace) -> int:
    import hashlib

    from clausecheck.analysis import analyze
    from clausecheck.annotate import annotate_document
    from clausecheck.classify import load_model
    from clausecheck.decisions import apply_review
    from clausecheck.escaping import display_name
    from clausecheck.ingest import load_bytes
    from clausecheck.ingest.sniff import sniff_format
    from clausecheck.playbooks import load_playbook
    from clausecheck.store import DB_ENV, default_database_path, open_store

    data, name = load_bytes(args.agreement)
    if not data:
        raise ClausecheckError("E002")
    kind = sniff_format(data)
    if kind == "text":
        raise ClausecheckError("E821", name=display_name(name))
    output = Path(args.output)
    if output.suffix.lower() != f".{kind}":
        raise ClausecheckError(
            "E823", path=display_name(args.output), extension=kind, format=kind.upper()
        )
    if output.exists() and output.resolve() == Path(args.agreement).resolve():
        raise ClausecheckError("E822")
    review = None
    # Without a database named or already made, there is no review to find: make none.
    if not args.no_review and (
        args.db or os.environ.get(DB_ENV) or default_database_path().exists()
    ):
        with open_store(args.db) as store:
            review = store.load(hashlib.sha256(data).hexdigest())
    playbook = (
        load_playbook(args.playbook)
        if args.playbook
        else (review.playbook if review and review.playbook else load_playbook())
    )
    report = analyze(
        data,
        name=name,
        playbook=playbook,
        model=load_model(args.model_dir),
        password=args.password,
        limits=limits_from_args(args),
        engine=args.engine,
    )
    annotated = annotate_document(data, apply_review(report, review, playbook), args.password)
    _write_output(annotated.data, str(output))
    placed = annotated.placed
    clauses = f"{len(placed.clauses)} clause{'' if len(placed.clauses) == 1 else 's'}"
    notes = f"{placed.closing} note{'' if placed.closing == 1 else 's'}"
    print(
        f"clausecheck: commented {clauses}, with {notes} at the end "
        f"({'the saved review applied' if review else 'no saved review'}): "
        f"{display_name(str(output))}",
        file=sys.stderr,
    )
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clausecheck", description="Find missing and ambiguous sections in agreements."
    )
    parser.add_argument("--version", action="version", version=f"clausecheck {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    analyze = sub.add_parser("analyze", help="analyse agreements (PDF, DOCX or text)")
    analyze.add_argument("paths", nargs="+", metavar="PATH")
    analyze.add_argument(
        "--format",
        choices=["table", "json", "jsonl", *REPORT_FORMATS],
        default="table",
        help="pdf, docx, html and the negotiation list (negotiation-xlsx, negotiation-docx: the "
        "points to put to the other side) hold one agreement per file: with several PATHs, "
        "--output is a folder that gets one file per agreement",
    )
    analyze.add_argument("--output", metavar="FILE", help="write here instead of standard output")
    analyze.add_argument("--playbook", metavar="NAME_OR_FILE", default=None)
    analyze.add_argument("--password", default=None, help="password of an encrypted PDF")
    analyze.add_argument(
        "--ocr",
        action="store_true",
        help="read PDF pages that have no text layer with Tesseract (must be installed)",
    )
    add_export_options(analyze)
    add_limit_options(analyze)
    add_engine_option(analyze)
    add_model_option(analyze)
    analyze.set_defaults(func=cmd_analyze)

    compare = sub.add_parser(
        "compare",
        help="compare agreements side by side (statuses and key terms)",
        description="PATHs are agreements, saved JSON reports, or folders of either "
        "(such as a 'clausecheck batch' output folder).",
    )
    compare.add_argument("paths", nargs="+", metavar="PATH")
    compare.add_argument("--format", choices=["csv", "xlsx", "md"], default="md")
    compare.add_argument("--output", metavar="FILE", help="write here instead of standard output")
    compare.add_argument("--playbook", metavar="NAME_OR_FILE", default=None)
    add_limit_options(compare)
    add_engine_option(compare)
    add_model_option(compare)
    compare.set_defaults(func=cmd_compare)

    calendar = sub.add_parser(
        "calendar",
        help="write each agreement's renewal-notice deadline and expiry to an .ics file",
        description="PATHs are agreements, saved JSON reports or folders of either. Each event "
        "names the agreement, the clause and the page, and has a reminder before the date.",
    )
    calendar.add_argument("paths", nargs="+", metavar="PATH")
    calendar.add_argument("--output", required=True, metavar="FILE", help="the .ics file")
    add_limit_options(calendar)
    add_engine_option(calendar)
    add_model_option(calendar)
    calendar.set_defaults(func=cmd_calendar)

    batch = sub.add_parser(
        "batch",
        help="analyse many agreements in parallel into a folder of reports",
        description="INPUTs are files, folders (searched recursively for .pdf, .docx, .txt and "
        ".md) or globs. Writes one <sha256>.json report per document and summary.csv/.xlsx to "
        "--out; a second run skips documents already analysed with the same model and playbook.",
    )
    batch.add_argument("inputs", nargs="+", metavar="INPUT")
    batch.add_argument("--out", required=True, metavar="DIR", help="output folder")
    batch.add_argument(
        "--workers",
        type=_positive_int,
        default=None,
        help="worker processes (default: one per core)",
    )
    batch.add_argument(
        "--scheduler",
        default=None,
        metavar="tls://HOST:PORT",
        help="run on this Dask distributed scheduler instead of local processes; tcp:// sends "
        "the documents' text unencrypted, so use tls:// across a network",
    )
    for option, what in (
        ("--tls-ca-file", "the certificate authority that signed the cluster's certificates"),
        ("--tls-cert", "this client's certificate (may hold its key too)"),
        ("--tls-key", "this client's private key"),
    ):
        batch.add_argument(option, default=None, metavar="PEM", help=f"for tls://: {what}")
    batch.add_argument("--playbook", metavar="NAME_OR_FILE", default=None)
    batch.add_argument(
        "--retry-failed", action="store_true", help="analyse again documents that failed before"
    )
    add_limit_options(batch)
    add_engine_option(batch)
    add_model_option(batch)
    batch.set_defaults(func=cmd_batch)

    classify = sub.add_parser("classify", help="classify clause texts from JSON Lines")
    classify.add_argument("file", nargs="?", metavar="FILE", help="JSON Lines; stdin when omitted")
    classify.add_argument("--output", metavar="FILE")
    add_model_option(classify)
    classify.set_defaults(func=cmd_classify)

    train = sub.add_parser("train", help="train the model from corpus/ into models/")
    train.add_argument("--corpus", default=None, help="corpus folder (default: corpus/)")
    add_model_option(
        train,
        "where to write the model (default: models/ of this checkout); use it with "
        "--model-dir DIR on the other commands",
    )
    train.set_defaults(func=cmd_train)

    evaluate = sub.add_parser("evaluate", help="measure the model on ../shared/cuad")
    evaluate.add_argument("--cuad", default=None, help="CUAD folder (default: ../shared/cuad)")
    evaluate.add_argument("--write-card", action="store_true", help="record figures in models/")
    evaluate.add_argument(
        "--check", action="store_true", help="fail if figures drop below the card"
    )
    evaluate.add_argument("--limit", type=int, default=None, help="only the first N contracts")
    evaluate.add_argument("--dump", default=None, help="write every prediction to this JSON file")
    evaluate.add_argument(
        "--pdf",
        action="store_true",
        help="measure the key terms from CUAD's PDFs instead of its text files (slow)",
    )
    add_model_option(evaluate, "measure the model in DIR instead of the shipped one")
    evaluate.set_defaults(func=cmd_evaluate)

    review = sub.add_parser(
        "review",
        help="saved reviews: list, export, delete or import them",
        description="Reviews (decisions, notes, added issues, label corrections) are saved by "
        "the review page in a database: see --db. A REVIEW is the agreement's file or the start "
        "of its sha256 (at least 6 characters, as 'review list' shows).",
    )
    review_sub = review.add_subparsers(dest="review_command", required=True)
    review_list = review_sub.add_parser("list", help="list saved reviews, newest first")
    review_list.add_argument("--format", choices=["table", "json"], default="table")
    add_db_option(review_list)
    review_list.set_defaults(func=cmd_review_list)
    review_export = review_sub.add_parser(
        "export",
        help="write a review as JSON, or the gap report with its decisions applied",
        description="--format review (the default) writes the review itself as JSON, which "
        "'review import' reads back. Any other format writes the gap report with the decisions "
        "applied; it needs the agreement (give its file as REVIEW) unless its text was kept.",
    )
    review_export.add_argument("review", metavar="REVIEW")
    review_export.add_argument(
        "--format", choices=["review", "json", *REPORT_FORMATS], default="review"
    )
    review_export.add_argument(
        "--output", metavar="FILE", help="write here instead of standard output"
    )
    review_export.add_argument(
        "--playbook", metavar="NAME_OR_FILE", default=None, help="default: the review's own"
    )
    review_export.add_argument("--password", default=None, help="password of an encrypted PDF")
    add_export_options(review_export)
    add_db_option(review_export)
    add_limit_options(review_export)
    add_engine_option(review_export)
    add_model_option(review_export)
    review_export.set_defaults(func=cmd_review_export)
    review_delete = review_sub.add_parser("delete", help="delete a saved review")
    review_delete.add_argument("review", metavar="REVIEW")
    add_db_option(review_delete)
    review_delete.set_defaults(func=cmd_review_delete)
    review_import = review_sub.add_parser(
        "import", help="save a review from a 'review export' file (replacing any for its document)"
    )
    review_import.add_argument("file", metavar="FILE")
    add_db_option(review_import)
    review_import.set_defaults(func=cmd_review_import)

    annotate = sub.add_parser(
        "annotate",
        help="write a copy of a PDF or DOCX agreement with a comment on each flagged clause",
        description="The copy has a Word comment (DOCX) or a highlight with a note (PDF) on "
        "each clause with an open issue, and a comment at the end for each missing section. "
        "The agreement's saved review applies: dismissed issues are left out, notes go in.",
    )
    annotate.add_argument("agreement", metavar="AGREEMENT")
    annotate.add_argument("--output", required=True, metavar="FILE", help="the annotated copy")
    annotate.add_argument(
        "--playbook", metavar="NAME_OR_FILE", default=None, help="default: the review's own"
    )
    annotate.add_argument("--password", default=None, help="password of an encrypted PDF")
    annotate.add_argument(
        "--no-review", action="store_true", help="ignore any saved review of the agreement"
    )
    add_db_option(annotate)
    add_limit_options(annotate)
    add_engine_option(annotate)
    add_model_option(annotate)
    annotate.set_defaults(func=cmd_annotate)

    page = sub.add_parser(
        "page",
        help="start the review page (Streamlit) in your browser",
        description="Serves the review page from the installed package on this machine; "
        "stop it with Ctrl+C.",
    )
    page.add_argument(
        "--port", type=int, default=8501, help="the port to serve on (default: %(default)s)"
    )
    page.add_argument(
        "--address",
        default="localhost",
        help="the address to listen on (default: %(default)s, this machine only)",
    )
    add_engine_option(page)
    add_model_option(page)
    page.set_defaults(func=cmd_page)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except ClausecheckError as exc:
        _fail(str(exc))
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # never show a user a traceback
        if os.environ.get(DEBUG_ENV):
            raise
        _fail(
            f"internal error ({type(exc).__name__}: {str(exc)[:200]}); set {DEBUG_ENV}=1 for details"
        )
        return EXIT_INTERNAL


__all__ = ["main", "build_parser"]

if __name__ == "__main__":
    sys.exit(main())
