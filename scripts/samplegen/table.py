"""Bordered tables with a shaded (optionally two-level) header repeated on every page,
cells wrapped over many lines, and rows that split across page breaks."""
from dataclasses import dataclass, field
from typing import Callable, List, Optional

from . import style
from .wrapping import shrink_to_fit, wrap_paragraphs


@dataclass
class Column:
    key: str
    width: float


@dataclass
class Cell:
    paras: Optional[List[str]] = None      # text cell: list of paragraphs
    span: int = 1
    fill: Optional[tuple] = None           # background RGB 0..1
    bold: bool = False
    color: tuple = (0, 0, 0)
    align: str = "left"                    # left | center | right
    painter: Optional[Callable] = None     # painter(c, x, y_top, w, h_line): draws a status marker


@dataclass
class TableRow:
    cells: List[Cell]
    owner: Optional[str] = None            # measure id whose pages this row counts for
    keep_with_next: bool = False
    min_split: int = 3                     # fewest lines left behind / carried over when splitting


@dataclass
class HeaderCell:
    label: str
    colspan: int = 1
    rowspan: int = 1


@dataclass
class _Laid:
    x: float
    w: float
    lines: list
    size: float
    cell: Cell


class Table:
    def __init__(self, columns, header, size=7.0, leading=None, pad=2.6, header_size=None, x=None):
        self.columns, self.header = columns, header        # header: list of levels of HeaderCell
        self.size, self.leading = size, leading or size * 1.22
        self.pad, self.header_size = pad, header_size or size
        self.x0 = x if x is not None else style.MARGIN_X
        self.pages = {}      # owner -> sorted page list
        self.splits = []     # (owner, first page, last page) for rows drawn on more than one page

    # ---- geometry ----------------------------------------------------------
    def col_x(self, i):
        return self.x0 + sum(c.width for c in self.columns[:i])

    def layout(self, row):
        laid, i = [], 0
        for cell in row.cells:
            x, w = self.col_x(i), sum(c.width for c in self.columns[i:i + cell.span])
            font = style.BOLD if cell.bold else style.FONT
            inner = w - 2 * self.pad
            size = shrink_to_fit(cell.paras or [], font, self.size, inner)
            lines = wrap_paragraphs(cell.paras or [], font, size, inner)
            if cell.painter and not lines:
                lines = [""]
            laid.append(_Laid(x, w, lines, size, cell))
            i += cell.span
        return laid

    def height(self, nlines):
        return nlines * self.leading + 2 * self.pad

    # ---- header ----------------------------------------------------------
    def header_levels(self):
        """Place header cells on a grid honouring col/rowspans -> list of (level, col, HeaderCell)."""
        taken, placed = set(), []
        for lv, level in enumerate(self.header):
            col = 0
            for hc in level:
                while (lv, col) in taken:
                    col += 1
                placed.append((lv, col, hc))
                for dl in range(hc.rowspan):
                    for dc in range(hc.colspan):
                        taken.add((lv + dl, col + dc))
                col += hc.colspan
        return placed

    def header_height(self):
        return sum(self.level_heights())

    def level_heights(self):
        heights = [0.0] * len(self.header)
        for lv, col, hc in self.header_levels():
            if hc.rowspan == 1:
                heights[lv] = max(heights[lv], self.height(len(self.header_lines(col, hc))))
        return [h or self.height(1) for h in heights]

    def header_lines(self, col, hc):
        w = sum(c.width for c in self.columns[col:col + hc.colspan]) - 2 * self.pad
        return wrap_paragraphs(hc.label.split("\n"), style.BOLD, self.header_size, w, gap=False)

    def header_boxes(self, y0):
        """(level, col, HeaderCell, x, top, w, h) of every header cell of a header drawn from y0 down."""
        heights = self.level_heights()
        for lv, col, hc in self.header_levels():
            top = y0 - sum(heights[:lv])
            h = sum(heights[lv:lv + hc.rowspan])
            x, w = self.col_x(col), sum(c.width for c in self.columns[col:col + hc.colspan])
            yield lv, col, hc, x, top, w, h

    def draw_header(self, doc):
        heights = self.level_heights()
        ops = [(x, top, w, h, self.header_lines(col, hc)) for _, col, hc, x, top, w, h in self.header_boxes(doc.y)]
        size, lead, pad = self.header_size, self.header_size * 1.22, self.pad

        def op(c):
            for x, top, w, h, lines in ops:
                c.setFillColorRGB(*style.HEADER_FILL)
                c.setStrokeColorRGB(*style.GRID)
                c.setLineWidth(0.6)
                c.rect(x, top - h, w, h, stroke=1, fill=1)
                c.setFillColorRGB(0, 0, 0)
                c.setFont(style.BOLD, size)
                ty = top - (h - len(lines) * lead) / 2 - size * 0.95
                for ln in lines:
                    c.drawCentredString(x + w / 2, ty, ln)
                    ty -= lead
            _ = pad
        doc.add(op)
        doc.y -= sum(heights)

    # ---- body ------------------------------------------------------------
    def flow(self, doc, rows, on_new_page=None):
        """Draw rows at doc.y, splitting rows over page breaks and repeating the header."""
        def break_page():
            doc.new_page()
            if on_new_page:
                on_new_page(doc)
            self.draw_header(doc)

        if doc.space() < self.header_height() + self.height(3):
            doc.new_page()
            if on_new_page:
                on_new_page(doc)
        self.draw_header(doc)
        laid_rows = [self.layout(r) for r in rows]
        for i, (row, laid) in enumerate(zip(rows, laid_rows)):
            nxt = laid_rows[i + 1] if row.keep_with_next and i + 1 < len(rows) else None
            self.flow_row(doc, row, laid, nxt, break_page)

    def flow_row(self, doc, row, laid, nxt, break_page):
        start, drawn = 0, []
        total = max(len(c.lines) for c in laid)
        extra = self.height(min(3, max(len(c.lines) for c in nxt))) if nxt else 0
        while True:
            remaining = total - start
            if self.height(remaining) + extra <= doc.space():
                self.draw_fragment(doc, row, laid, start, remaining)
                drawn.append(doc.page_no)
                break
            avail = int((doc.space() - 2 * self.pad) // self.leading)
            fresh = doc.y == doc.top - self.header_height()
            if (avail >= row.min_split and remaining - avail >= row.min_split) or (fresh and avail > 0):
                self.draw_fragment(doc, row, laid, start, avail)
                drawn.append(doc.page_no)
                start += avail
            break_page()
            extra = 0
        if row.owner:
            self.pages[row.owner] = sorted(set(self.pages.get(row.owner, [])) | set(drawn))
            if len(drawn) > 1:
                self.splits.append((row.owner, drawn[0], drawn[-1]))

    def draw_fragment(self, doc, row, laid, start, n):
        top, h = doc.y, self.height(n)
        lead, pad = self.leading, self.pad
        frags = [(c, c.lines[start:start + n], start == 0) for c in laid]

        def op(c):
            c.setLineWidth(0.5)
            for lc, lines, first in frags:
                cell = lc.cell
                c.setStrokeColorRGB(*style.GRID)
                if cell.fill and first:
                    c.setFillColorRGB(*cell.fill)
                    c.rect(lc.x, top - h, lc.w, h, stroke=1, fill=1)
                else:
                    c.rect(lc.x, top - h, lc.w, h, stroke=1, fill=0)
                if cell.painter:
                    if first:
                        cell.painter(c, lc.x, top - pad, lc.w, lead)
                    continue
                draw_lines(c, lc, lines, top, pad, lead, style.BOLD if cell.bold else style.FONT)
        doc.add(op)
        doc.y -= h


def draw_lines(c, lc, lines, top, pad, lead, font):
    """A laid-out cell's text lines from the top of its fragment."""
    c.setFillColorRGB(*lc.cell.color)
    c.setFont(font, lc.size)
    ty = top - pad - lc.size * 0.93
    for ln in lines:
        _draw_aligned(c, lc.cell.align, lc.x, lc.w, pad, ty, ln)
        ty -= lead


def _draw_aligned(c, align, x, w, pad, y, text):
    if align == "center":
        c.drawCentredString(x + w / 2, y, text)
    elif align == "right":
        c.drawRightString(x + w - pad, y, text)
    else:
        c.drawString(x + pad, y, text)
