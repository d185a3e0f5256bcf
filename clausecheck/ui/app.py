"""The review page, arranged from the parts in clausecheck.ui. ``app.py`` at the top of the
repository runs it, and ``clausecheck page`` serves it from an installed package."""

import streamlit as st

from clausecheck import ui


def main() -> None:
    ui.start_page()
    playbook = ui.playbook_picker()
    engine = ui.engine_picker()
    ui.review_settings()
    ui.saved_reviews_list()
    ui.pending_notice()
    reports = ui.analyse_uploads(ui.upload_area(), engine)
    if playbook is None:
        st.stop()
    reports = ui.reviewed_reports(reports, playbook)
    if reports:
        one, several = st.tabs(["One agreement", "Compare agreements"], key="view")
        with one:
            ui.agreement_view(reports, playbook)
        with several:
            ui.comparison_view(reports)


if __name__ == "__main__":  # streamlit runs this file as __main__
    main()
