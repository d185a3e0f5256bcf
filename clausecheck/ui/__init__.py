"""Page parts for the Streamlit app; each calls the same clausecheck API as the command line."""

from clausecheck.ui.agreement import agreement_view
from clausecheck.ui.comparison import comparison_view
from clausecheck.ui.engine import engine_picker
from clausecheck.ui.page import start_page
from clausecheck.ui.playbook import playbook_picker
from clausecheck.ui.saved import pending_notice, review_settings, saved_reviews_list
from clausecheck.ui.uploads import (
    analyse_uploads,
    keep_uploads_in_memory,
    reviewed_reports,
    upload_area,
)

keep_uploads_in_memory()  # in the server process, before any session shows an uploader

__all__ = [
    "agreement_view",
    "analyse_uploads",
    "comparison_view",
    "engine_picker",
    "keep_uploads_in_memory",
    "pending_notice",
    "playbook_picker",
    "review_settings",
    "reviewed_reports",
    "saved_reviews_list",
    "start_page",
    "upload_area",
]
