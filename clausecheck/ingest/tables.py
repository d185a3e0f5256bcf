"""Ruled tables in PDFs: the grid their rules draw, and the words of each cell.

A table whose rows wrap ("Average score of 90% or" over "higher" beside "Calendar month | 2%")
read line by line interleaves its cells: the wrapped cell's second line lands after the next
cells, and the service level's target became the credit column's 2%. Where a page draws a grid
of rules, each row is read cell by cell instead, and given as one line of cells joined by " | ",
as the Word reader gives a table row.

Both PDF engines give this module the same rules (pdfplumber's edges; pdfium's path segments),
so a document is cut into the same rows by either.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

RULE_THICKNESS = 2.0
"""A rule is at most this many points thick; a thicker shape is a filled box, not a rule."""
MIN_RULE_LENGTH = 4.0
"""Shorter strokes are the ends of a thin filled rule or decoration, not a table's rules."""
RULE_SNAP = 2.0
"""Rules this many points apart (or closer) are one rule: a cell's border drawn twice."""
MIN_ROW_HEIGHT = 4.0
"""Horizontal rules closer than this bound no row (a double rule under a header)."""
MIN_COLUMNS = 2
"""A grid of one column is a box around text (a notice set in a frame, a page border): its text
is read as text."""
MAX_RULES_PER_PAGE = 800
"""A page with more rules than this is a drawing, not a table: it is read as text, and the
search for grids, which compares rules pairwise, stays bounded on hostile files."""
MAX_PATH_SEGMENTS = 6_000
"""A page whose paths have more segments than this is a drawing too (a logo, a chart, a
hatched background): the engines stop reading its rules there, so its reading stays fast, and
both engines count the same segments (pdfplumber the points of its shapes)."""
CELL_SEPARATOR = " | "


@dataclass(frozen=True, slots=True)
class Rule:
    """A straight stroke in page coordinates, y growing downwards (as pdfplumber measures)."""

    x0: float
    top: float
    x1: float
    bottom: float


