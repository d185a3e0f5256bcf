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
    print(f"clausecheck: error: {message}", file=sys.stderr)


def _write_output(content: str | bytes, output: str | None) -> None:
    """Print, or write the file atomically (write then rename)."""
    from clausecheck.batch import write_atomic

    data = content.encode("utf-8") if isinstance(content, str) else content
    if output is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    write_atomic(Path(output), data)


def cmd_analyze(args: argparse.Namespace) -> int:
    from clausecheck.analysis import analyze
    from clausecheck.classify import load_model
    from clausecheck.playbooks import load_playbook
    from clausecheck.report import EXPORT_FORMATS, to_json, to_markdown, to_table
    from clausecheck.report.exports import ONE_FILE_FORMATS

    if args.format in ONE_FILE_FORMATS:
        check_one_file_output(EXPORT_FORMATS[args.format], args.output, len(args.paths))
    playbook = load_playbook(args.playbook)
    model = load_model(args.model_dir) if args.model_dir else load_model()
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
                )
            )
        except ClausecheckError as exc:
            _fail(f"{path}: {exc}")
            failed = True
    if args.format in ONE_FILE_FORMATS:
        write_one_file_per_report(
            reports, EXPORT_FORMATS[args.format], args.output, len(args.paths)
        )
    else:
        if args.format == "json" and len(args.paths) == 1:
            text = to_json(reports[0]) if reports else ""
        elif args.format == "json":
            text = json.dumps([r.to_dict() for r in reports], indent=2, ensure_ascii=False) + "\n"
        elif args.format == "jsonl":
            text = "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in reports)
        elif args.format == "md":
            text = "\n".join(to_markdown(r) for r in reports)
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
    reports: list, export: ExportFormat, output: str | None, inputs: int
) -> None:
    """PDF, DOCX and HTML hold one agreement each: one input goes to --output (or standard
    output); several go to one file each in the folder --output."""
    if inputs == 1:
        if reports:
            _write_output(export.to_bytes(reports[0]), output)
        return
    folder = Path(output)
    targets = [folder / export.file_name(r) for r in reports]
    clash = next((t for t in targets if targets.count(t) > 1), None)
    if clash is not None:
        raise ClausecheckError("E604", path=clash)
    folder.mkdir(parents=True, exist_ok=True)
    for report, target in zip(reports, targets, strict=True):
        _write_output(export.to_bytes(report), str(target))


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
                    path, playbook=playbook, model=load_model(), password=None, limits=limits
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
            reports.append(report or analyze(path, model=load_model(), limits=limits))
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
    from clausecheck.batch import run_batch

    result = run_batch(
        args.inputs,
        args.out,
        workers=args.workers,
        scheduler=args.scheduler,
        playbook=args.playbook,
        limits=limits_from_args(args),
        retry_failed=args.retry_failed,
    )
    for record in result.failed:
        _fail(f"{'; '.join(record.sources)}: {record.reason}")
    rate = result.pages_analysed / result.seconds if result.seconds else 0.0
    print(
        f"clausecheck: {len(result.records) - len(result.failed)} reported, "
        f"{len(result.failed)} failed ({result.reused} reused from an earlier run); "
        f"{result.analysed} processed in {result.seconds:.1f} s ({rate:.1f} pages/s); "
        f"summary in {result.summary_csv} and {result.summary_xlsx.name}",
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
    model = load_model(args.model_dir) if args.model_dir else load_model()
    predictions = model.predict([r["text"] for r in rows])
    out = []
    for row, (labels, scores) in zip(rows, predictions, strict=True):
        out.append(json.dumps({"id": row.get("id"), "labels": labels, "scores": scores}) + "\n")
    _write_output("".join(out), args.output)
    return EXIT_OK


def cmd_train(args: argparse.Namespace) -> int:
    from clausecheck.classify import train_model

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
    return EXIT_OK


def cmd_evaluate(args: argparse.Namespace) -> int:
    from clausecheck.evaluate import run_evaluation

    return run_evaluation(args)


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
        choices=["table", "json", "jsonl", "md", "html", "pdf", "docx"],
        default="table",
        help="pdf, docx and html hold one agreement per file: with several PATHs, --output is "
        "a folder that gets one FILE-gap-report.EXT per agreement",
    )
    analyze.add_argument("--output", metavar="FILE", help="write here instead of standard output")
    analyze.add_argument("--playbook", metavar="NAME_OR_FILE", default=None)
    analyze.add_argument("--password", default=None, help="password of an encrypted PDF")
    analyze.add_argument(
        "--ocr",
        action="store_true",
        help="read PDF pages that have no text layer with Tesseract (must be installed)",
    )
    add_limit_options(analyze)

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
    compare.set_defaults(func=cmd_compare)
    analyze.add_argument("--model-dir", default=None, help=argparse.SUPPRESS)
    analyze.set_defaults(func=cmd_analyze)

    calendar = sub.add_parser(
        "calendar",
        help="write each agreement's renewal-notice deadline and expiry to an .ics file",
        description="PATHs are agreements, saved JSON reports or folders of either. Each event "
        "names the agreement, the clause and the page, and has a reminder before the date.",
    )
    calendar.add_argument("paths", nargs="+", metavar="PATH")
    calendar.add_argument("--output", required=True, metavar="FILE", help="the .ics file")
    add_limit_options(calendar)
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
        metavar="tcp://HOST:PORT",
        help="run on this Dask distributed scheduler instead of local processes",
    )
    batch.add_argument("--playbook", metavar="NAME_OR_FILE", default=None)
    batch.add_argument(
        "--retry-failed", action="store_true", help="analyse again documents that failed before"
    )
    add_limit_options(batch)
    batch.set_defaults(func=cmd_batch)

    classify = sub.add_parser("classify", help="classify clause texts from JSON Lines")
    classify.add_argument("file", nargs="?", metavar="FILE", help="JSON Lines; stdin when omitted")
    classify.add_argument("--output", metavar="FILE")
    classify.add_argument("--model-dir", default=None, help=argparse.SUPPRESS)
    classify.set_defaults(func=cmd_classify)

    train = sub.add_parser("train", help="train the model from corpus/ into models/")
    train.add_argument("--corpus", default=None, help="corpus folder (default: corpus/)")
    train.add_argument("--model-dir", default=None, help="output folder (default: models/)")
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
    evaluate.set_defaults(func=cmd_evaluate)
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
