"""The sample table drawn with a variant's look: its fonts, cell fills and rules, header label
placement, and a header that may or may not repeat on every page."""
from dataclasses import dataclass

from samplegen.table import Cell, Table, _Laid, draw_lines
from samplegen.wrapping import shrink_to_fit, wrap_paragraphs

GRID_GREY = (0.35, 0.35, 0.35)
SMALLEST_HEADER = 4.5    # pt: header labels shrink to this before they wrap onto another line
SMALLEST_WORD = 3.0      # pt: a header word wider than its column shrinks down to this


@dataclass
class VCell(Cell):
    gap: bool = True     # an empty line between paragraphs (False: each paragraph on the next line)


class LookTable(Table):
    def __init__(self, columns, header, look):
        super().__init__(columns, header, size=look.size, header_size=look.size)
        self.look = look
        self.x0 = None
        self.zebra_on, self.last_owner = False, None

    def place(self, doc):
        self.x0 = doc.left

    # ---- geometry ----------------------------------------------------------
    def layout(self, row):
        laid, i = [], 0
        for cell in row.cells:
            x, w = self.col_x(i), sum(c.width for c in self.columns[i:i + cell.span])
            font = self.look.bold if cell.bold else self.look.font
            inner = w - 2 * self.pad
            size = shrink_to_fit(cell.paras or [], font, self.size, inner)
            lines = wrap_paragraphs(cell.paras or [], font, size, inner, gap=getattr(cell, "gap", True))
            if cell.painter and not lines:
                lines = [""]
            laid.append(_Laid(x, w, lines, size, cell))
            i += cell.span
        return laid

    def header_lines(self, col, hc):
        w = sum(c.width for c in self.columns[col:col + hc.colspan]) - 2 * self.pad
        return wrap_paragraphs(self.label_lines(hc.label), self.look.bold, self.header_size_for(hc, w), w, gap=False)

    def label_lines(self, label):
        words = label.split()
        if self.look.two_line_labels and len(words) > 1:
            half = (len(words) + 1) // 2
            return [" ".join(words[:half]), " ".join(words[half:])]
        return [label]

    def header_size_for(self, hc, w):
        """One-line labels shrink (down to SMALLEST_HEADER) until they fit on one line."""
        paras = self.label_lines(hc.label)
        size = shrink_to_fit(paras, self.look.bold, self.header_size, w, smallest=SMALLEST_WORD)
        if not self.look.two_line_labels:
            while size > SMALLEST_HEADER and len(wrap_paragraphs(paras, self.look.bold, size, w, gap=False)) > 1:
                size = round(size - 0.25, 2)
        return size

    # ---- header ----------------------------------------------------------
    def draw_header(self, doc):
        heights = self.level_heights()
        ops = [(x, top, w, h, self.header_lines(col, hc), self.header_size_for(hc, w - 2 * self.pad), heights[lv])
               for lv, col, hc, x, top, w, h in self.header_boxes(doc.y)]
        look = self.look

        def op(c):
            for x, top, w, h, lines, size, first_h in ops:
                self.paint_box(c, x, top, w, h, look.header_fill, look.header_rules)
                c.setFillColorRGB(0, 0, 0)
                c.setFont(look.bold, size)
                lead = size * 1.22
                ty = self.label_top(top, h, first_h, len(lines) * lead) - size * 0.95
                for ln in lines:
                    c.drawCentredString(x + w / 2, ty, ln)
                    ty -= lead
        doc.add(op)
        doc.y -= sum(heights)

    def label_top(self, top, h, first_h, text_h):
        """Where a header label's first line starts: spanning labels sit on the first line (top),
        on the last line (bottom) or between (center)."""
        if self.look.header_valign == "top":
            return top - (first_h - text_h) / 2
        if self.look.header_valign == "bottom":
            return top - h + self.pad + text_h
        return top - (h - text_h) / 2

    @staticmethod
    def paint_box(c, x, top, w, h, fill, rules):
        c.setStrokeColorRGB(*GRID_GREY)
        c.setLineWidth(0.5)
        if fill:
            c.setFillColorRGB(*fill)
            c.rect(x, top - h, w, h, stroke=0, fill=1)
        if rules == "grid":
            c.rect(x, top - h, w, h, stroke=1, fill=0)
        elif rules == "rows":
            c.line(x, top, x + w, top)
            c.line(x, top - h, x + w, top - h)

    # ---- body ------------------------------------------------------------
    def flow(self, doc, rows, on_new_page=None):
        self.place(doc)
        if doc.space() < self.header_height() + self.height(3):
            doc.new_page()
        self.draw_header(doc)
        laid_rows = [self.layout(r) for r in rows]
        for i, (row, laid) in enumerate(zip(rows, laid_rows)):
            nxt = laid_rows[i + 1] if row.keep_with_next and i + 1 < len(rows) else None
            if row.owner and row.owner != self.last_owner:
                self.zebra_on, self.last_owner = not self.zebra_on, row.owner
            self.flow_row(doc, row, laid, nxt, self.break_page(doc, on_new_page))

    def break_page(self, doc, on_new_page):
        def brk():
            doc.new_page()
            if on_new_page:
                on_new_page(doc)
            if self.look.repeat_header:
                self.draw_header(doc)
        return brk

    def flow_row(self, doc, row, laid, nxt, break_page):
        if self.look.repeat_header:
            return super().flow_row(doc, row, laid, nxt, break_page)
        # The sample table calls a page fresh when y sits right under a header; here there is none.
        self.header_height = lambda: 0.0
        try:
            super().flow_row(doc, row, laid, nxt, break_page)
        finally:
            del self.header_height

    def draw_fragment(self, doc, row, laid, start, n):
        top, h = doc.y, self.height(n)
        lead, pad, look = self.leading, self.pad, self.look
        zebra = look.zebra if self.zebra_on and row.owner else None
        frags = [(lc, lc.lines[start:start + n], start == 0) for lc in laid]

        def op(c):
            for lc, lines, first in frags:
                cell = lc.cell
                fill = cell.fill if (cell.fill and first) else zebra
                self.paint_box(c, lc.x, top, lc.w, h, fill, look.body_rules)
                if cell.painter:
                    if first:
                        cell.painter(c, lc.x, top - pad, lc.w, lead)
                    if not lines or not any(lines):
                        continue
                draw_lines(c, lc, lines, top, pad, lead, look.bold if cell.bold else look.font)
        doc.add(op)
        doc.y -= h

