"""The wheel: built from this checkout, installed into a fresh virtual environment, it analyses a
sample from anywhere on the machine, with the model it carries or one named by --model-dir, and
serves the review page from the installed package.

The fresh environment holds only the wheel: its dependencies (spaCy, numpy, ...) are the ones
this checkout's environment already has, made visible by a path file rather than downloaded
again, so the test needs no network. Nothing of the checkout is visible to it: it runs in a
folder of its own, and the checkout's editable install is not active there.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.request
import zipfile
from pathlib import Path

import pytest

from clausecheck.analysis import analyze
from clausecheck.classify import DEFAULT_MODEL_DIR, METADATA_FILE, MODEL_FILE
from clausecheck.terms.provision_model import PROVISION_MODEL_FILES

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    "pyproject.toml",
    "setup.py",
    "MANIFEST.in",
    "README.md",
    "clausecheck",
    "models",
    ".streamlit",
]
"""What a clone holds that building the wheel reads."""
PAGE_START_S = 90


def _build_wheel(target: Path) -> Path:
    source = target / "source"
    source.mkdir()
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, source / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(path, source / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation"]
        + ["--quiet", "--wheel-dir", str(target / "dist")],
        check=True,
        capture_output=True,
        cwd=source,
    )
    (wheel,) = (target / "dist").glob("clausecheck-*.whl")
    return wheel


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> dict[str, Path]:
    """A fresh virtual environment with the wheel installed: its python and clausecheck."""
    target = tmp_path_factory.mktemp("package")
    wheel = _build_wheel(target)
    venv = target / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        check=True,
        capture_output=True,
    )
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    # The dependencies, from this environment: a path entry, not a site directory, so the
    # checkout's editable install (a .pth file there) stays inactive.
    (Path(site) / "zz_dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    elsewhere = target / "elsewhere"
    elsewhere.mkdir()
    return {
        "wheel": wheel,
        "python": python,
        "clausecheck": venv / "bin" / "clausecheck",
        "site": Path(site),
        "cwd": elsewhere,
    }


def _run(installed, *args: str, **kwargs) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAUSECHECK_")}
    return subprocess.run(
        [str(installed["clausecheck"]), *args],
        capture_output=True,
        text=True,
        cwd=installed["cwd"],
        env=env,
        timeout=600,
        **kwargs,
    )


pytestmark = pytest.mark.slow


def wheel_bytes(wheel: Path, name: str) -> bytes:
    with zipfile.ZipFile(wheel) as archive:
        return archive.read(name)


def test_the_wheel_carries_the_model_and_the_page_settings(installed):
    with zipfile.ZipFile(installed["wheel"]) as wheel:
        names = set(wheel.namelist())
        model = wheel.read(f"clausecheck/model/{MODEL_FILE}")
        settings = wheel.read("clausecheck/ui/streamlit-config.toml")
    assert f"clausecheck/model/{METADATA_FILE}" in names and "clausecheck/ui/app.py" in names
    assert model == (DEFAULT_MODEL_DIR / MODEL_FILE).read_bytes()
    for name in PROVISION_MODEL_FILES:  # the provision classifier ships beside it
        assert (
            wheel_bytes(installed["wheel"], f"clausecheck/model/{name}")
            == (DEFAULT_MODEL_DIR / name).read_bytes()
        )
    assert settings == (ROOT / ".streamlit" / "config.toml").read_bytes()
    assert not any(name.startswith(("corpus/", "tests/", "models/")) for name in names)


def test_the_installed_tool_analyses_a_sample_from_anywhere(installed, rendered, model):
    path = rendered["call-centre-services"]["pdf"]
    result = _run(installed, "analyze", str(path), "--format", "json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    expected = analyze(path, model=model).to_dict()
    assert report["model"] == expected["model"]
    assert report["findings"] == expected["findings"]
    assert report["key_terms"] == expected["key_terms"]
    where = subprocess.run(
        [str(installed["python"]), "-c", "import clausecheck; print(clausecheck.__file__)"],
        capture_output=True,
        text=True,
        cwd=installed["cwd"],
        check=True,
    ).stdout
    assert Path(where.strip()).is_relative_to(installed["site"])


def test_a_model_is_chosen_with_model_dir(installed, rendered, tmp_path):
    own = tmp_path / "own-model"
    shutil.copytree(DEFAULT_MODEL_DIR, own)
    text = rendered["mutual-nda"]["txt"]
    result = _run(installed, "analyze", str(text), "--format", "json", "--model-dir", str(own))
    assert result.returncode == 0, result.stderr
    sha = hashlib.sha256((own / MODEL_FILE).read_bytes()).hexdigest()
    assert json.loads(result.stdout)["model"]["sha256"] == sha
    (own / MODEL_FILE).write_bytes(b"not a model")
    result = _run(installed, "analyze", str(text), "--model-dir", str(own))
    assert result.returncode == 2 and "does not match its recorded sha256" in result.stderr
    result = _run(installed, "analyze", str(text), "--model-dir", str(tmp_path / "nowhere"))
    assert result.returncode == 2 and "no trained model" in result.stderr


def test_training_without_a_corpus_says_what_to_give(installed):
    result = _run(installed, "train")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "clausecheck: error: training needs a corpus: this clausecheck is installed, not a "
        "checkout of the repository; give --corpus DIR (clauses/*.jsonl inside) and "
        "--model-dir DIR"
    ]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_page_serves_the_review_page_from_the_package(installed):
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("CLAUSECHECK_")}
    server = subprocess.Popen(
        [str(installed["clausecheck"]), "page", "--port", str(port), "--engine", "pdfium"],
        cwd=installed["cwd"],
        env={**env, "STREAMLIT_SERVER_HEADLESS": "true"},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + PAGE_START_S
        while True:
            try:
                with urllib.request.urlopen(f"http://localhost:{port}/_stcore/health") as answer:
                    assert answer.read() == b"ok"
                    break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise AssertionError("the page did not start") from None
                time.sleep(0.5)
        with urllib.request.urlopen(f"http://localhost:{port}/") as page:
            assert page.status == 200 and b"<html" in page.read().lower()
        command = subprocess.run(
            [
                str(installed["python"]),
                "-c",
                "import json; from clausecheck.page import page_command; "
                "print(json.dumps(page_command(1, 'localhost')))",
            ],
            capture_output=True,
            text=True,
            cwd=installed["cwd"],
            check=True,
        )
        arguments = json.loads(command.stdout)
        assert Path(arguments[4]).is_relative_to(installed["site"])  # the installed app.py
        assert arguments[arguments.index("--server.maxUploadSize") + 1] == "50"
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)
