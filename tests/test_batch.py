"""Batch runs: reports by content hash, summaries, resuming, worker deaths, Dask, compare."""

from __future__ import annotations

import csv
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from clausecheck.batch import (
    BatchTask,
    TaskOutcome,
    analyze_task,
    find_documents,
    load_cached,
    run_batch,
)
from clausecheck.compare import BATCH_RECORDS_DIR, RUN_COLUMNS
from clausecheck.ingest import Limits
from clausecheck.report.schema import validate_report
from clausecheck.types import Report

CLI = [sys.executable, "-m", "clausecheck.cli"]
DASK = Path(sys.executable).with_name("dask")
AGREEMENTS = [
    ("call-centre-services", "pdf"),
    ("bpo-outsourcing-uk", "docx"),
    ("saas-support", "pdf"),
    ("mutual-nda", "txt"),
]
BROKEN_PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage"


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture()
def inputs(rendered, tmp_path) -> Path:
    """A folder of agreements (one in a subfolder), a broken PDF and a file that is no agreement."""
    folder = tmp_path / "agreements"
    (folder / "vendors").mkdir(parents=True)
    for stem, kind in AGREEMENTS:
        target = folder / "vendors" if kind == "docx" else folder
        shutil.copy(rendered[stem][kind], target)
    (folder / "broken.pdf").write_bytes(BROKEN_PDF)
    (folder / "notes.csv").write_text("not,an,agreement\n")
    return folder


@pytest.fixture()
def finished(inputs, tmp_path):
    out = tmp_path / "out"
    return inputs, out, run_batch([inputs], out, workers=2)


def summary_rows(out: Path) -> list[dict[str, str]]:
    with open(out / "summary.csv", encoding="utf-8", newline="") as stream:
        return list(csv.DictReader(stream))


def test_folders_are_searched_recursively_for_documents_only(inputs):
    found = find_documents([inputs])
    assert sorted(p.name for p in found) == sorted(
        ["broken.pdf", *(f"{stem}.{kind}" for stem, kind in AGREEMENTS)]
    )
    assert find_documents([str(inputs / "*.pdf")]) == sorted(inputs.glob("*.pdf"))
    assert find_documents([inputs / "notes.csv", inputs / "notes.csv"]) == [inputs / "notes.csv"]


def test_one_report_per_document_named_by_its_sha256(finished):
    inputs, out, result = finished
    for path in find_documents([inputs]):
        if path.name == "broken.pdf":
            continue
        report = json.loads((out / f"{sha256_of(path)}.json").read_text())
        validate_report(report)
        assert report["document"]["name"] == path.name
        assert report["document"]["sha256"] == sha256_of(path)
    assert len(list(out.glob("*.json"))) == len(AGREEMENTS)
    assert result.analysed == len(AGREEMENTS) + 1 and result.reused == 0


def test_summary_lists_statuses_terms_and_the_failure_with_its_reason(finished):
    inputs, out, result = finished
    rows = summary_rows(out)
    assert sorted(r["Agreement"] for r in rows) == sorted(
        ["broken.pdf", *(f"{stem}.{kind}" for stem, kind in AGREEMENTS)]
    )
    failed = [r for r in rows if r["Run status"] == "failed"]
    assert [r["Agreement"] for r in failed] == ["broken.pdf"]
    assert "damaged" in failed[0]["Failure reason"]
    assert failed[0]["Governing law"] == ""
    by_name = {r["Agreement"]: r for r in rows}
    nda = json.loads((out / f"{sha256_of(inputs / 'mutual-nda.txt')}.json").read_text())
    status = next(f["status"] for f in nda["findings"] if f["category"] == "governing_law")
    assert by_name["mutual-nda.txt"]["Governing law"] == status
    assert by_name["call-centre-services.pdf"]["Law chosen"] == "New York"
    assert int(by_name["saas-support.pdf"]["Pages"]) > 1
    assert by_name["call-centre-services.pdf"]["Source"] == str(inputs / "call-centre-services.pdf")
    assert [record.sources[0] for record in result.failed] == [str(inputs / "broken.pdf")]
    sheet = load_workbook(out / "summary.xlsx")["Comparison"]
    # The XLSX keeps dates as dates (read back as datetimes); the CSV writes them as ISO dates.
    cells = [
        [
            "" if c is None else c.date().isoformat() if isinstance(c, datetime) else str(c)
            for c in row
        ]
        for row in sheet.iter_rows(values_only=True)
    ]
    with open(out / "summary.csv", encoding="utf-8", newline="") as stream:
        assert cells == list(csv.reader(stream))
    assert cells[0][-len(RUN_COLUMNS) :] == list(RUN_COLUMNS)


