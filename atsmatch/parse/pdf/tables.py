"""Table rows on a PDF page: cells side by side, with cells that wrap onto more lines.

A table starts at a line of two or more cells (fragments) and takes every following line
whose cells start at the first row's cell positions (within ``CELL_ALIGN`` points): a line
with two or more aligned cells is a new row; a line close below whose every fragment starts
at a cell position continues the cells of the row above (a wrapped, top-aligned cell),
unless it starts in the first column after a paragraph gap (body text after the table).
A line in larger type than the first row (a section heading) ends the table. Fragments
with no text (icons drawn before each line of a contact list) are no cells.
Three or more rows make a table. Each row is read as one line, cell by cell, left to
right, each cell's lines top to bottom (Block kind ``table``).
"""

from __future__ import annotations

from atsmatch.parse.pdf.lines import Fragment, Line

__all__ = ["CELL_ALIGN", "CONTINUATION_GAP", "HEADING_SIZE", "MIN_ROWS", "merge_tables"]

CELL_ALIGN = 3.0
MIN_ROWS = 3
CONTINUATION_GAP = 1.5  # most white space, in font sizes, above a wrapped cell's next line
HEADING_SIZE = 1.15  # a line in type this much larger than the first row's is no row


def merge_tables(lines: list[Line]) -> list[Line]:
    """``lines`` with each table's rows merged into one line per row."""
    out: list[Line] = []
    index = 0
    while index < len(lines):
        found = _table_at(lines, index)
        if found is None:
            out.append(lines[index])
            index += 1
            continue
        rows, index = found
        out.extend(rows)
    return out


def _table_at(lines: list[Line], start: int) -> tuple[list[Line], int] | None:
    """The table starting at ``lines[start]`` as merged rows, and the index after it."""
    if len(_cells(lines[start])) < 2:
        return None
    columns = sorted(f.x0 for f in _cells(lines[start]))
    rows: list[list[Line]] = [[lines[start]]]
    pending: list[Line] = []
    index = start + 1
    while index < len(lines):
        line = lines[index]
        if line.size >= HEADING_SIZE * lines[start].size:
            break  # a heading in larger type ends the table
        if len(_cells(line)) >= 2 and _aligned(line, columns) >= 2:
            rows[-1].extend(pending)
            pending = []
            rows.append([line])
        elif _continues(lines[index - 1], line, columns):
            pending.append(line)
        else:
            break
        index += 1
    if len(rows) < MIN_ROWS:
        return None
    # After the last row, only lines in a later column can be sure to be its cells.
    while pending and not _in_first_column(pending[0], columns):
        rows[-1].append(pending.pop(0))
    index -= len(pending)
    return [_row(row, columns) for row in rows], index


def _continues(above: Line, line: Line, columns: list[float]) -> bool:
    """``line`` holds the next lines of cells of the row above (wrapped cells)."""
    if _aligned(line, columns) < len(_cells(line)):
        return False
    if above.bbox[1] - line.bbox[3] > CONTINUATION_GAP * max(above.size, line.size):
        return False
    return not line.gap_before or not _in_first_column(line, columns)


def _cells(line: Line) -> list[Fragment]:
    """The fragments of a line that hold text: an icon beside each line is no column."""
    return [f for f in line.fragments if f.text]


def _aligned(line: Line, columns: list[float]) -> int:
    return sum(1 for f in _cells(line) if _column(f, columns) is not None)


def _column(fragment: Fragment, columns: list[float]) -> int | None:
    for number, x in enumerate(columns):
        if abs(fragment.x0 - x) <= CELL_ALIGN:
            return number
    return None


def _in_first_column(line: Line, columns: list[float]) -> bool:
    return any(_column(f, columns) == 0 for f in line.fragments)


def _row(lines: list[Line], columns: list[float]) -> Line:
    cells: dict[int, list[Fragment]] = {}
    for line in lines:
        for fragment in line.fragments:
            number = _column(fragment, columns)
            if number is None:  # between cell starts: the cell to its left
                number = max((n for n, x in enumerate(columns) if x <= fragment.x0), default=0)
            cells.setdefault(number, []).append(fragment)
    # Lines come top to bottom and fragments left to right, so each cell is in reading order.
    ordered = [fragment for number in sorted(cells) for fragment in cells[number]]
    return Line(ordered, kind="table", gap_before=lines[0].gap_before)
