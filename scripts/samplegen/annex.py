"""The 2024 Annex A scorecard: Key table, two-level header, indicator words in coloured cells,
a full-width "Comments :" line under every measure and an Overall Performance total row."""
from . import style
from .pages import Document
from .table import Cell, Column, HeaderCell, Table, TableRow

COLUMNS = [("linked", 330), ("unit", 38), ("trend", 38), ("period_target", 64), ("period_actual", 64),
           ("period_status", 58), ("ytd_target", 64), ("ytd_actual", 64), ("ytd_status", 58)]
HEADER = [[HeaderCell("Linked Items", rowspan=2), HeaderCell("Unit", rowspan=2), HeaderCell("Trend", rowspan=2),
           HeaderCell("Period Performance", colspan=3), HeaderCell("YTD Performance", colspan=3)],
          [HeaderCell("Target"), HeaderCell("Actual"), HeaderCell("Indicator"),
           HeaderCell("Target"), HeaderCell("Actual"), HeaderCell("Indicator")]]
WORDS = {"GREEN": "GREEN", "AMBER": "AMBER", "RED": "RED", "NA": "n/a", "NR": "n/r"}
TEXT_ON = {"GREEN": (1, 1, 1), "AMBER": (0, 0, 0), "RED": (1, 1, 1)}
SCORECARD = "SCORECARD: Reporting Pattern 2: May, July, November and January"


def indicator(status):
    if status is None:
        return Cell(None)
    if status in TEXT_ON:
        return Cell([WORDS[status]], fill=style.rgb(status), bold=True, align="center", color=TEXT_ON[status])
    return Cell([WORDS[status]], align="center")


def measure_row(row, label=None, bold=False):
    cells = [Cell([label or f"{row.mid} {row.title}"], bold=bold),
             Cell([row.unit] if row.unit else None, align="center"),
             Cell([row.trend] if row.trend else None, align="center")]
    for part in ("period", "ytd"):
        for what in ("target", "actual"):
            raw = getattr(row, f"{part}_{what}")
            cells.append(Cell([raw] if raw else None, align="right"))
        cells.append(indicator(getattr(row, f"{part}_status")))
    return cells


def comment_row(row):
    paras = list(row.comment or ["N/A"])
    paras[0] = "Comments : " + paras[0]
    return TableRow([Cell(paras, span=len(COLUMNS))], owner=row.mid, min_split=2)


def key_table(doc):
    t = Table([Column("i", 70), Column("d", 240)], [[HeaderCell("Indicator"), HeaderCell("Status Description")]], size=8)
    entries = [("GREEN", "Meets or exceeds target"), ("AMBER", "Misses target by narrow margin"),
               ("RED", "Misses target by significant margin"), ("NA", "Monitoring only")]
    t.flow(doc, [TableRow([indicator(s), Cell([d])]) for s, d in entries])


def build(spec):
    doc = Document(f"Annex A - Performance Scorecard - {spec.month_label}", f"Annex A {spec.month_label}")
    doc.heading("Annex A", size=20)
    doc.heading("Oxfordshire County Council", size=12, after=10)
    doc.heading("Key", size=11)
    key_table(doc)
    doc.y -= 12
    doc.heading(SCORECARD, size=11, after=2)
    doc.heading(spec.date_label, size=11, after=8)
    table = Table([Column(k, w) for k, w in COLUMNS], HEADER, size=7.4)
    rows = []
    for r in spec.rows:
        rows.append(TableRow(measure_row(r), owner=r.mid, keep_with_next=True))
        rows.append(comment_row(r))
    rows.append(TableRow(measure_row(spec.overall, label="Overall Performance", bold=True)))
    table.flow(doc, rows)
    return doc, table.pages, table.splits
