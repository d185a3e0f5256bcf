"""The playbook picker: a shipped playbook by name, or the reviewer's own YAML/TOML file."""

from __future__ import annotations

import streamlit as st

from clausecheck.errors import PlaybookError
from clausecheck.escaping import markdown_text
from clausecheck.playbooks import DEFAULT_PLAYBOOK, Playbook, load_playbook, parse_playbook
from clausecheck.playbooks import shipped_playbooks as shipped

OWN_PLAYBOOK = "Your own playbook…"
"""The picker's last option: upload a YAML or TOML playbook."""
PLAYBOOK_TYPES = ["yaml", "yml", "toml"]


def playbook_picker() -> Playbook | None:
    """The chosen playbook, or None (with the reason shown) while an own playbook is not usable."""
    names = shipped()
    choice = st.sidebar.selectbox(
        "Playbook",
        [*names, OWN_PLAYBOOK],
        index=names.index(DEFAULT_PLAYBOOK),
        key="playbook",
        help="Which categories the agreement must have, and the positions you prefer.",
    )
    if choice != OWN_PLAYBOOK:
        playbook = load_playbook(choice)
        st.sidebar.caption(playbook.description)
        return playbook
    upload = st.sidebar.file_uploader(
        "Playbook file (YAML or TOML)", type=PLAYBOOK_TYPES, key="playbook_file"
    )
    if upload is None:
        st.sidebar.info("Upload a playbook file; docs/playbooks.md describes the format.")
        return None
    try:
        playbook = parse_playbook(upload.getvalue(), upload.name)
    except PlaybookError as exc:
        st.sidebar.error(markdown_text(str(exc)))
        return None
    chosen = markdown_text(f"'{playbook.name}': {', '.join(playbook.require)}")
    st.sidebar.success(f"Using your playbook {chosen}.")
    return playbook
