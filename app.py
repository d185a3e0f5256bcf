"""The review page (``streamlit run app.py``); the page itself is ``clausecheck/ui/app.py``,
which ``clausecheck page`` serves from an installed package."""

from clausecheck.ui.app import main

main()