def test_a_second_run_reuses_every_result(finished):
    inputs, out, first = finished
    stamps = {p: p.stat().st_mtime_ns for p in out.glob("*.json")}
    again = run_batch([inputs], out, workers=2)
    assert again.analysed == 0
    assert again.reused == len(AGREEMENTS) + 1  # the broken file's failure is remembered
    assert {p: p.stat().st_mtime_ns for p in out.glob("*.json")} == stamps
    assert len(summary_rows(out)) == len(AGREEMENTS) + 1
    retried = run_batch([inputs], out, workers=2, retry_failed=True)
    assert retried.analysed == 1 and [r.sources for r in retried.failed] == [
        [str(inputs / "broken.pdf")]
    ]


def test_an_interrupted_run_continues_and_ignores_temporary_leftovers(finished):
    inputs, out, first = finished
    # Interrupted before these documents finished: one lost both files, one its record only
    # (killed between the two renames), and a report was being written under a temporary name.
    lost = sha256_of(inputs / "saas-support.pdf")
    half = sha256_of(inputs / "mutual-nda.txt")
    (out / f"{lost}.json").unlink()
    (out / BATCH_RECORDS_DIR / f"{lost}.json").unlink()
    (out / BATCH_RECORDS_DIR / f"{half}.json").unlink()
    leftover = out / f".{lost}.json.tmp-99999"
    leftover.write_text('{"schema_version": "1.0", "findings": [')
    resumed = run_batch([inputs], out, workers=2)
    assert resumed.analysed == 2 and resumed.reused == len(AGREEMENTS) - 1
    assert not leftover.exists()
    assert (out / f"{lost}.json").is_file() and (out / BATCH_RECORDS_DIR / f"{half}.json").is_file()
    assert len(summary_rows(out)) == len(AGREEMENTS) + 1


def test_another_playbook_means_analysing_again(finished):
    inputs, out, first = finished
    nda = run_batch([inputs / "mutual-nda.txt"], out, workers=1, playbook="nda")
    assert nda.analysed == 1
    report = json.loads((out / f"{sha256_of(inputs / 'mutual-nda.txt')}.json").read_text())
    assert report["playbook"] == "nda"


def test_load_cached_returns_the_saved_report_only_for_the_same_bytes_and_playbook(finished):
    inputs, out, _ = finished
    data = (inputs / "call-centre-services.pdf").read_bytes()
    cached = load_cached(out, data)
    saved = json.loads((out / f"{hashlib.sha256(data).hexdigest()}.json").read_text())
    assert isinstance(cached, Report) and cached.to_dict() == saved
    assert load_cached(out, data + b"\n") is None
    assert load_cached(out, data, playbook="nda") is None
    assert load_cached(out, BROKEN_PDF) is None


def test_identical_files_under_two_names_share_one_report(rendered, tmp_path):
    source = rendered["mutual-nda"]["txt"]
    for name in ("a.txt", "b.txt"):
        shutil.copy(source, tmp_path / name)
    result = run_batch([tmp_path / "a.txt", tmp_path / "b.txt"], tmp_path / "out", workers=1)
    assert result.analysed == 1
    assert [r.sources for r in result.records] == [[str(tmp_path / n) for n in ("a.txt", "b.txt")]]


def test_a_document_over_the_time_limit_is_listed_and_the_batch_finishes(rendered, tmp_path):
    slow = rendered["call-centre-services"]["pdf"]
    result = run_batch([slow], tmp_path / "out", workers=1, limits=Limits(seconds=0.02))
    assert [(r.status, r.code) for r in result.records] == [("failed", "E010")]
    assert "--time-limit" in summary_rows(tmp_path / "out")[0]["Failure reason"]


def die_on_crash_files(task: BatchTask) -> TaskOutcome:
    """The real work, except that a worker given a document named crash* dies on the spot."""
    if task.name.startswith("crash"):
        os._exit(1)
    return analyze_task(task)


