"""Parsing runs in a child process: limits stop it with a documented error, the caller lives on."""

from __future__ import annotations

import os
import time

import pytest

from clausecheck.errors import InputError
from clausecheck.ingest import Limits, read_document
from clausecheck.ingest.isolation import run_isolated


def _code(source, limits: Limits) -> str:
    with pytest.raises(InputError) as info:
        read_document(source, limits=limits)
    return info.value.code


def test_isolated_and_in_process_reading_agree(rendered):
    path = rendered["call-centre-services"]["pdf"]
    isolated = read_document(path)
    in_process = read_document(path, limits=Limits(isolate=False))
    assert isolated == in_process
    assert isolated.pages and isolated.pages > 1


def test_time_limit_stops_a_slow_parse_with_e010(rendered):
    assert _code(rendered["call-centre-services"]["pdf"], Limits(seconds=0.02)) == "E010"


def test_memory_limit_stops_a_greedy_parse_with_e011():
    # Free memory the parent's heap already holds is reused without growing, so the work must
    # need clearly more than the limit: 256 MiB against 16.
    with pytest.raises(InputError) as info:
        run_isolated(lambda progress: {"size": len(bytearray(256 << 20))}, Limits(memory_mb=16))
    assert info.value.code == "E011"
    assert run_isolated(lambda progress: {"size": 1024}, Limits(memory_mb=16)) == {"size": 1024}
    text = b"The Supplier shall answer calls.\n\n" * 100
    assert read_document(text, limits=Limits(memory_mb=16)).format == "text"


def test_page_limit_refuses_long_documents_with_e012(rendered):
    path = rendered["call-centre-services"]["pdf"]
    with pytest.raises(InputError) as info:
        read_document(path, limits=Limits(max_pages=1))
    assert info.value.code == "E012"
    assert "more than the limit of 1" in str(info.value)


def test_children_are_reaped(rendered):
    path = rendered["mutual-nda"]["pdf"]
    for limits in (Limits(), Limits(seconds=0.02)):
        try:
            read_document(path, limits=limits)
        except InputError:
            pass
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)


def test_errors_from_the_child_keep_their_code():
    assert _code(b"%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage", Limits()) == "E004"


def test_time_limit_counts_processor_time_not_waiting(tmp_path, monkeypatch):
    from reportlab.pdfgen import canvas

    from clausecheck.ingest import isolation

    path = tmp_path / "long.pdf"
    pdf = canvas.Canvas(str(path))
    for page in range(60):
        for line in range(50):
            pdf.drawString(72, 760 - 14 * line, f"{page}.{line} The Supplier shall answer calls.")
        pdf.showPage()
    pdf.save()
    # With the wall-clock backstop far away, only the processor-time limit can stop the child.
    monkeypatch.setattr(isolation, "WALL_CLOCK_FACTOR", 1000.0)
    assert _code(path, Limits(seconds=1)) == "E010"


def _busy(seconds: float) -> None:
    end = time.process_time() + seconds
    while time.process_time() < end:
        pass


def test_a_child_that_sleeps_is_stopped_past_the_wall_clock_backstop():
    started = time.monotonic()
    with pytest.raises(InputError) as info:
        run_isolated(lambda progress: time.sleep(600), Limits(seconds=0.5))
    assert info.value.code == "E010"
    assert time.monotonic() - started < 60


def test_a_child_still_working_on_a_busy_machine_is_waited_for():
    """A slow honest contract on a loaded machine gets a small share of a core: its wall time
    passes the backstop long before its processor time reaches the limit."""

    def starved(progress) -> dict:
        for _ in range(12):  # 1.8 s of processor time in about 12 s of wall time
            _busy(0.15)
            time.sleep(0.85)
        return {"done": True}

    assert run_isolated(starved, Limits(seconds=2)) == {"done": True}
