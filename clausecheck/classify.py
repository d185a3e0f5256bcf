"""The clause classifier at inference, with numpy alone: spaCy tokens -> TF-IDF words and
characters -> one linear score per label -> sigmoid calibration -> per-label thresholds.

``clausecheck.train`` fits the model with scikit-learn and exports it as plain arrays
(``clausecheck-model.npz``) and JSON (``clausecheck-model.json``: settings, thresholds,
provenance, the arrays' sha256). ``load_model`` checks the sha256, then reads the arrays with
``numpy.load(allow_pickle=False)``: no scikit-learn, skops or scipy is imported to classify, and
nothing in a model file can run code. The scores are bit-for-bit those of the scikit-learn
pipeline the arrays came from (tests/test_classify_export.py compares them on the corpus and on
CUAD clauses): every sum is taken in the order scikit-learn and scipy take it.
"""

from __future__ import annotations

import hashlib
import io
import json
import math
import os
import re
import threading
import zipfile
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from clausecheck.errors import ModelError
from clausecheck.types import CATEGORIES, Clause

PACKAGE_MODEL_DIR = Path(__file__).resolve().parent / "model"
"""Where an installed package keeps its model (the wheel copies ``models/`` here)."""
CHECKOUT_MODEL_DIR = Path(__file__).resolve().parent.parent / "models"
"""Where a checkout of the repository keeps its model, and where ``clausecheck train`` writes."""
MODEL_FILE = "clausecheck-model.npz"
METADATA_FILE = "clausecheck-model.json"
RUNTIME_FILES = (MODEL_FILE, METADATA_FILE)
"""The files a model folder needs at run time (the wheel ships these)."""
MODEL_FORMAT = "clausecheck-linear/1"
"""The export format this module scores; a model in another format is refused (E203)."""
FEATURE_SETTINGS: dict[str, Any] = {
    "words": {"analyzer": "word", "token_pattern": r"\S+", "ngram_range": [1, 2]},
    "chars": {"analyzer": "char_wb", "ngram_range": [3, 5]},
    "lowercase": False,
    "sublinear_tf": True,
    "norm": "l2",
    "dtype": "float32",
    "calibration": "sigmoid",
}
"""What the scorer implements; the exporter records the fitted pipeline's settings beside it and
refuses any pipeline that differs."""
DEFAULT_THRESHOLD = 0.5
HEADING_PREFIX = "h_"
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
"""Fixed timestamp for zip entries, so the same corpus gives the same model bytes."""


MODEL_DIR_ENV = "CLAUSECHECK_MODEL_DIR"
"""Names the model folder for a process and its children when no ``--model-dir`` is given
(``clausecheck page --model-dir`` passes its choice to the page this way)."""


def _shipped_model_dir() -> Path:
    """The checkout's ``models/`` when there is one (a developer's model), else the package's."""
    if (CHECKOUT_MODEL_DIR / METADATA_FILE).exists():
        return CHECKOUT_MODEL_DIR
    return PACKAGE_MODEL_DIR


DEFAULT_MODEL_DIR = _shipped_model_dir()
"""The model that ships: in a checkout ``models/``, in an installed package its copy."""


def default_model_dir() -> Path:
    """The model folder to use when none is named: ``$CLAUSECHECK_MODEL_DIR``, else the one
    that ships."""
    named = os.environ.get(MODEL_DIR_ENV)
    return Path(named) if named else DEFAULT_MODEL_DIR


def clause_features(
    texts: Sequence[str], headings: Sequence[str | None] | None = None
) -> list[str]:
    """Turn clause texts (and optional headings) into normalised token strings.

    Tokens come from the spaCy tokenizer, lower-cased, with digits folded to 0 so that
    'Section 9.07' and 'Section 12.3' look alike. Heading tokens carry the prefix ``h_``, so the
    model can weigh a heading as evidence apart from the body. This is what the vectorizers see
    in training; ``FeatureIndex`` computes the same counts without building the strings.

    spaCy tokenizes each whitespace-separated chunk of a text on its own (its special cases hold
    no spaces), so a body is tokenized chunk by chunk through a cache: contracts repeat the same
    words, and the result is the same as tokenizing the whole text at once.
    """
    headings = headings if headings is not None else [None] * len(texts)
    features = []
    for text, heading in zip(texts, headings, strict=True):
        tokens = [token for chunk in text.split() for token in _chunk_tokens(chunk)]
        if heading:
            tokens = [*_heading_tokens(heading), *tokens]
        features.append(" ".join(t for t in tokens if t))
    return features


