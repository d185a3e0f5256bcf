"""The review page. Thin: it only arranges parts from clausecheck.ui."""

import streamlit as st

from clausecheck import ui

ui.start_page()
playbook = ui.playbook_picker()
ui.review_settings()
ui.saved_reviews_list()
ui.pending_notice()
reports = ui.analyse_uploads(ui.upload_area())
if playbook is None:
    st.stop()
reports = ui.reviewed_reports(reports, playbook)
if reports:
    one, several = st.tabs(["One agreement", "Compare agreements"], key="view")
    with one:
        ui.agreement_view(reports, playbook)
    with several:
        ui.comparison_view(reports)
