"""Batch security: links out of the input folders, workers that die with the batch, Dask TLS."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from test_batch import DASK, _free_port
from test_cli import CLI
from test_page_security import alive, children_of, slow_pdf

from clausecheck.batch import cleartext_warning, run_batch
from clausecheck.errors import Errors

SECRET = "1. Secret. The password of the vault is swordfish-7f3a9c."


# --- Symbolic links ---------------------------------------------------------------------------


def test_links_leading_out_of_the_input_folders_are_refused(rendered, tmp_path):
    outside = tmp_path / "home"
    (outside / "folder").mkdir(parents=True)
    (outside / "secret.txt").write_text(SECRET)
    (outside / "folder" / "notes.txt").write_text(SECRET + " Folder.")
    inputs = tmp_path / "from-counterparty"
    (inputs / "docs").mkdir(parents=True)
    agreement = inputs / "docs" / "agreement.txt"
    agreement.write_bytes(rendered["mutual-nda"]["txt"].read_bytes())
    (inputs / "leak.txt").symlink_to(outside / "secret.txt")
    (inputs / "linked").symlink_to(outside / "folder", target_is_directory=True)
    (inputs / "alias.txt").symlink_to(agreement)  # stays inside: allowed
    result = run_batch([inputs], tmp_path / "out", workers=1, progress=False)
    refused = {Path(r.sources[0]).name: r for r in result.failed}
    # A linked folder is not searched (pathlib does not follow it); were it, its files would
    # be refused as the linked file is.
    assert set(refused) <= {"leak.txt", "notes.txt"} and "leak.txt" in refused
    for record in refused.values():
        assert record.code == "E706" and str(outside) in record.reason
    assert [len(r.sources) for r in result.records if r.status == "ok"] == [2]  # alias + file
    reports = " ".join(p.read_text() for p in (tmp_path / "out").glob("*.json"))
    assert "swordfish" not in reports


def test_a_link_named_on_the_command_line_is_taken(tmp_path):
    (tmp_path / "secret.txt").write_text(SECRET)
    (tmp_path / "named.txt").symlink_to(tmp_path / "secret.txt")
    result = run_batch([tmp_path / "named.txt"], tmp_path / "out", workers=1, progress=False)
    assert not result.failed


def test_a_glob_is_held_to_its_folder(tmp_path):
    (tmp_path / "secret").mkdir()
    (tmp_path / "secret" / "secret.txt").write_text(SECRET)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "leak.txt").symlink_to(tmp_path / "secret" / "secret.txt")
    (tmp_path / "in" / "linked").symlink_to(tmp_path / "secret", target_is_directory=True)
    pattern = str(tmp_path / "in" / "**" / "*.txt")  # glob follows the linked folder
    result = run_batch([pattern], tmp_path / "out", progress=False)
    assert sorted(Path(r.sources[0]).name for r in result.records) == ["leak.txt", "secret.txt"]
    assert [r.code for r in result.records] == ["E706", "E706"]


# --- Workers die with the batch -------------------------------------------------------------


def descendants(pid: int) -> set[int]:
    found, pending = set(), [pid]
    while pending:
        for child in children_of(pending.pop()):
            if child not in found:
                found.add(child)
                pending.append(child)
    return found


def test_a_killed_batch_leaves_no_worker_or_analysis_behind(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for pages in (100, 101, 102):
        slow_pdf(inputs / f"long-{pages}.pdf", pages=pages)
    batch = subprocess.Popen(
        [*CLI, "batch", str(inputs), "--out", str(tmp_path / "out"), "--workers", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    everyone: set[int] = set()
    try:
        deadline = time.monotonic() + 180
        workers: set[int] = set()
        while time.monotonic() < deadline:
            workers = children_of(batch.pid)
            analyses = {c for w in workers for c in children_of(w)}
            if len(analyses) >= 2:  # both workers are analysing a document
                break
            time.sleep(0.5)
        everyone = descendants(batch.pid)
        assert len(analyses) >= 2, f"no analyses started: {everyone}"
        batch.send_signal(signal.SIGKILL)
        batch.wait(timeout=30)
        deadline = time.monotonic() + 15
        while any(alive(p) for p in everyone) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not [p for p in everyone if alive(p)], "orphans left behind"
    finally:
        for pid in everyone | descendants(batch.pid) | {batch.pid}:  # never leave one behind
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


# --- Dask over TLS ------------------------------------------------------------------------------


def test_tcp_to_another_machine_is_warned_about():
    assert cleartext_warning("tcp://10.0.0.5:8786") is not None
    assert "tls://" in cleartext_warning("tcp://cluster.example:8786")
    for quiet in (None, "tcp://127.0.0.1:8786", "tcp://localhost:8786", "tls://10.0.0.5:8786"):
        assert cleartext_warning(quiet) is None


@pytest.fixture()
def certificates(tmp_path) -> dict[str, Path]:
    """A certificate authority, and a certificate with its key, generated here (in memory by
    Dask's own helper, then written as PEM files as an administrator would have them)."""
    from distributed.security import Security

    temporary = Security.temporary()
    files = {
        "ca": temporary.tls_ca_file,
        "cert": temporary.tls_client_cert,
        "key": temporary.tls_client_key,
    }
    paths = {}
    for name, content in files.items():
        paths[name] = tmp_path / f"{name}.pem"
        paths[name].write_text(content)
    return paths


@pytest.mark.slow
def test_batch_on_a_tls_cluster(rendered, certificates, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for stem in ("mutual-nda", "saas-support"):
        (inputs / f"{stem}.txt").write_bytes(rendered[stem]["txt"].read_bytes())
    tls = [
        "--tls-ca-file", str(certificates["ca"]),
        "--tls-cert", str(certificates["cert"]),
        "--tls-key", str(certificates["key"]),
    ]  # fmt: skip
    port = _free_port()
    address = f"tls://127.0.0.1:{port}"
    scheduler = subprocess.Popen(
        [DASK, "scheduler", "--host", "127.0.0.1", "--port", str(port), "--protocol", "tls",
         "--no-dashboard", *tls],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    worker = subprocess.Popen(
        [DASK, "worker", address, "--nthreads", "1", "--no-dashboard", *tls],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        out = tmp_path / "out"
        ok = subprocess.run(
            [*CLI, "batch", str(inputs), "--out", str(out), "--scheduler", address, *tls],
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert ok.returncode == 0, ok.stderr
        assert "2 reported, 0 failed" in ok.stderr and "warning" not in ok.stderr
        reports = [json.loads(p.read_text()) for p in out.glob("*.json")]
        assert sorted(r["document"]["name"] for r in reports) == [
            "mutual-nda.txt",
            "saas-support.txt",
        ]
        # Without the certificates the scheduler does not talk: one line, exit code 2.
        refused = subprocess.run(
            [*CLI, "batch", str(inputs), "--out", str(tmp_path / "out2"), "--scheduler", address],
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert refused.returncode == 2
        lines = refused.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("clausecheck: error: cannot reach")
        assert Errors.E703.split("{")[0] in lines[0]
    finally:
        for process in (worker, scheduler):
            process.terminate()
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()


def test_cli_prints_the_cleartext_warning(tmp_path):
    result = subprocess.run(
        [*CLI, "batch", str(tmp_path / "none"), "--out", str(tmp_path / "o"), "--scheduler",
         "tcp://192.0.2.1:8786"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )  # fmt: skip
    assert result.stderr.startswith("clausecheck: warning: tcp://192.0.2.1:8786 sends")
    assert result.returncode == 2
