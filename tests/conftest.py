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


POSTGRES_ENV = "CLAUSECHECK_TEST_POSTGRES"
"""A PostgreSQL URL for the saved-review tests (.ci/run sets it after starting a server)."""


@pytest.fixture(scope="session")
def postgres_server():
    """A PostgreSQL URL: ``CLAUSECHECK_TEST_POSTGRES``, else a throw-away cluster started here
    with the installed server's binaries (skips only when there are none, or they cannot run)."""
    import os

    from postgres_cluster import throwaway_cluster

    url = os.environ.get(POSTGRES_ENV)
    if url:
        yield url
        return
    with throwaway_cluster() as started:
        yield started


@pytest.fixture
def postgres_url(postgres_server):
    """A fresh, empty database on the PostgreSQL server, dropped after the test."""
    from postgres_cluster import fresh_database

    with fresh_database(postgres_server) as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """An empty review database: a SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'reviews.sqlite3'}"
    return request.getfixturevalue("postgres_url")
