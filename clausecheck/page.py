"""``clausecheck page``: serve the review page from the installed package with Streamlit.

The page's Streamlit settings live in ``.streamlit/config.toml`` at the root of a checkout; a
wheel carries a copy inside the package (``ui/streamlit-config.toml``), since an installed page
has no ``.streamlit`` folder beside it. They are passed to ``streamlit run`` as flags.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

from clausecheck.classify import MODEL_DIR_ENV, load_model

PACKAGE = Path(__file__).resolve().parent
APP_SCRIPT = PACKAGE / "ui" / "app.py"
CHECKOUT_CONFIG = PACKAGE.parent / ".streamlit" / "config.toml"
PACKAGE_CONFIG = PACKAGE / "ui" / "streamlit-config.toml"
ENGINE_ENV = "CLAUSECHECK_ENGINE"
"""Tells the page which engine its picker starts on (``ui.engine`` reads it)."""


def streamlit_config() -> Path:
    """The page's Streamlit settings: the checkout's, else the copy in the package."""
    return CHECKOUT_CONFIG if CHECKOUT_CONFIG.exists() else PACKAGE_CONFIG


def streamlit_flags(config: Path) -> list[str]:
    """Settings of a Streamlit config file as ``streamlit run`` flags (``--server.port 8501``)."""
    flags = []
    for section, options in tomllib.loads(config.read_text(encoding="utf-8")).items():
        for name, value in options.items():
            text = str(value).lower() if isinstance(value, bool) else str(value)
            flags += [f"--{section}.{name}", text]
    return flags


def page_command(port: int, address: str) -> list[str]:
    """The ``streamlit run`` command that serves the page."""
    return [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(APP_SCRIPT),
        *streamlit_flags(streamlit_config()),
        "--server.port",
        str(port),
        "--server.address",
        address,
    ]


def run_page(port: int, address: str, model_dir: str | None, engine: str) -> int:
    """Serve the page until interrupted; returns Streamlit's exit code."""
    env = {**os.environ, ENGINE_ENV: engine}
    if model_dir:
        load_model(model_dir)  # a missing or tampered model is refused here, with its error
        env[MODEL_DIR_ENV] = str(Path(model_dir).resolve())
    print(f"clausecheck: serving the review page on http://{address}:{port}", file=sys.stderr)
    return subprocess.call(page_command(port, address), env=env)
