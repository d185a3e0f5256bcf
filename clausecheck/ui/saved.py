"""Saved reviews on the page: where they are kept, what is kept, saving each decision at once,
bringing a review back when its agreement is uploaded again or reopened after a reload."""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from clausecheck.decisions import NAME_LIMIT, Review, clean_text, new_review
from clausecheck.errors import ClausecheckError
from clausecheck.escaping import display_name, markdown_text
from clausecheck.playbooks import Playbook
from clausecheck.store import (
    DB_ENV,
    ReviewStore,
    database_url,
    default_database_path,
    keep_text_default,
    open_store,
)
from clausecheck.types import Report
from clausecheck.ui.state import ANALYSED, NOTICES, OPENED, PENDING, REVIEWS

DB_FIELD = "db_url"
KEEP_TEXT = "keep_text"
REVIEWER = "reviewer"
STORE = "store"
"""Session key of the open store: (the URL typed, the ReviewStore)."""
SAVED_SHOWN = 12
"""Saved reviews listed in the sidebar, most recent first."""
STORED_TEXT = (
    "Saved with each review: the file's name and sha256, the playbook, your name, decisions, "
    "notes, added issues and label corrections. The agreement's text only if you keep it; the "
    "file itself never."
)


def review_settings() -> None:
    """The sidebar's settings for saved reviews and the reviewer's name."""
    sidebar = st.sidebar
    sidebar.subheader("Saved reviews", anchor=False)
    if DB_FIELD not in st.session_state:
        st.session_state[DB_FIELD] = os.environ.get(DB_ENV, "")
    if KEEP_TEXT not in st.session_state:
        st.session_state[KEEP_TEXT] = keep_text_default()
    sidebar.text_input(
        "Your name",
        key=REVIEWER,
        max_chars=NAME_LIMIT,
        help="Shown beside your decisions and on the reports.",
    )
    sidebar.text_input(
        "Review database",
        key=DB_FIELD,
        placeholder=str(default_database_path()),
        help="A SQLite file path or sqlite:///FILE, or postgresql://USER@HOST/DB. Empty: the "
        f"file shown, or ${DB_ENV} when set.",
    )
    sidebar.toggle(
        "Keep the agreement's text with the review",
        key=KEEP_TEXT,
        help="On: a saved review can be reopened after a reload without the file. Off (the "
        "default): upload the agreement again to see its review.",
    )
    sidebar.caption(STORED_TEXT)


def reviewer_name() -> str | None:
    """The name typed in the sidebar, cleaned, or None."""
    try:
        return clean_text(st.session_state.get(REVIEWER), "reviewer name", NAME_LIMIT)
    except ClausecheckError:
        return None


def _typed_url() -> str | None:
    return (st.session_state.get(DB_FIELD) or "").strip() or None


def database_exists() -> bool:
    """Whether there can be saved reviews to read: a SQLite file that exists, or a server.
    Looking must not create the file: an upload alone writes nothing to disk."""
    try:
        url = database_url(_typed_url())
    except ClausecheckError:
        return True  # opening it says what is wrong
    if url.get_backend_name() != "sqlite":
        return True
    return bool(url.database) and Path(url.database).is_file()


def current_store(show_error: bool = True) -> ReviewStore | None:
    """The review database, opened once per session and URL; None (with the reason shown)
    when it cannot be opened."""
    typed = _typed_url()
    opened = st.session_state.get(STORE)
    if opened is not None and opened[0] == typed:
        return opened[1]
    if opened is not None:
        opened[1].close()
        del st.session_state[STORE]
    try:
        store = open_store(typed)
    except ClausecheckError as exc:
        if show_error:
            st.sidebar.error(markdown_text(str(exc)))
        return None
    st.session_state[STORE] = (typed, store)
    return store


def review_for(report: Report, playbook: Playbook) -> Review:
    """This agreement's review: the one being made, else the saved one, else a new one."""
    sha256 = report.document.sha256
    reviews = st.session_state[REVIEWS]
    if sha256 in reviews:
        return reviews[sha256]
    saved = None
    if database_exists():
        store = current_store()
        if store is not None:
            saved = store.load(sha256)
    st.session_state[PENDING].pop(sha256, None)
    if saved is not None:
        count = len(saved.decisions) + len(saved.added) + len(saved.corrections)
        when = saved.updated_at.strftime("%d %b %Y %H:%M UTC") if saved.updated_at else "earlier"
        st.session_state[NOTICES][sha256] = (
            f"Your saved review of this agreement is back ({count} decisions and corrections, "
            f"last changed {when})."
        )
        reviews[sha256] = saved
        return saved
    review = new_review(report, playbook, reviewer_name())
    reviews[sha256] = review
    return review


def save_review(sha256: str, playbook: Playbook) -> bool:
    """Save this agreement's review now (after every decision); False, with the reason shown,
    when the database cannot take it."""
    review = st.session_state[REVIEWS].get(sha256)
    if review is None:
        return False
    review.playbook = playbook
    name = reviewer_name()
    if name:
        review.reviewer = name
    report = st.session_state[OPENED].get(sha256) or st.session_state[ANALYSED].get(sha256)
    keep = bool(st.session_state.get(KEEP_TEXT)) and isinstance(report, Report)
    store = current_store()
    if store is None:
        return False
    try:
        store.save(review, report=report if keep else None, keep_text=keep)
    except ClausecheckError as exc:
        st.toast(markdown_text(f"The review could not be saved: {exc}"))
        return False
    return True


def saved_reviews_list() -> None:
    """The saved reviews in the sidebar, each with a button to reopen it."""
    if not database_exists():
        st.sidebar.caption("No saved reviews yet.")
        return
    store = current_store()
    if store is None:
        return
    try:
        summaries = store.summaries()[:SAVED_SHOWN]
    except Exception:  # a database gone away: say so, the page still works
        st.sidebar.warning("The review database cannot be read just now.")
        return
    if not summaries:
        st.sidebar.caption("No saved reviews yet.")
        return
    for summary in summaries:
        decided = summary.decisions + summary.added + summary.corrections
        when = summary.updated_at.strftime("%d %b %Y %H:%M")
        kept = "text kept" if summary.keeps_text else "needs the file"
        st.sidebar.markdown(
            f"**{markdown_text(display_name(summary.name))}**  \n"
            f"{decided} decisions · {when} UTC · {kept}"
        )
        st.sidebar.button(
            "Reopen this review",
            key=f"open-{summary.sha256[:12]}",
            on_click=open_saved,
            args=(summary.sha256, summary.name),
        )


def open_saved(sha256: str, name: str) -> None:
    """Reopen a saved review (a button callback): with its report where the text was kept,
    else a notice to upload the agreement again."""
    store = current_store()
    if store is None:
        return
    review = store.load(sha256)
    report = store.load_report(sha256)
    if review is None:
        return
    if report is not None:
        st.session_state[REVIEWS][sha256] = review
        st.session_state[OPENED][sha256] = report
        st.session_state["agreement"] = sha256
        st.session_state[NOTICES][sha256] = (
            "Reopened from the review database, with the agreement's text you chose to keep."
        )
    else:
        st.session_state[PENDING][sha256] = name


def opened_reports() -> list[Report]:
    """Reports reopened from the database this session."""
    return list(st.session_state[OPENED].values())


def pending_notice() -> None:
    """The notice of each saved review that waits for its agreement to be uploaded again."""
    for name in st.session_state[PENDING].values():
        st.info(
            markdown_text(
                f"To reopen the review of {display_name(name)}, upload the agreement again: "
                "its text was not kept, and your decisions come back as soon as it is read."
            )
        )
