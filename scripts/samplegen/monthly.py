"""The monthly performance report layouts: 2022-23 (12 columns) and 2024 (14 columns)."""
from . import catalogue, markers, style
from .pages import Document
from .table import Cell, Column, HeaderCell, Table, TableRow

# (key, header label, width pt). Labels are printed exactly as given ("\n" = forced line break).
M22 = [("measure", "Measure", 114), ("director", "Director", 48), ("portfolio_holder", "Portfolio Holder", 52),
       ("period_actual", "Period Actual", 47), ("period_target", "Period Target", 47), ("period_status", "Status", 30),
       ("comment", "Comment", 178), ("finance_impact", "Finance Impact", 72), ("risk_impact", "Risk Impact", 72),
       ("ytd_actual", "YTD Actual", 48), ("ytd_target", "YTD Target", 48), ("ytd_status", "YTD", 30)]
M24 = [("measure", "Measure", 84), ("director", "Director", 44), ("portfolio_holder", "Portfolio Holder", 46),
       ("comment", "Comment", 132), ("improvement_plan", "Improvement Plan", 72), ("timeframe", "Timeframe", 48),
       ("finance_impact", "Finance Impact", 62), ("risk_impact", "Risk Impact", 62),
       ("period_actual", "Period Actual", 45), ("period_target", "Period Target", 45), ("period_status", "Status", 28),
       ("ytd_actual", "YTD Actual", 45), ("ytd_target", "YTD Target", 45), ("ytd_status", "YTD", 28)]
LAYOUTS = {"m22": (M22, 7.0), "m24": (M24, 6.6)}
VALUE_KEYS = {"period_actual", "period_target", "ytd_actual", "ytd_target"}
RANK = {"RED": 3, "AMBER": 2, "GREEN": 1}


def make_table(layout):
    cols, size = LAYOUTS[layout]
    header = [[HeaderCell(label) for _, label, _ in cols]]
    return Table([Column(k, w) for k, _, w in cols], header, size=size)


def row_cells(row, layout, form):
    cells = []
    for key, _, _ in LAYOUTS[layout][0]:
        if key == "measure":
            cells.append(Cell([f"{row.mid} {row.title}"]))
        elif key in ("period_status", "ytd_status"):
            cells.append(Cell(painter=markers.painter(form, getattr(row, key))))
        elif key in VALUE_KEYS:
            raw = getattr(row, key)
            cells.append(Cell([raw] if raw else None, align="center"))
        elif key in ("director", "portfolio_holder"):
            cells.append(Cell([getattr(row, key)]))
        else:
            cells.append(Cell(getattr(row, key)))
    return TableRow(cells, owner=row.mid)


def worst(rows):
    ranked = [r.period_status for r in rows if r.period_status in RANK]
    return max(ranked, key=RANK.get) if ranked else None


def banner(doc, prio, rows, spec, form):
    """Priority heading bar, intro paragraphs, date line and the priority status line."""
    doc.new_page()
    top = doc.y
    doc.add(lambda c: (c.setFillColorRGB(*style.BANNER_FILL),
                       c.rect(doc.left, top - 20, doc.right - doc.left, 20, stroke=0, fill=1),
                       c.setFillColorRGB(1, 1, 1), c.setFont(style.BOLD, 12),
                       c.drawString(doc.left + 6, top - 14.5, prio.title)))
    doc.y -= 28
    for para in prio.intro:
        doc.text(para, size=8.5, after=3)
    doc.y -= 4
    doc.text(f"Status of Indicators    {spec.date_label}", font=style.BOLD, size=9, after=2)
    line_y, label = doc.y, f"{prio.pid} - {prio.title}"
    doc.text(label, font=style.BOLD, size=9, after=6)
    from reportlab.pdfbase.pdfmetrics import stringWidth
    x = doc.left + stringWidth(label, style.BOLD, 9) + 14
    paint = markers.painter(form, worst(rows))
    doc.add(lambda c: paint(c, x - 15, line_y + 1, 30, 9))


def key_table(doc, form):
    table = Table([Column("k", 70), Column("d", 230)], [[HeaderCell("Status Indicator"), HeaderCell("Status Description")]],
                  size=8)
    entries = [("RED", "Misses target by significant margin"), ("AMBER", "Misses target by narrow margin"),
               ("GREEN", "Meets or exceeds target"), (None, "Data missing"), ("NA", "Status indicator not applicable")]
    rows = [TableRow([Cell(painter=markers.painter(form, s)), Cell([d])]) for s, d in entries]
    table.flow(doc, rows)


def contents(doc, sections):
    table = Table([Column("p", 260), Column("n", 50)], [[HeaderCell("Priority"), HeaderCell("Page")]], size=8)
    rows = [TableRow([Cell([f"{pid} - {catalogue.PRIORITY[pid].title}"]), Cell([str(page)], align="center")])
            for pid, page in sections]
    table.flow(doc, rows)


def cover(doc, spec, sections):
    doc.heading("Business Management and Monitoring Report", size=18)
    doc.heading(f"Performance Report - {spec.month_label}", size=13, after=14)
    doc.heading("Contents", size=11)
    contents(doc, sections)
    doc.y -= 14
    doc.heading("Key", size=11)
    key_table(doc, spec.status_form)


def layout_pages(spec, sections_pages):
    """Lay the whole document out. Returns (Document, {mid: pages}, splits)."""
    doc = Document(f"Oxfordshire County Council - Business Management & Monitoring Report - {spec.month_label}",
                   f"Performance report {spec.month_label}")
    cover(doc, spec, sections_pages)
    pages, splits, found = {}, [], []
    for pid in sorted({r.pid for r in spec.rows}):
        rows = [r for r in spec.rows if r.pid == pid]
        banner(doc, catalogue.PRIORITY[pid], rows, spec, spec.status_form)
        found.append((pid, doc.page_no))
        table = make_table(spec.layout)
        table.flow(doc, [row_cells(r, spec.layout, spec.status_form) for r in rows])
        pages.update(table.pages)
        splits += table.splits
    return doc, pages, splits, found


def build(spec):
    """Two passes so the contents page shows the real section pages."""
    guess = [(pid, 0) for pid in sorted({r.pid for r in spec.rows})]
    doc, pages, splits, found = layout_pages(spec, guess)
    doc, pages, splits, found2 = layout_pages(spec, found)
    assert found == found2, "contents changed the pagination"
    return doc, pages, splits
