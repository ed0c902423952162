"""Whole documents of a variant: the monthly reports (m22, m24) and the Annex A scorecard."""
from reportlab.pdfbase.pdfmetrics import stringWidth

from samplegen import catalogue
from samplegen.datasets import MONTHS
from samplegen.table import Column, HeaderCell, TableRow

from . import status, tables
from .grid import LookTable, VCell
from .page import Page

BANNER_FILL = (0.16, 0.27, 0.45)
KEY = [("RED", "Misses target by significant margin"), ("AMBER", "Misses target by narrow margin"),
       ("GREEN", "Meets or exceeds target"), ("NA", "Not applicable / monitoring only")]
SCORECARD = "SCORECARD: Reporting Pattern 2: May, July, November and January"


def new_table(ax, look, doc):
    return LookTable(tables.columns(ax, doc.right - doc.left), tables.header(ax), look)


def key_table(doc, ax, look):
    """The Key: every status rendering next to its meaning (not measure rows)."""
    cols = [Column("k", 70), Column("d", 240)]
    t = LookTable(cols, [[HeaderCell("Status Indicator"), HeaderCell("Description")]], look)
    t.flow(doc, [TableRow([status.cell(ax["status_form"], s, look), VCell([d])]) for s, d in KEY])


def date_line(spec, ax):
    day, month, year = spec.date_label.split("/")
    return {"status-of-indicators": f"Status of Indicators    {spec.date_label}",
            "position-as-at": f"Position as at {spec.date_label}",
            "data-as-at": f"Data as at {int(day)} {MONTHS[int(month) - 1]} {year}"}[ax["date_line"]]


def banner(doc, pid, look):
    top = doc.y
    title = catalogue.PRIORITY[pid].title
    doc.add(lambda c: (c.setFillColorRGB(*BANNER_FILL),
                       c.rect(doc.left, top - 20, doc.right - doc.left, 20, stroke=0, fill=1),
                       c.setFillColorRGB(1, 1, 1), c.setFont(look.bold, 11),
                       c.drawString(doc.left + 6, top - 14, title)))
    doc.y -= 28


def priority_line(doc, pid, ax, look, rows):
    """`OCCnn - title`, with the priority's overall status marker after it (not a measure)."""
    label = f"{pid} - {catalogue.PRIORITY[pid].title}"
    y = doc.y
    doc.text(label, font=look.bold, size=9, after=6)
    worst = worst_status(rows)
    if worst and ax["status_form"] in ("shape", "glyph", "image"):
        x = doc.left + stringWidth(label, look.bold, 9) + 14
        paint = status.painter(ax["status_form"], worst, look)
        doc.add(lambda c: paint(c, x - 15, y + 1, 30, 9))


def worst_status(rows):
    rank = {"RED": 3, "AMBER": 2, "GREEN": 1}
    ranked = [r.period_status for r in rows if r.period_status in rank]
    return max(ranked, key=rank.get) if ranked else None


def monthly(spec, ax, look):
    doc = Page(f"Oxfordshire County Council - Performance Report - {spec.month_label}",
               f"Performance report {spec.month_label}", ax, look)
    if ax["cover"] == "yes":
        doc.heading("Business Management and Monitoring Report", size=18)
        doc.heading(f"Performance Report - {spec.month_label}", size=13, after=14)
        doc.heading("Key", size=11)
        key_table(doc, ax, look)
        doc.new_page()
    pids = sorted({r.pid for r in spec.rows})
    by = {p: [r for r in spec.rows if r.pid == p] for p in pids}
    pages, splits = {}, []
    if ax["priorities"] == "in-table":
        doc.text(date_line(spec, ax), font=look.bold, size=9, after=6)
        rows = []
        for p in pids:
            rows.append(tables.banner_row(f"{p} - {catalogue.PRIORITY[p].title}", ax, look))
            rows += [tables.measure_row(r, ax, look) for r in by[p]]
        t = new_table(ax, look, doc)
        t.flow(doc, rows)
        return doc, t.pages, t.splits
    for i, p in enumerate(pids):
        if ax["priorities"] == "new-page":
            if i or doc.y != doc.top:
                doc.new_page()
            banner(doc, p, look)
            doc.text(date_line(spec, ax), font=look.bold, size=9, after=2)
        elif i == 0:
            doc.text(date_line(spec, ax), font=look.bold, size=9, after=6)
        else:
            doc.y -= 10
        doc.ensure(60)
        priority_line(doc, p, ax, look, by[p])
        t = new_table(ax, look, doc)
        t.flow(doc, [tables.measure_row(r, ax, look) for r in by[p]])
        pages.update(t.pages)
        splits += t.splits
    return doc, pages, splits


def comment_row(row, ax):
    paras = list(row.comment or ["N/A"])
    paras[0] = ax["comment_prefix"] + paras[0]
    return TableRow([VCell(paras, span=len(tables.keys(ax)))], owner=row.mid, min_split=2)


def annex(spec, ax, look):
    doc = Page(f"Annex A - Performance Scorecard - {spec.month_label}", f"Annex A {spec.month_label}", ax, look)
    doc.heading("Annex A", size=20)
    doc.heading("Oxfordshire County Council", size=12, after=10)
    if ax["key_table"] == "yes":
        doc.heading("Key", size=11)
        key_table(doc, ax, look)
        doc.y -= 12
    doc.heading(SCORECARD, size=11, after=2)
    doc.heading(spec.date_label, size=11, after=8)
    rows, last_pid = [], None
    for r in spec.rows:
        if ax["priorities"] == "in-table" and r.pid != last_pid:
            rows.append(tables.banner_row(f"{r.pid} - {catalogue.PRIORITY[r.pid].title}", ax, look))
            last_pid = r.pid
        rows.append(tables.measure_row(r, ax, look, keep_with_next=True))
        rows.append(comment_row(r, ax))
    if ax["overall_row"] == "yes":
        rows.append(TableRow(tables.body_cells(spec.overall, ax, look, label=ax["label.overall"], bold=True)))
    t = new_table(ax, look, doc)
    t.flow(doc, rows)
    return doc, t.pages, t.splits


def build(spec, ax, look):
    """(Document, {measure id: pages}, splits)."""
    return (annex if ax["layout"] == "annex" else monthly)(spec, ax, look)
