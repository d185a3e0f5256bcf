"""The review page: ``clausecheck page`` serves this file with ``streamlit run``, and so does
``app.py`` at the root of a checkout. Thin: it only arranges parts from clausecheck.ui."""

import streamlit as st

from clausecheck import ui


def main() -> None:
    ui.start_page()
    playbook = ui.playbook_picker()
    engine = ui.engine_picker()
    reports = ui.analyse_uploads(ui.upload_area(), engine)
    if playbook is None:
        st.stop()
    reports = ui.reviewed_reports(reports, playbook)
    if reports:
        one, several = st.tabs(["One agreement", "Compare agreements"], key="view")
        with one:
            ui.agreement_view(reports)
        with several:
            ui.comparison_view(reports)


if __name__ == "__main__":  # streamlit runs this file as __main__
    main()