TOKEN_CACHE_SIZE = 1 << 16
"""Distinct words (and headings) whose tokens are remembered; clause texts repeat their words."""


def _tokenizer():
    from clausecheck.nlp import get_nlp  # spaCy loads when the first clause is classified

    return get_nlp().tokenizer


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _chunk_tokens(chunk: str) -> tuple[str, ...]:
    """The normalised tokens of one chunk of text that holds no whitespace."""
    return tuple(_normalise(t.lower_) for t in _tokenizer()(chunk) if not t.is_space)


@lru_cache(maxsize=TOKEN_CACHE_SIZE)
def _heading_tokens(heading: str) -> tuple[str, ...]:
    """A heading's tokens with the heading prefix (whitespace tokens kept, as trained)."""
    return tuple(HEADING_PREFIX + _normalise(t.lower_) for t in _tokenizer()(heading))


_DIGITS = str.maketrans("123456789", "000000000")


def _normalise(token: str) -> str:
    return token.translate(_DIGITS)


_WHITE_SPACES = re.compile(r"\s\s+")


def char_wb_ngrams(text: str, min_n: int, max_n: int) -> list[str]:
    """Character n-grams inside word boundaries, padded with a space: scikit-learn's
    ``char_wb`` analyzer (``TfidfVectorizer._char_wb_ngrams``), step for step."""
    grams: list[str] = []
    for word in _WHITE_SPACES.sub(" ", text).split():
        word = f" {word} "
        length = len(word)
        for n in range(min_n, max_n + 1):
            offset = 0
            grams.append(word[offset : offset + n])
            while offset + n < length:
                offset += 1
                grams.append(word[offset : offset + n])
            if offset == 0:  # a short word (shorter than n) counts once
                break
    return grams


