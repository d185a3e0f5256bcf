"""Shared fixtures: sample agreements rendered to real PDF and DOCX, the CUAD folder, the model."""

from __future__ import annotations

from pathlib import Path

import pytest

from clausecheck.samples import SAMPLES_DIR, render_samples, sample_paths

REPO_ROOT = Path(__file__).resolve().parent.parent
CUAD_DIR = REPO_ROOT.parent / "shared" / "cuad"


@pytest.fixture(scope="session")
def rendered(tmp_path_factory) -> dict[str, dict[str, Path]]:
    """{stem: {'txt': path, 'pdf': path, 'docx': path}} for every sample agreement."""
    out = tmp_path_factory.mktemp("samples")
    render_samples(out)
    return {
        p.stem: {"txt": p, "pdf": out / f"{p.stem}.pdf", "docx": out / f"{p.stem}.docx"}
        for p in sample_paths()
    }


@pytest.fixture(scope="session")
def cuad_dir() -> Path:
    if not (CUAD_DIR / "txt").is_dir():
        pytest.skip("../shared/cuad is not beside this checkout")
    return CUAD_DIR


@pytest.fixture(scope="session")
def model():
    from clausecheck.classify import load_model

    return load_model()


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES_DIR
