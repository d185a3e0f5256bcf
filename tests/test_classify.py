"""The model: predictions on clauses written here, integrity checks, reproducible training."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from clausecheck.classify import DEFAULT_MODEL_DIR, METADATA_FILE, MODEL_FILE, load_model
from clausecheck.corpus import DEFAULT_CORPUS_DIR
from clausecheck.errors import ModelError
from clausecheck.terms.provision_model import PROVISION_MODEL_FILES
from clausecheck.train import LOWEST_NEAR_BEST, choose_thresholds, train_model
from clausecheck.types import CATEGORIES

CASES = [
    ("This Agreement is governed by the laws of the Province of Ontario.", "governing_law"),
    ("A waiver by either party of a breach is not a waiver of any later breach.", "waiver"),
    (
        "Either party may end this Agreement on sixty days' written notice for convenience.",
        "termination",
    ),
    (
        "Fees are invoiced monthly at $31.00 per productive agent hour and are payable net 30.",
        "pricing",
    ),
    (
        "Each party shall keep the other's Confidential Information secret and use it only for this Agreement.",
        "confidentiality",
    ),
    ("At least 80% of inbound calls shall be answered within 20 seconds, measured monthly.", "sla"),
    (
        "Supplier will staff an inbound customer-care line and answer customer emails and web chats.",
        "scope",
    ),
]


@pytest.mark.parametrize(("text", "label"), CASES)
def test_clear_clauses_get_their_label(model, text, label):
    labels, scores = model.predict([text])[0]
    assert label in labels, scores


@pytest.mark.parametrize(
    "text",
    [
        "EACH PARTY HEREBY WAIVES ITS RIGHT TO A JURY TRIAL IN ANY ACTION ARISING OUT OF THIS AGREEMENT.",
        "Any action under this Agreement shall be brought only in the courts located in Wilmington, Delaware.",
        "This Agreement may be executed in counterparts, each of which is an original.",
    ],
)
def test_hard_negatives_get_neither_law_nor_waiver(model, text):
    labels, _ = model.predict([text])[0]
    assert "governing_law" not in labels and "waiver" not in labels


def test_heading_counts_as_evidence(model):
    text = "This Agreement shall be interpreted as set out below."
    assert model.predict([text])[0][0] == []
    labels, scores = model.predict([text], ["Governing Law"])[0]
    assert labels == ["governing_law"], scores
    assert model.predict([text], ["Term and Termination"])[0][0] == ["termination"]


def _copy_model(tmp_path: Path) -> Path:
    target = tmp_path / "models"
    shutil.copytree(DEFAULT_MODEL_DIR, target)
    return target


def test_tampered_model_is_refused(tmp_path):
    target = _copy_model(tmp_path)
    data = bytearray((target / MODEL_FILE).read_bytes())
    data[len(data) // 2] ^= 0xFF
    (target / MODEL_FILE).write_bytes(bytes(data))
    with pytest.raises(ModelError) as info:
        load_model(target)
    assert info.value.code == "E202"


def _rewrite_model(target: Path, data: bytes) -> None:
    """Replace the model file and make its metadata vouch for it, as an attacker would."""
    import hashlib

    (target / MODEL_FILE).write_bytes(data)
    meta = json.loads((target / METADATA_FILE).read_text())
    meta["sha256"] = hashlib.sha256(data).hexdigest()
    (target / METADATA_FILE).write_text(json.dumps(meta))


def test_foreign_model_with_matching_hash_is_refused(tmp_path):
    """A file whose metadata was rewritten to match still may hold nothing but the expected
    arrays of plain numbers: an object array (which would need pickle) is refused."""
    import io
    import zipfile

    target = _copy_model(tmp_path)
    with np.load(target / MODEL_FILE) as archive:
        arrays = {name: archive[name] for name in archive.files}
    buffer = io.BytesIO()
    np.savez(buffer, **{**arrays, "coef": np.array([print, "x"], dtype=object)})
    _rewrite_model(target, buffer.getvalue())
    with pytest.raises(ModelError) as info:
        load_model(target)
    assert info.value.code == "E204"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive, zipfile.ZipFile(target / MODEL_FILE) as src:
        for name in src.namelist():
            archive.writestr(name, src.read(name))
        archive.writestr("payload.npy", b"\x93NUMPY")
    _rewrite_model(target, buffer.getvalue())
    with pytest.raises(ModelError) as info:
        load_model(target)
    assert info.value.code == "E204" and "payload" in str(info.value)


def test_a_model_of_another_format_is_refused(tmp_path):
    target = _copy_model(tmp_path)
    meta = json.loads((target / METADATA_FILE).read_text())
    meta["features"]["chars"]["ngram_range"] = [2, 6]
    (target / METADATA_FILE).write_text(json.dumps(meta))
    with pytest.raises(ModelError) as info:
        load_model(target)
    assert info.value.code == "E203"


def test_missing_model_says_how_to_build_it(tmp_path):
    with pytest.raises(ModelError) as info:
        load_model(tmp_path / "nowhere")
    assert "clausecheck train" in str(info.value)


def test_shipped_model_was_trained_on_the_shipped_corpus(model):
    from clausecheck.corpus import corpus_sha256

    assert model.metadata["corpus_sha256"] == corpus_sha256()


@pytest.mark.slow
def test_training_is_reproducible(tmp_path):
    """Same corpus, same bytes: train on a small corpus here and in a fresh process (object
    addresses and hash seeds differ between processes), and compare the files."""
    small = tmp_path / "corpus"
    (small / "clauses").mkdir(parents=True)
    for path in sorted((DEFAULT_CORPUS_DIR / "clauses").glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        (small / "clauses" / path.name).write_text("\n".join(lines[:40]) + "\n", encoding="utf-8")
    (small / "provisions").mkdir()
    for path in sorted((DEFAULT_CORPUS_DIR / "provisions").glob("*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        (small / "provisions" / path.name).write_text(
            "\n".join(lines[::3]) + "\n", encoding="utf-8"
        )
    first = train_model(small, tmp_path / "m1")
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from clausecheck.train import train_model; "
            "train_model(Path(sys.argv[1]), Path(sys.argv[2]))",
            str(small),
            str(tmp_path / "m2"),
        ],
        check=True,
        env={**os.environ, "PYTHONHASHSEED": "12345"},
    )
    second = json.loads((tmp_path / "m2" / METADATA_FILE).read_text())
    assert first["sha256"] == second["sha256"]
    assert (tmp_path / "m1" / MODEL_FILE).read_bytes() == (
        tmp_path / "m2" / MODEL_FILE
    ).read_bytes()
    assert (tmp_path / "m1" / METADATA_FILE).read_text() == (
        tmp_path / "m2" / METADATA_FILE
    ).read_text()
    for name in PROVISION_MODEL_FILES:  # the provision classifier, trained beside it
        assert (tmp_path / "m1" / name).read_bytes() == (tmp_path / "m2" / name).read_bytes()
    assert first["provision_model"]["corpus_clauses"] > 0


def test_a_choice_of_law_inside_another_clause_is_governing_law(model):
    from clausecheck.classify import classify_clauses
    from clausecheck.types import Clause

    clause = Clause(
        id="c1",
        heading="Miscellaneous",
        text=(
            "Each party shall bear its own costs of preparing this Agreement. Headings are for "
            "convenience only. This Agreement is governed by the laws of the State of Nevada. "
            "Any notice shall be sent by courier to the address above. This Agreement may be "
            "signed in counterparts."
        ),
    )
    classify_clauses([clause], model)
    assert "governing_law" in clause.labels


def test_a_signature_block_carries_no_label(model):
    from clausecheck.classify import classify_clauses, is_signature_block
    from clausecheck.types import Clause

    block = "By: /s/ Ann Lee Name: Ann Lee Title: Vice President, Fees and Payments"
    assert is_signature_block(block)
    assert not is_signature_block("Name: the Supplier shall pay each invoice within 30 days.")
    assert not is_signature_block(
        "Effective Date: 1 May. Fees: USD 10,000 a month. Invoice Date: the 1st. "
        "Payment Date: 30 days after invoice."
    )
    assert model.predict([block])[0][0] == ["pricing"]  # the model alone reads the title
    clause = Clause(id="c1", heading="Acme Payments Corp", text=block)
    classify_clauses([clause], model)
    assert clause.labels == [] and clause.scores["pricing"] > 0


def test_thresholds_take_the_middle_of_the_near_best_f1_or_for_some_labels_its_lowest():
    # Ten positives scored 0.30, 0.35, ..., 0.75 and one negative scored 0.52. Every threshold
    # from 0.15 to 0.30 keeps all ten and the negative (F1 0.952); above 0.30 positives are
    # lost faster than the negative is dropped (0.325 keeps nine: F1 0.9). So the near-best F1
    # is a plateau from 0.15 to 0.30: most labels take its middle, 0.225, and the
    # LOWEST_NEAR_BEST labels its bottom.
    positives = np.round(np.arange(0.30, 0.80, 0.05), 3)
    targets = np.array([[1] * len(CATEGORIES)] * len(positives) + [[0] * len(CATEGORIES)])
    probabilities = np.vstack(
        [np.tile(positives[:, None], (1, len(CATEGORIES))), np.full((1, len(CATEGORIES)), 0.52)]
    )
    thresholds = choose_thresholds(targets, probabilities)
    assert LOWEST_NEAR_BEST and set(LOWEST_NEAR_BEST) < set(CATEGORIES)
    for category in CATEGORIES:
        assert thresholds[category] == (0.15 if category in LOWEST_NEAR_BEST else 0.225)


def test_a_bigram_table_that_does_not_fit_the_vocabulary_is_refused(tmp_path):
    import io

    target = _copy_model(tmp_path)
    with np.load(target / MODEL_FILE) as archive:
        arrays = {name: archive[name] for name in archive.files}
    arrays["bigram_columns"] = arrays["bigram_columns"] + 10**9
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    _rewrite_model(target, buffer.getvalue())
    with pytest.raises(ModelError) as info:
        load_model(target)
    assert info.value.code == "E203" and "bigram" in str(info.value)