def sequential_sums(values: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """Per segment ``values[indptr[i]:indptr[i + 1]]``, the sum of its values added one after
    the other from 0.0, in storage order.

    This is the order of scipy's sparse-by-dense product and of scikit-learn's row norms, so the
    result is theirs bit for bit; ``numpy.sum`` adds pairwise and differs in the last bits.
    ``cumsum`` along an axis adds in order, so segments are laid out as the rows of a zero-padded
    block (grouped by length to a power of two, so the padding at most doubles the work) and the
    last column of the running sum is taken (adding 0.0 changes no sum).
    """
    lengths = np.diff(indptr)
    out = np.zeros((len(lengths), *values.shape[1:]), dtype=np.float64)
    filled = lengths > 0
    if not filled.any():
        return out
    classes = np.zeros(len(lengths), dtype=np.int64)
    classes[filled] = np.ceil(np.log2(lengths[filled])).astype(np.int64)
    for size_class in np.unique(classes[filled]):
        rows = np.flatnonzero(filled & (classes == size_class))
        width = int(lengths[rows].max())
        offsets = np.arange(width)
        inside = offsets < lengths[rows, None]
        block = np.zeros((len(rows), width, *values.shape[1:]), dtype=np.float64)
        block[inside] = values[(indptr[rows, None] + offsets)[inside]]
        out[rows] = np.cumsum(block, axis=1)[:, -1]
    return out


@dataclass(frozen=True, slots=True)
class BigramTable:
    """The word vocabulary's bigrams by token pair, so a clause's bigrams are found with numpy:
    the tokens that make them (a token's id is its position), and for each bigram its key
    (first id * ``BIGRAM_BASE`` + second id; sorted) and its column. Exported with the model,
    so loading it costs no pass over the vocabulary."""

    tokens: list[str]
    keys: np.ndarray
    columns: np.ndarray


def bigram_table(words: dict[str, int]) -> BigramTable:
    """The bigram table of a word vocabulary (term -> column), its tokens in column order."""
    bigrams = [term for term in sorted(words, key=words.__getitem__) if " " in term]
    pairs = [term.split(" ") for term in bigrams]
    firsts, seconds = [p[0] for p in pairs], [p[1] for p in pairs]
    ids = {token: i for i, token in enumerate(dict.fromkeys((*firsts, *seconds)))}
    keys = np.fromiter(map(ids.__getitem__, firsts), np.int64, len(firsts)) * BIGRAM_BASE
    keys += np.fromiter(map(ids.__getitem__, seconds), np.int64, len(seconds))
    columns = np.fromiter(map(words.__getitem__, bigrams), np.int64, len(bigrams))
    order = np.argsort(keys, kind="stable")
    return BigramTable(list(ids), keys[order], columns[order])


@dataclass(slots=True)
class TfidfRows:
    """A batch of clauses as TF-IDF rows (CSR layout): word columns first, then character
    columns offset by the number of word columns, each part normalised on its own."""

    data: np.ndarray
    """float32 weights, each row's columns in increasing order"""
    columns: np.ndarray
    indptr: np.ndarray


class FeatureIndex:
    """TF-IDF rows of clause texts, with each distinct word analysed once.

    Each distinct whitespace-separated chunk of text is tokenized once (in one spaCy call per
    batch; spaCy tokenizes such chunks independently), and each distinct token gets an id with
    its word column and its character n-gram columns (found once, since a word's ``char_wb``
    n-grams do not depend on its neighbours). A batch of clauses then becomes one array of token
    ids, and unigrams, bigrams and character n-grams are looked up with numpy. The counts, and
    so the TF-IDF rows, are exactly those scikit-learn's ``FeatureUnion.transform`` makes of
    ``clause_features(texts, headings)``.
    """

    def __init__(
        self,
        words: dict[str, int],
        chars: dict[str, int],
        idf: np.ndarray,
        char_ngrams: tuple[int, int] = (3, 5),
        bigrams: BigramTable | None = None,
    ) -> None:
        self.words, self.chars = words, chars
        self.bigrams = bigrams if bigrams is not None else bigram_table(words)
        self.word_count = len(words)
        self.width = len(words) + len(chars)
        self.idf = idf
        self.char_ngrams = char_ngrams
        # One model serves every thread of a process (Dask workers run several): the caches
        # grow during ``transform``, so one thread at a time.
        self.lock = threading.Lock()
        self.clear()

    def clear(self) -> None:
        """Forget every cached chunk and token (the vocabulary stays)."""
        self.chunk_ids: dict[str, tuple[int, ...]] = {}
        self.heading_ids: dict[str, tuple[int, ...]] = {}
        self.token_ids: dict[str, int] = {}
        self.token_texts: list[str] = []
        self.word_column = array("i")
        self.char_start = array("q")
        """Where a token's character n-gram columns start in ``char_columns``; -1 until they
        are first needed (most tokens of the vocabulary's bigrams never are)."""
        self.char_count = array("i")
        self.char_columns = array("i")
        # The bigram table's tokens take the first ids, in its order.
        tokens = self.bigrams.tokens
        self.token_ids = dict(zip(tokens, range(len(tokens)), strict=True))
        self.token_texts = list(tokens)
        self.word_column.extend(self.words.get(token, -1) for token in tokens)
        self.char_start.extend([-1] * len(tokens))
        self.char_count.extend([0] * len(tokens))
        self.bigram_keys, self.bigram_columns = self.bigrams.keys, self.bigrams.columns
        self.known_tokens = len(self.token_ids)

    def _token_id(self, token: str) -> int:
        found = self.token_ids.get(token)
        if found is not None:
            return found
        found = self.token_ids[token] = len(self.token_ids)
        self.token_texts.append(token)
        self.word_column.append(self.words.get(token, -1))
        self.char_start.append(-1)
        self.char_count.append(0)
        return found

    def _expand_chars(self, token_ids: np.ndarray) -> None:
        """Find the character n-gram columns of tokens that do not have them yet."""
        vocabulary, (low, high) = self.chars, self.char_ngrams
        for token_id in token_ids.tolist():
            grams = char_wb_ngrams(self.token_texts[token_id], low, high)
            columns = [vocabulary[g] for g in grams if g in vocabulary]
            self.char_start[token_id] = len(self.char_columns)
            self.char_count[token_id] = len(columns)
            self.char_columns.extend(columns)

    def _learn_chunks(self, chunks: Iterable[str]) -> None:
        """Tokenize new chunks in one spaCy call, each exactly as when it stands alone, its
        tokens keeping its character span.

        The chunks are joined by ``CHUNK_SEPARATOR``, not a single space: spaCy matches its
        special cases over the tokens of the whole text, so an emoticon such as ":))" could
        match across two neighbouring chunks ("x:)" and ")") and change how the first is split.
        The newline token between chunks keeps every match inside one chunk."""
        chunks = list(chunks)
        if not chunks:
            return
        tokens_of: list[list[str]] = [[] for _ in chunks]
        index, end = 0, len(chunks[0])
        for token in _tokenizer()(CHUNK_SEPARATOR.join(chunks)):
            while token.idx > end:  # past this chunk and the separator after it
                index += 1
                end += len(chunks[index]) + len(CHUNK_SEPARATOR)
            if not token.is_space:
                tokens_of[index].append(_normalise(token.lower_))
        for chunk, tokens in zip(chunks, tokens_of, strict=True):
            self.chunk_ids[chunk] = tuple(self._token_id(t) for t in tokens if t)

    def _heading(self, heading: str) -> tuple[int, ...]:
        # The vectorizers split the joined feature string on whitespace, and a heading's
        # whitespace tokens ('h_\n') hold some: split the heading's part the same way.
        text = " ".join(token for token in _heading_tokens(heading) if token)
        ids = tuple(self._token_id(token) for token in text.split())
        self.heading_ids[heading] = ids
        return ids

    def transform(self, texts: Sequence[str], headings: Sequence[str | None]) -> TfidfRows:
        """The TF-IDF rows of clause texts and their headings."""
        with self.lock:
            rows, columns, counts = self._counts(texts, headings)
        return self._tfidf(rows, columns, counts, len(texts))

    def _counts(
        self, texts: Sequence[str], headings: Sequence[str | None]
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(row, column, count) of every n-gram present, sorted by row, then column."""
        if len(self.token_ids) > self.known_tokens + MAX_CACHED_TOKENS:
            self.clear()  # bound the memory of a long batch of varied documents
        chunk_ids, heading_ids = self.chunk_ids, self.heading_ids
        self._learn_chunks({c for text in texts for c in text.split() if c not in chunk_ids})
        ids: list[int] = []
        lengths = []
        for text, heading in zip(texts, headings, strict=True):
            before = len(ids)
            if heading:
                ids.extend(heading_ids.get(heading) or self._heading(heading))
            for chunk in text.split():
                ids.extend(chunk_ids[chunk])
            lengths.append(len(ids) - before)
        tokens = np.array(ids, dtype=np.int64)
        rows = np.repeat(np.arange(len(texts), dtype=np.int64), lengths)
        same_row = rows[:-1] == rows[1:]
        keys = (tokens[:-1] * BIGRAM_BASE + tokens[1:])[same_row]
        at = np.searchsorted(self.bigram_keys, keys).clip(max=max(len(self.bigram_keys) - 1, 0))
        bigrams = self.bigram_keys[at] == keys if len(self.bigram_keys) else keys < 0
        bigram_rows, bigram_columns = rows[:-1][same_row][bigrams], self.bigram_columns[at[bigrams]]
        # Each distinct token of a clause once, with how often it occurs there: a word repeated
        # in a clause has its character n-grams expanded once, weighted by its count.
        known = len(self.token_ids)
        pairs, repeats = np.unique(rows * known + tokens, return_counts=True)
        rows, tokens = pairs // known, pairs % known
        word_column = np.frombuffer(self.word_column, dtype=np.int32)[tokens].astype(np.int64)
        unigrams = word_column >= 0
        starts = np.frombuffer(self.char_start, dtype=np.int64)[tokens]
        if (starts < 0).any():
            self._expand_chars(np.unique(tokens[starts < 0]))
            starts = np.frombuffer(self.char_start, dtype=np.int64)[tokens]
        counts = np.frombuffer(self.char_count, dtype=np.int32)[tokens]
        offsets = np.cumsum(counts) - counts
        flat = np.repeat(starts - offsets, counts) + np.arange(int(counts.sum()))
        char_columns = np.frombuffer(self.char_columns, dtype=np.int32)[flat] + self.word_count
        every_row = np.concatenate([rows[unigrams], bigram_rows, np.repeat(rows, counts)])
        every_column = np.concatenate([word_column[unigrams], bigram_columns, char_columns])
        weights = np.concatenate(
            [repeats[unigrams], np.ones(len(bigram_rows), np.int64), np.repeat(repeats, counts)]
        )
        cells, where = np.unique(every_row * self.width + every_column, return_inverse=True)
        # Counts are whole numbers, summed exactly in any order.
        totals = np.bincount(where, weights=weights, minlength=len(cells))
        return cells // self.width, cells % self.width, totals

    def _tfidf(
        self, rows: np.ndarray, columns: np.ndarray, counts: np.ndarray, size: int
    ) -> TfidfRows:
        """scikit-learn's ``TfidfTransformer.transform`` (sublinear tf, idf, l2 norm), in
        float32 as fitted, on each part (words, characters) of each row."""
        data = counts.astype(np.float32)
        np.log(data, data)
        data += 1.0
        data *= self.idf[columns]
        # One segment per (row, part): words come before characters within a row.
        segment = rows * 2 + (columns >= self.word_count)
        bounds = np.zeros(2 * size + 1, dtype=np.int64)
        np.cumsum(np.bincount(segment, minlength=2 * size), out=bounds[1:])
        squares = (data * data).astype(np.float64)  # squared in float32, summed in float64
        norms = np.sqrt(sequential_sums(squares, bounds))
        scale = np.repeat(norms, np.diff(bounds))
        nonzero = scale != 0.0
        data[nonzero] = (data[nonzero].astype(np.float64) / scale[nonzero]).astype(np.float32)
        indptr = np.zeros(size + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=size), out=indptr[1:])
        return TfidfRows(data, columns, indptr)


CHUNK_SEPARATOR = " \n "
"""Between chunks tokenized together: a whitespace token that no special case spans."""
BIGRAM_BASE = 1 << 31
"""Token ids below this pair into one int64 key per bigram."""
MAX_CACHED_TOKENS = 1 << 18
"""New tokens remembered beyond the vocabulary's before the caches start again (about 40 MB)."""
SCORE_BATCH_CELLS = 1 << 18
"""Non-zero features scored at a time: bounds the (cells x labels) products to about 15 MB."""


@dataclass(slots=True)
class ClauseModel:
    """The exported classifier: TF-IDF vocabularies, one linear score and one sigmoid per label,
    thresholds, and provenance (``metadata``, the JSON file)."""

    features: FeatureIndex
    weights: np.ndarray
    """float64, (columns, labels): each label's coefficients, one row per feature column"""
    intercepts: np.ndarray
    sigmoid_a: np.ndarray
    sigmoid_b: np.ndarray
    thresholds: dict[str, float]
    metadata: dict[str, Any] = field(default_factory=dict)
    labels: tuple[str, ...] = CATEGORIES
    """The labels scored, in column order: the clause categories, or the provision flags."""
    folder: Path | None = None
    """The folder it was loaded from (the provision classifier is looked for beside it)."""

    def decision(self, rows: TfidfRows) -> np.ndarray:
        """Each label's linear score, shape (n, labels): ``X @ coef.T + intercept`` as scipy
        computes it (float32 weights widened to float64, added in column order)."""
        out = np.empty((len(rows.indptr) - 1, self.weights.shape[1]), dtype=np.float64)
        start = 0
        while start < len(out):
            # Whole rows up to about SCORE_BATCH_CELLS cells (always at least one row).
            limit = rows.indptr[start] + SCORE_BATCH_CELLS
            stop = max(start + 1, int(np.searchsorted(rows.indptr, limit, side="right")) - 1)
            stop = min(stop, len(out))
            first, last = rows.indptr[start], rows.indptr[stop]
            products = (
                rows.data[first:last].astype(np.float64)[:, None]
                * self.weights[rows.columns[first:last]]
            )
            out[start:stop] = sequential_sums(products, rows.indptr[start : stop + 1] - first)
            start = stop
        return out + self.intercepts

    def scores(
        self, texts: Sequence[str], headings: Sequence[str | None] | None = None
    ) -> np.ndarray:
        """Calibrated probabilities, shape (n, labels), columns in ``labels`` order."""
        if not texts:
            return np.zeros((0, len(self.labels)))
        headings = headings if headings is not None else [None] * len(texts)
        decision = self.decision(self.features.transform(texts, headings))
        exponent = -(self.sigmoid_a * decision + self.sigmoid_b)
        # scipy's expit, 1 / (1 + exp(-x)), with the C library's exp as scipy calls it: numpy's
        # vectorised exp may differ from it in the last bit on some processors.
        return np.array(
            [1.0 / (1.0 + math.exp(-x)) for x in exponent.ravel().tolist()], dtype=np.float64
        ).reshape(exponent.shape)

    def predict(
        self, texts: Sequence[str], headings: Sequence[str | None] | None = None
    ) -> list[tuple[list[str], dict[str, float]]]:
        """Labels over threshold and rounded scores for each text."""
        results = []
        for row in self.scores(texts, headings):
            scores = {c: round(float(p), 4) for c, p in zip(self.labels, row, strict=True)}
            labels = [
                c for c in self.labels if scores[c] >= self.thresholds.get(c, DEFAULT_THRESHOLD)
            ]
            results.append((labels, scores))
        return results


SIGNATURE_FIELD = re.compile(
    r"\b(By|Name|Title|Date|Its|Signature|Witness|Print(?:ed)? Name)\s*:", re.IGNORECASE
)
SIGNATURE_BLOCK_CHARS = 400
"""A short text with two or more different signature fields, one of them 'By:', 'Name:',
'Signature:' or 'Its:', is a signature block: it states no clause, whatever the company name
above it says ('Tidewater Payments Corp'). 'Invoice Date: ... Payment Date: ...' is not one."""
_SIGNER_FIELDS = {"by", "name", "signature", "its", "printed name", "print name"}


def is_signature_block(text: str) -> bool:
    if len(text) > SIGNATURE_BLOCK_CHARS:
        return False
    fields = {f.lower() for f in SIGNATURE_FIELD.findall(text)}
    return len(fields) >= 2 and bool(fields & _SIGNER_FIELDS)


def classify_clauses(clauses: list[Clause], model: ClauseModel) -> None:
    """Set ``labels`` and ``scores`` on each clause that has text, in place.

    Signature blocks keep their scores but carry no label. One rule backs the model: a clause
    that chooses a named law ("governed by the laws of Delaware") is a governing-law clause even
    where the model missed it, typically a choice of law buried in a long dispute or
    miscellaneous clause. Its score stays the model's.
    """
    from clausecheck.terms import states_choice_of_law

    with_text = [c for c in clauses if c.text.strip()]
    predictions = model.predict([c.text for c in with_text], [c.context_heading for c in with_text])
    for clause, (labels, scores) in zip(with_text, predictions, strict=True):
        clause.labels, clause.scores = labels, scores
        if is_signature_block(clause.text):
            clause.labels = []
            continue
        if "governing_law" not in labels and states_choice_of_law(clause.text):
            clause.labels = sorted([*labels, "governing_law"], key=CATEGORIES.index)


# The model file: named arrays of fixed types in a zip of .npy entries (numpy's .npz layout).

MODEL_ARRAYS: dict[str, tuple[str, int]] = {
    "words_vocabulary": ("uint8", 1),
    "chars_vocabulary": ("uint8", 1),
    "bigram_tokens": ("uint8", 1),
    "bigram_keys": ("int64", 1),
    "bigram_columns": ("int64", 1),
    "words_idf": ("float32", 1),
    "chars_idf": ("float32", 1),
    "coef": ("float64", 2),
    "intercept": ("float64", 1),
    "sigmoid_a": ("float64", 1),
    "sigmoid_b": ("float64", 1),
}
"""Every array of a model file: its dtype and number of dimensions. A vocabulary is its terms in
column order, UTF-8, one per line (no term holds a newline: the vectorizers split on whitespace
and ``char_wb`` turns every run of it into one space); ``bigram_*`` is the ``BigramTable`` of the
word vocabulary, its tokens stored the same way."""


def vocabulary_bytes(terms: Sequence[str]) -> np.ndarray:
    """Terms in column order as one UTF-8 array, one term per line."""
    if any("\n" in term for term in terms):
        raise ValueError("a vocabulary term holds a newline")
    return np.frombuffer("\n".join(terms).encode("utf-8"), dtype=np.uint8)


def vocabulary_terms(data: np.ndarray) -> list[str]:
    return data.tobytes().decode("utf-8").split("\n") if len(data) else []


def model_bytes(arrays: dict[str, np.ndarray]) -> bytes:
    """The model file: each array as a ``.npy`` entry of a zip with fixed names, order and
    timestamps, so the same arrays always give the same bytes (``numpy.savez`` stamps the time).
    """
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, (dtype, ndim) in MODEL_ARRAYS.items():
            value = np.ascontiguousarray(arrays[name], dtype=dtype)
            if value.ndim != ndim:
                raise ValueError(f"{name} has {value.ndim} dimensions, not {ndim}")
            entry = io.BytesIO()
            np.lib.format.write_array(entry, value, allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=ZIP_EPOCH)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, entry.getvalue())
    return out.getvalue()


def read_model_arrays(data: bytes, path: Path) -> dict[str, np.ndarray]:
    """The arrays of a model file, each checked for its name, dtype and shape (E204 otherwise)."""
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as archive:
            names = set(archive.files)
            if names != set(MODEL_ARRAYS):
                unexpected = sorted(names ^ set(MODEL_ARRAYS))
                raise ModelError("E204", path=path, types=", ".join(unexpected[:5]))
            arrays = {name: archive[name] for name in MODEL_ARRAYS}
    except ModelError:
        raise
    except ValueError as exc:  # an object array, which would need pickle
        raise ModelError("E204", path=path, types=str(exc)[:80]) from None
    except (OSError, zipfile.BadZipFile, EOFError) as exc:
        raise ModelError("E203", path=path, detail=str(exc)[:80]) from None
    wrong = [
        f"{name} {value.dtype}"
        for name, value in arrays.items()
        if value.dtype != np.dtype(MODEL_ARRAYS[name][0]) or value.ndim != MODEL_ARRAYS[name][1]
    ]
    if wrong:
        raise ModelError("E204", path=path, types=", ".join(wrong[:5]))
    return arrays


def model_from_arrays(
    arrays: dict[str, np.ndarray],
    thresholds: dict[str, float],
    metadata: dict[str, Any],
    labels: tuple[str, ...] = CATEGORIES,
) -> ClauseModel:
    """Assemble the scorer of ``labels``; raises ValueError when the arrays do not fit together."""
    words = vocabulary_terms(arrays["words_vocabulary"])
    chars = vocabulary_terms(arrays["chars_vocabulary"])
    coef = arrays["coef"]
    count = len(labels)
    if len(words) != len(arrays["words_idf"]) or len(chars) != len(arrays["chars_idf"]):
        raise ValueError("vocabulary and idf lengths differ")
    if coef.shape != (count, len(words) + len(chars)):
        raise ValueError(f"coefficients of shape {coef.shape}")
    if any(len(arrays[name]) != count for name in ("intercept", "sigmoid_a", "sigmoid_b")):
        raise ValueError("one intercept and one sigmoid per label are needed")
    bigrams = BigramTable(
        vocabulary_terms(arrays["bigram_tokens"]), arrays["bigram_keys"], arrays["bigram_columns"]
    )
    keys, columns = bigrams.keys, bigrams.columns
    if (
        len(keys) != len(columns)
        or (len(keys) and (keys.min() < 0 or keys.max() // BIGRAM_BASE >= len(bigrams.tokens)))
        or (len(columns) and (columns.min() < 0 or columns.max() >= len(words)))
        or bool((np.diff(keys) < 0).any())
    ):
        raise ValueError("the bigram table does not fit the vocabulary")
    low, high = FEATURE_SETTINGS["chars"]["ngram_range"]
    index = FeatureIndex(
        dict(zip(words, range(len(words)), strict=True)),
        dict(zip(chars, range(len(chars)), strict=True)),
        np.concatenate([arrays["words_idf"], arrays["chars_idf"]]),
        (low, high),
        bigrams,
    )
    return ClauseModel(
        features=index,
        weights=np.ascontiguousarray(coef.T),
        intercepts=arrays["intercept"],
        sigmoid_a=arrays["sigmoid_a"],
        sigmoid_b=arrays["sigmoid_b"],
        thresholds=thresholds,
        metadata=metadata,
        labels=labels,
    )


def model_sha256(model_dir: Path | str | None = None) -> str | None:
    """The sha256 recorded for a model folder's model, read without loading the model."""
    folder = Path(model_dir) if model_dir else default_model_dir()
    try:
        return json.loads((folder / METADATA_FILE).read_text())["sha256"]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def load_model(model_dir: Path | str | None = None) -> ClauseModel:
    """Load the model of ``model_dir`` (default: ``default_model_dir()``) after checking its
    sha256 and the types of its arrays; each folder is loaded once per process."""
    return _load_model(Path(model_dir) if model_dir else default_model_dir())


def load_labelled_model(
    model_dir: Path, metadata_file: str, labels: tuple[str, ...]
) -> ClauseModel:
    """Load another model of the same format from ``model_dir`` (the provision classifier),
    checked as the clause model is; once per process."""
    return _load_model(model_dir, metadata_file, labels)


def forget_loaded_models() -> None:
    """Drop the models loaded so far (``clausecheck train`` has just replaced one)."""
    _load_model.cache_clear()


@lru_cache(maxsize=8)
def _load_model(
    model_dir: Path, metadata_file: str = METADATA_FILE, labels: tuple[str, ...] = CATEGORIES
) -> ClauseModel:
    meta_path = model_dir / metadata_file
    if not meta_path.exists():
        raise ModelError("E201", path=model_dir)
    try:
        metadata = json.loads(meta_path.read_text())
        model_path = model_dir / metadata["model_file"]
        expected = metadata["sha256"]
        thresholds = {c: float(metadata["thresholds"][c]) for c in labels}
        if tuple(metadata.get("labels", CATEGORIES)) != labels:
            raise ValueError(f"labels {str(metadata.get('labels'))[:60]}")
        fmt, settings = metadata["format"], metadata["features"]
    except (ValueError, KeyError, TypeError) as exc:
        raise ModelError("E203", path=meta_path, detail=str(exc)[:80]) from None
    if fmt != MODEL_FORMAT or settings != FEATURE_SETTINGS:
        detail = f"format {str(fmt)[:40]!r} with other settings; this version reads {MODEL_FORMAT}"
        raise ModelError("E203", path=meta_path, detail=detail)
    if not model_path.exists():
        raise ModelError("E201", path=model_path)
    data = model_path.read_bytes()
    if hashlib.sha256(data).hexdigest() != expected:
        raise ModelError("E202", path=model_path)
    arrays = read_model_arrays(data, model_path)
    try:
        model = model_from_arrays(arrays, thresholds, metadata, labels)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ModelError("E203", path=model_path, detail=str(exc)[:80]) from None
    model.folder = model_dir
    return model
