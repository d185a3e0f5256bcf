"""Build hook: the wheel carries what an installed clausecheck needs at run time and a checkout
keeps outside the package, copied into the package as it is built.

- ``models/clausecheck-model.npz`` and ``.json`` (the clause classifier) and
  ``models/clausecheck-provisions.npz`` and ``.json`` (the provision classifier) -> ``clausecheck/model/``;
- ``.streamlit/config.toml`` (the review page's settings) -> ``clausecheck/ui/streamlit-config.toml``.

An editable install (``make setup``) copies nothing: it reads them where they are.
Everything else is in pyproject.toml.
"""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RUNTIME_FILES = {
    "models/clausecheck-model.npz": "clausecheck/model/clausecheck-model.npz",
    "models/clausecheck-model.json": "clausecheck/model/clausecheck-model.json",
    "models/clausecheck-provisions.npz": "clausecheck/model/clausecheck-provisions.npz",
    "models/clausecheck-provisions.json": "clausecheck/model/clausecheck-provisions.json",
    ".streamlit/config.toml": "clausecheck/ui/streamlit-config.toml",
}


class BuildWithRuntimeFiles(build_py):
    """``build_py`` that also copies ``RUNTIME_FILES`` into the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        for source, target in RUNTIME_FILES.items():
            destination = Path(self.build_lib) / target
            self.mkpath(str(destination.parent))
            self.copy_file(str(ROOT / source), str(destination))

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        extra = [str(Path(self.build_lib) / target) for target in RUNTIME_FILES.values()]
        return [*super().get_outputs(include_bytecode), *extra]


setup(cmdclass={"build_py": BuildWithRuntimeFiles})
