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
from typing import TextIO

from clausecheck import __version__
from clausecheck.errors import ClausecheckError

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_BAD_INPUT = 2
DEBUG_ENV = "CLAUSECHECK_DEBUG"
"""Set to 1 to see tracebacks of unexpected errors (for developers)."""


def _fail(message: str) -> None:
    print(f"clausecheck: error: {message}", file=sys.stderr)


def _write_output(text: str, output: str | None) -> None:
    """Print, or write the file atomically (write then rename)."""
    if output is None:
        sys.stdout.write(text)
        return
    target = Path(output)
    tmp = target.with_name(f".{target.name}.tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)


def cmd_analyze(args: argparse.Namespace) -> int:
    from clausecheck.analysis import analyze
    from clausecheck.classify import load_model
    from clausecheck.playbooks import load_playbook
    from clausecheck.report import to_markdown, to_table

    playbook = load_playbook(args.playbook)
    model = load_model(args.model_dir) if args.model_dir else load_model()
    reports = []
    failed = False
    for path in args.paths:
        try:
            reports.append(analyze(path, playbook=playbook, model=model, password=args.password))
        except ClausecheckError as exc:
            _fail(f"{path}: {exc}")
            failed = True
    if args.format == "json":
        if len(args.paths) == 1:
            text = (
                json.dumps(reports[0].to_dict(), indent=2, ensure_ascii=False) + "\n"
                if reports
                else ""
            )
        else:
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
    analyze.add_argument("--format", choices=["table", "json", "jsonl", "md"], default="table")
    analyze.add_argument("--output", metavar="FILE", help="write here instead of standard output")
    analyze.add_argument("--playbook", metavar="NAME_OR_FILE", default=None)
    analyze.add_argument("--password", default=None, help="password of an encrypted PDF")
    analyze.add_argument("--model-dir", default=None, help=argparse.SUPPRESS)
    analyze.set_defaults(func=cmd_analyze)

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