def shape_rules(
    outlines: list[tuple[list[tuple[float, float]], bool]], stroked: bool
) -> list[Rule]:
    """The rules one drawn shape makes, from its outlines (points, and whether each is closed),
    in page coordinates with y growing downwards.

    A thin shape (a line, a hairline box filled in) is one rule, wherever its points lie. A
    stroked shape gives the level and upright sides of its outlines (a cell's border, a box
    drawn round a row). A shape only filled gives none: shading behind a line of text or a
    highlighted word draws no border, and boxes of shading around each line of a paragraph
    had cut it into table rows."""
    points = [point for outline, _ in outlines for point in outline]
    if not points:
        return []
    xs, ys = [x for x, _ in points], [y for _, y in points]
    box = _rule(min(xs), min(ys), max(xs), max(ys))
    if box is not None or not stroked:
        return [box] if box is not None else []
    rules = []
    for outline, closed in outlines:
        ends = [*outline, outline[0]] if closed else outline
        for (x0, y0), (x1, y1) in zip(ends, ends[1:], strict=False):
            rule = _rule(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
            if rule is not None:
                rules.append(rule)
    return rules


def _rule(x0: float, top: float, x1: float, bottom: float) -> Rule | None:
    """A rule where the box is thin one way and long the other; None otherwise."""
    width, height = x1 - x0, bottom - top
    if min(width, height) > RULE_THICKNESS or max(width, height) < MIN_RULE_LENGTH:
        return None
    return Rule(x0, top, x1, bottom)


@dataclass(slots=True)
class _Stroke:
    """Rules merged along one line: ``at`` is the line's position across, ``start``/``end``
    its extent along."""

    at: float
    start: float
    end: float
    group: int = -1


@dataclass(slots=True)
class Grid:
    """A ruled table: its row bands, and in each band the cells' left and right edges."""

    rows: list[tuple[float, float, list[tuple[float, float]]]] = field(default_factory=list)

    def cell_of(self, x: float, y: float) -> tuple[int, int] | None:
        """(row, cell) of the point, or None when it is in no cell."""
        for r, (top, bottom, cells) in enumerate(self.rows):
            if top <= y <= bottom:
                for c, (left, right) in enumerate(cells):
                    if left <= x <= right:
                        return r, c
                return None
        return None


def find_grids(rules: list[Rule]) -> list[Grid]:
    """The ruled tables the rules draw: rules that cross one another, with at least
    ``MIN_COLUMNS`` cells in some row."""
    if len(rules) > MAX_RULES_PER_PAGE:
        return []
    across = _merge(
        [
            _Stroke((r.top + r.bottom) / 2, r.x0, r.x1)
            for r in rules
            if r.bottom - r.top <= RULE_THICKNESS and r.x1 - r.x0 >= MIN_RULE_LENGTH
        ]
    )
    down = _merge(
        [
            _Stroke((r.x0 + r.x1) / 2, r.top, r.bottom)
            for r in rules
            if r.x1 - r.x0 <= RULE_THICKNESS and r.bottom - r.top >= MIN_RULE_LENGTH
        ]
    )
    groups = _crossing_groups(across, down)
    grids = []
    for members in groups:
        horizontal = [s for s in across if s.group == members]
        vertical = [s for s in down if s.group == members]
        grid = _grid(horizontal, vertical)
        if grid is not None:
            grids.append(grid)
    return grids


def _merge(strokes: list[_Stroke]) -> list[_Stroke]:
    """Strokes on one line (within ``RULE_SNAP``) that touch or overlap made one."""
    merged: list[_Stroke] = []
    for stroke in sorted(strokes, key=lambda s: (s.at, s.start)):
        touching = None
        for earlier in reversed(merged):  # sorted: the strokes on its line come last
            if stroke.at - earlier.at > RULE_SNAP:
                break
            if stroke.start <= earlier.end + RULE_SNAP and earlier.start <= stroke.end + RULE_SNAP:
                touching = earlier
                break
        if touching is not None:
            touching.start = min(touching.start, stroke.start)
            touching.end = max(touching.end, stroke.end)
        else:
            merged.append(_Stroke(stroke.at, stroke.start, stroke.end))
    return merged


def _crossing_groups(across: list[_Stroke], down: list[_Stroke]) -> list[int]:
    """Label each stroke with its group of strokes joined by crossings; return the labels of
    groups with both kinds of stroke."""
    parent = list(range(len(across) + len(down)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    order = sorted(range(len(across)), key=lambda i: across[i].at)
    levels = [across[i].at for i in order]
    for j, v in enumerate(down):
        column = root(len(across) + j)
        # only the horizontal strokes at a height the vertical one reaches can cross it
        first = bisect.bisect_left(levels, v.start - RULE_SNAP)
        last = bisect.bisect_right(levels, v.end + RULE_SNAP)
        for i in order[first:last]:
            h = across[i]
            if h.start - RULE_SNAP <= v.at <= h.end + RULE_SNAP:
                row = root(i)
                if row != column:
                    parent[row] = column
    for i, stroke in enumerate([*across, *down]):
        stroke.group = root(i)
    return sorted({h.group for h in across} & {v.group for v in down})


def _grid(horizontal: list[_Stroke], vertical: list[_Stroke]) -> Grid | None:
    """The grid of one group of crossing strokes. Where a table draws no outer border (rules only
    between its rows and columns), the ends of its rules bound it: the horizontal rules' ends
    are its sides, the vertical rules' ends its top and bottom, so its outer cells are read."""
    left, right = min(h.start for h in horizontal), max(h.end for h in horizontal)
    top, bottom = min(v.start for v in vertical), max(v.end for v in vertical)
    levels = _distinct(sorted([top, *(h.at for h in horizontal), bottom]))
    grid = Grid()
    for upper, lower in zip(levels, levels[1:], strict=False):
        if lower - upper < MIN_ROW_HEIGHT:
            continue
        middle = (upper + lower) / 2
        crossing = [v.at for v in vertical if v.start - RULE_SNAP <= middle <= v.end + RULE_SNAP]
        edges = _distinct(sorted([left, *crossing, right]))
        cells = [(a, b) for a, b in zip(edges, edges[1:], strict=False) if b - a > RULE_SNAP]
        if cells:
            grid.rows.append((upper, lower, cells))
    if not any(len(cells) >= MIN_COLUMNS for _, _, cells in grid.rows):
        return None
    return grid


def _distinct(values: list[float]) -> list[float]:
    kept: list[float] = []
    for value in values:
        if not kept or value - kept[-1] > RULE_SNAP:
            kept.append(value)
    return kept


@dataclass(slots=True)
class TableRow:
    """One row of a ruled table: its words, and each non-empty cell's text, left to right."""

    words: list[dict]
    cells: list[str]

    @property
    def text(self) -> str:
        return join_cells(self.cells)


def join_cells(cells: list[str]) -> str:
    """A table row as one line, the same from a PDF and a Word file: the cells joined by
    ``CELL_SEPARATOR``, except that a label cell ('Customer:', 'Effective Date:') runs into the
    value beside it, as an order form's field reads in text ('Customer: Kestrel Foods LLC')."""
    text = ""
    for n, cell in enumerate(cells):
        if n == 0:
            text = cell
        elif cells[n - 1].rstrip().endswith(":"):
            text += " " + cell
        else:
            text += CELL_SEPARATOR + cell
    return text


MIN_FILLED_ROWS = 2
"""A grid is read as a table where at least this many rows have text in two cells or more;
otherwise (a box with a line drawn under a heading, a form's frame) its words are text."""
_SIGNATURE_CELL = re.compile(
    r"^\W{0,3}(?:by|name|title|its|signature|signed|witness)\s{0,3}:|/s/|_{3,}", re.IGNORECASE
)
"""A signature block set in a ruled grid stays text: the signature pages' reading (parties,
dates of signing) finds its fields line by line, as in a text file."""
_CLAUSE_NUMBER = re.compile(
    r"(?:\d{1,3}(?:\.\d{1,3})*\.?|\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)|[A-Z]\.|Article\s+\w+)"
)
"""A grid whose first column holds nothing but clause numbers is a page ruled off into a
margin for the numbers, not a table: its clauses stay text."""


def split_table_words(
    words: list[dict], rules: list[Rule], cell_text: Callable[[list[dict]], str]
) -> tuple[list[dict], list[TableRow]]:
    """(the words outside every ruled table, the tables' rows).

    A word belongs to the cell its middle lies in; ``cell_text`` reads a cell's words. Rows
    whose cells are all empty are left out, and a grid that is not a table gives its words
    back."""
    grids = find_grids(rules) if rules else []
    if not grids:
        return words, []
    outside: list[dict] = []
    placed: dict[tuple[int, int, int], list[dict]] = {}
    for word in words:
        x = (word["x0"] + word.get("x1", word["x0"])) / 2
        y = (word["top"] + word["bottom"]) / 2
        for g, grid in enumerate(grids):
            found = grid.cell_of(x, y)
            if found is not None:
                placed.setdefault((g, *found), []).append(word)
                break
        else:
            outside.append(word)
    rows: list[TableRow] = []
    for g, grid in enumerate(grids):
        table = []
        for r, (_, _, cells) in enumerate(grid.rows):
            in_cells = [placed.get((g, r, c), []) for c in range(len(cells))]
            texts = [text for cell in in_cells if cell and (text := cell_text(cell))]
            if texts:
                table.append(TableRow([w for cell in in_cells for w in cell], texts))
        filled = sum(len(row.cells) >= 2 for row in table)
        signed = any(_SIGNATURE_CELL.search(cell) for row in table for cell in row.cells)
        numbered = all(_CLAUSE_NUMBER.fullmatch(row.cells[0].strip()) for row in table)
        if filled >= MIN_FILLED_ROWS and not signed and not numbered:
            rows += table
        else:
            outside += [w for row in table for w in row.words]
    return outside, rows