def test_a_worker_that_dies_fails_its_document_only(rendered, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for stem in ("mutual-nda", "saas-support", "supply-agreement"):
        shutil.copy(rendered[stem]["txt"], folder)
    (folder / "crash.txt").write_text("This Agreement is governed by the laws of Ontario.\n")
    result = run_batch([folder], tmp_path / "out", workers=2, work=die_on_crash_files)
    outcome = {Path(r.sources[0]).name: (r.status, r.code) for r in result.records}
    assert outcome == {
        "crash.txt": ("failed", "E701"),
        "mutual-nda.txt": ("ok", None),
        "saas-support.txt": ("ok", None),
        "supply-agreement.txt": ("ok", None),
    }


def test_cli_batch_then_compare_on_the_output_folder(inputs, tmp_path):
    out = tmp_path / "out"
    result = subprocess.run(
        [*CLI, "batch", str(inputs), "--out", str(out), "--workers", "2"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 2
    errors = [line for line in result.stderr.splitlines() if "error:" in line]
    assert len(errors) == 1 and "broken.pdf" in errors[0]
    assert f"{len(AGREEMENTS)} reported, 1 failed" in result.stderr
    assert "Traceback" not in result.stderr
    compared = subprocess.run(
        [*CLI, "compare", str(out), "--format", "csv"], capture_output=True, text=True, timeout=600
    )
    assert compared.returncode == 0, compared.stderr
    names = [row[0] for row in csv.reader(compared.stdout.splitlines())][1:]
    assert sorted(names) == sorted(f"{stem}.{kind}" for stem, kind in AGREEMENTS)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{tmp}/nothing-here/*.pdf"], "no documents found"),
        (["{tmp}/a.txt", "--scheduler", "tcp://127.0.0.1:{port}"], "cannot reach the Dask"),
        (["{tmp}/a.txt", "--workers", "0"], "must be 1 or more"),
    ],
)
def test_cli_batch_problems_are_one_line_and_exit_2(tmp_path, args, message):
    (tmp_path / "a.txt").write_text("The Supplier shall answer calls.\n")
    filled = [a.format(tmp=tmp_path, port=_free_port()) for a in args]
    result = subprocess.run(
        [*CLI, "batch", *filled, "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _reports(out: Path) -> dict[str, str]:
    return {p.name: p.read_text() for p in out.glob("*.json")}


LOCAL_CLUSTER_RUN = """
import json, sys
from distributed import LocalCluster
from clausecheck.batch import run_batch

if __name__ == "__main__":
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        result = run_batch([sys.argv[1]], sys.argv[2], scheduler=cluster.scheduler_address)
    print(json.dumps({"analysed": result.analysed, "failed": [r.sources for r in result.failed]}))
"""


@pytest.mark.slow
def test_dask_local_cluster_writes_the_same_reports_as_local_processes(finished, tmp_path):
    # The cluster runs in a child process: its spawned workers leave a multiprocessing resource
    # tracker behind, which must not become a child of the test process.
    inputs, out, _ = finished
    dask_out = tmp_path / "dask-out"
    script = tmp_path / "local_cluster_run.py"
    script.write_text(LOCAL_CLUSTER_RUN)
    run = subprocess.run(
        [sys.executable, str(script), str(inputs), str(dask_out)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result == {"analysed": len(AGREEMENTS) + 1, "failed": [[str(inputs / "broken.pdf")]]}
    assert _reports(dask_out) == _reports(out)


@pytest.mark.slow
def test_dask_scheduler_and_worker_started_as_separate_processes(inputs, tmp_path):
    from distributed import Client

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    scheduler = subprocess.Popen(
        [DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--no-dashboard"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    worker = None
    try:
        worker = subprocess.Popen(
            [DASK, "worker", address, "--nthreads", "1", "--no-dashboard"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 120
        while True:
            try:
                with Client(address, timeout=5) as client:
                    client.wait_for_workers(1, timeout=120)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        out = tmp_path / "out"
        result = subprocess.run(
            [*CLI, "batch", str(inputs), "--out", str(out), "--scheduler", address],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert result.returncode == 2, result.stderr  # the broken PDF
        assert f"{len(AGREEMENTS)} reported, 1 failed" in result.stderr
        assert len(list(out.glob("*.json"))) == len(AGREEMENTS)
    finally:
        for process in (worker, scheduler):
            if process is not None:
                process.terminate()
                process.wait(timeout=60)
