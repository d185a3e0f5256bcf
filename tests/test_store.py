"""Saved reviews in real databases: SQLite files and a real PostgreSQL server (``db_url``)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from clausecheck.analysis import analyze
from clausecheck.decisions import (
    Review,
    add_issue,
    apply_review,
    decide,
    new_review,
    set_correction,
)
from clausecheck.errors import StoreError
from clausecheck.playbooks import load_playbook
from clausecheck.store import (
    DB_ENV,
    ReviewStore,
    database_url,
    default_database_path,
    open_store,
)
from clausecheck.store.migrate import current_revision, downgrade, head_revision, upgrade
from clausecheck.store.models import Base

TABLES = {"reviews", "decisions", "added_issues", "corrections"}
HOSTILE = (
    "<script>alert('x')</script> \"quoted\" ' OR 1=1; DROP TABLE reviews; -- ‮gnp.exe 🧾 \x00end"
)
"""Markup, quotes, SQL, a right-to-left override, an emoji and a NUL, in one value."""


@pytest.fixture(scope="module")
def playbook():
    return load_playbook("call-centre")


@pytest.fixture(scope="module")
def report(rendered, model, playbook):
    return analyze(rendered["contact-centre-vague"]["docx"], playbook=playbook, model=model)


@pytest.fixture(scope="module")
def decided(report, playbook) -> Review:
    """A review with one decision of each kind, an added issue, a correction and notes."""
    plain = apply_review(report, None, playbook)
    issues = [i for f in plain.findings for i in f.issues]
    review = new_review(report, playbook, reviewer="Ada Reviewer")
    review.note = "Send back to the vendor."
    decide(review, issues[0], "dismiss", reason="The schedule covers it.")
    decide(review, issues[1], "accept", note="Ask for a number.")
    decide(review, issues[2], "note", note="Discuss on Tuesday.")
    add_issue(
        review,
        category="pricing",
        text="No cap on expenses.",
        severity="high",
        clause_id=report.clauses[3].id,
    )
    set_correction(review, report.clauses[5].id, ["termination"])
    return review


def _engine(url: str):
    return create_engine(url)


def _rows(url: str) -> list[str]:
    """Every value of every row of every table, as text."""
    engine = _engine(url)
    values = []
    with engine.connect() as connection:
        for table in TABLES:
            for row in connection.execute(text(f"SELECT * FROM {table}")):
                values += [str(v) for v in row if v is not None]
    engine.dispose()
    return values


def test_a_fresh_database_is_created_at_head_and_matches_the_models(db_url):
    with open_store(db_url):
        pass
    engine = _engine(db_url)
    assert current_revision(engine) == head_revision()
    assert TABLES <= set(inspect(engine).get_table_names())
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_migrations_go_down_to_nothing_and_up_again(db_url, decided):
    with open_store(db_url) as store:
        store.save(decided)
    engine = _engine(db_url)
    downgrade(engine, "base")
    assert not TABLES & set(inspect(engine).get_table_names())
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()
    with open_store(db_url) as store:
        assert store.load(decided.document_sha256) is None
        store.save(decided)
        assert (
            store.load(decided.document_sha256).to_dict()["decisions"]
            == decided.to_dict()["decisions"]
        )


def test_a_database_from_a_newer_clausecheck_is_refused_untouched(db_url):
    with open_store(db_url):
        pass
    engine = _engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(StoreError) as caught:
        open_store(db_url)
    assert caught.value.code == "E814"
    assert current_revision(engine) == "9999"
    engine.dispose()


def test_a_review_saved_is_the_review_loaded_from_a_new_connection(db_url, decided):
    with open_store(db_url) as store:
        saved = store.save(decided)
        assert saved.created_at is not None and saved.updated_at is not None
    with open_store(db_url) as store:
        loaded = store.load(decided.document_sha256)
    assert loaded.to_dict() == decided.to_dict()
    assert loaded.playbook == decided.playbook
    assert loaded.created_at.tzinfo is not None


def test_saving_again_replaces_decisions_and_keeps_the_creation_time(
    db_url, report, decided, playbook
):
    with open_store(db_url) as store:
        first = Review.from_dict(store.save(Review.from_dict(decided.to_dict())).to_dict())
        changed = Review.from_dict(first.to_dict())
        issue_id = next(iter(changed.decisions))
        # The same issue decided again the other way, in the same save as the old row's removal.
        decide(changed, issue_id, "accept")
        changed.added.clear()
        set_correction(changed, report.clauses[5].id, None)
        store.save(changed)
        loaded = store.load(decided.document_sha256)
        assert loaded.decisions[issue_id].action == "accept"
        assert loaded.added == [] and loaded.corrections == {}
        assert loaded.created_at == first.created_at
        assert loaded.updated_at >= first.updated_at
        assert len(store.summaries()) == 1


def test_deleting_a_review_deletes_its_rows(db_url, decided):
    with open_store(db_url) as store:
        store.save(decided)
        assert store.delete(decided.document_sha256)
        assert store.load(decided.document_sha256) is None
        assert not store.delete(decided.document_sha256)
    assert _rows(db_url) == []


def test_hostile_values_come_back_as_typed_without_the_nul(db_url, report, playbook):
    review = new_review(report, playbook, reviewer=HOSTILE[:150])
    review.document_name = HOSTILE.replace("\x00", "")
    review.note = HOSTILE
    decide(review, "0123456789ab", "dismiss", reason=HOSTILE, note=HOSTILE)
    add_issue(review, text=HOSTILE, suggestion=HOSTILE)
    with open_store(db_url) as store:
        store.save(review)
        loaded = store.load(report.document.sha256)
    expected = HOSTILE.replace("\x00", "")
    assert loaded.note == expected
    assert loaded.decisions["0123456789ab"].reason == expected
    assert loaded.added[0].text == expected and loaded.added[0].suggestion == expected
    assert loaded.document_name == expected
    assert TABLES <= set(inspect(_engine(db_url)).get_table_names())


def test_the_agreement_text_is_kept_only_when_asked(db_url, report, decided, tmp_path):
    snippets = [" ".join(c.text.split())[:40] for c in report.clauses if len(c.text) > 60][:20]
    assert snippets
    with open_store(db_url) as store:
        store.save(decided)
        stored = " ".join(_rows(db_url))
        assert not [s for s in snippets if s in stored]
        assert store.load_report(decided.document_sha256) is None

        store.save(decided, report=report, keep_text=True)
        assert store.load_report(decided.document_sha256).to_dict() == report.to_dict()
        assert store.summaries()[0].keeps_text

        store.save(decided)  # the user turned it off again: the text goes
        assert store.load_report(decided.document_sha256) is None
        stored = " ".join(_rows(db_url))
        assert not [s for s in snippets if s in stored]
    if db_url.startswith("sqlite"):
        # Not in the file's free pages either.
        raw = (tmp_path / "reviews.sqlite3").read_bytes()
        assert not [s for s in snippets if s.encode() in raw]


def test_summaries_count_what_each_review_holds_newest_first(db_url, report, decided):
    older = new_review(report)
    older.document_sha256 = "f" * 64
    with open_store(db_url) as store:
        store.save(older)
        store.save(decided)
        summaries = store.summaries()
    assert [s.sha256 for s in summaries] == [decided.document_sha256, "f" * 64]
    first = summaries[0]
    assert (first.decisions, first.dismissed, first.added, first.corrections) == (3, 1, 1, 1)
    assert first.reviewer == "Ada Reviewer" and first.playbook == "call-centre"


def test_a_review_is_found_by_the_start_of_its_sha256(db_url, report):
    with open_store(db_url) as store:
        for sha256 in ("abcdef" + "0" * 58, "abcdef" + "1" * 58):
            review = new_review(report)
            review.document_sha256 = sha256
            store.save(review)
        assert store.resolve("ABCDEF0") == "abcdef" + "0" * 58
        for ref, code in [
            ("abcdef", "E816"),
            ("abc", "E818"),
            ("zzzzzzzz", "E818"),
            ("123456", "E815"),
        ]:
            with pytest.raises(StoreError) as caught:
                store.resolve(ref)
            assert caught.value.code == code, ref


def test_an_unreachable_server_is_one_line_without_the_password():
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://reviewer:s3cret-pw@127.0.0.1:1/reviews")
    message = str(caught.value)
    assert caught.value.code == "E811"
    assert "s3cret-pw" not in message and "\n" not in message
    assert "127.0.0.1" in message


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("mysql://user@host/db", "E813"),
        ("oracle+cx://h/d", "E813"),
        ("postgresql://[::1:5432/x", "E812"),
    ],
)
def test_other_databases_and_bad_urls_are_refused(url, code):
    with pytest.raises(StoreError) as caught:
        database_url(url)
    assert caught.value.code == code


def test_the_default_database_lives_in_the_users_data_folder(monkeypatch, tmp_path):
    monkeypatch.delenv(DB_ENV, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_database_path() == tmp_path / "data" / "clausecheck" / "reviews.sqlite3"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")  # XDG: relative paths are invalid
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_database_path() == tmp_path / "home" / ".local/share/clausecheck/reviews.sqlite3"
    with open_store() as store:
        assert store.url.database == str(default_database_path())
    path = default_database_path()
    assert path.stat().st_mode & 0o077 == 0 and path.parent.stat().st_mode & 0o077 == 0
    monkeypatch.setenv(DB_ENV, str(tmp_path / "elsewhere.sqlite3"))
    with open_store() as store:
        assert store.url.database == str(tmp_path / "elsewhere.sqlite3")
    assert database_url("postgresql://u@h/d").drivername == "postgresql+psycopg"


def test_timestamps_are_utc_and_ordered(db_url, decided):
    before = datetime.now(UTC) - timedelta(seconds=1)
    with open_store(db_url) as store:
        store.save(decided)
        loaded = store.load(decided.document_sha256)
    assert before <= loaded.updated_at <= datetime.now(UTC) + timedelta(seconds=1)
    assert all(d.decided_at.utcoffset() == timedelta(0) for d in loaded.decisions.values())


def test_the_store_opens_a_review_by_its_documents_bytes(
    db_url, rendered, report, decided, playbook
):
    """Re-opening the same agreement (same bytes, any name) brings its review back."""
    with open_store(db_url) as store:
        store.save(decided)
    data = rendered["contact-centre-vague"]["docx"].read_bytes()
    again = analyze(data, name="a copy.docx", playbook=playbook)
    with ReviewStore.open(db_url) as store:
        review = store.load(again.document.sha256)
    reviewed = apply_review(again, review, playbook)
    outcomes = sorted(i.decision.outcome for f in reviewed.findings for i in f.issues if i.decision)
    assert outcomes == ["accepted", "added", "dismissed", "noted"]
    assert json.loads(json.dumps(reviewed.to_dict()))["review"]["reviewer"] == "Ada Reviewer"
