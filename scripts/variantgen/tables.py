"""Columns, header levels and body cells of a variant's measure table (every layout)."""
from samplegen.table import Column, HeaderCell, TableRow

from . import status
from .grid import VCell

# Relative column widths: text-heavy columns get more of the page.
WEIGHTS = {"measure": 3.2, "director": 1.1, "portfolio_holder": 1.1, "unit": 0.55, "trend": 0.6, "comment": 3.6,
           "improvement_plan": 1.6, "timeframe": 1.0, "finance_impact": 1.5, "risk_impact": 1.5,
           "period_actual": 1.0, "period_target": 1.0, "period_status": 0.75, "ytd_actual": 1.0,
           "ytd_target": 1.0, "ytd_status": 0.75}
ANNEX_MEASURE_WEIGHT = 5.5    # the scorecard's measure column holds the long titles and nothing else
VALUES = {"period_actual", "period_target", "ytd_actual", "ytd_target"}
STATUSES = {"period_status", "ytd_status"}
PART = {"period", "ytd"}


def keys(ax):
    return ax["columns"].split("|")


def columns(ax, width):
    weights = [ANNEX_MEASURE_WEIGHT if k == "measure" and ax["layout"] == "annex" else WEIGHTS[k] for k in keys(ax)]
    unit = width / sum(weights)
    return [Column(k, w * unit) for k, w in zip(keys(ax), weights)]


def group_of(key):
    part = key.split("_", 1)[0]
    return part if part in PART else None


def header(ax):
    """One level of labels, or two with the period / YTD group labels spanning their columns."""
    ks = keys(ax)
    if ax["header"] == "absent":
        return [[HeaderCell(ax[f"label.{k}"]) for k in ks]]
    top, under, i = [], [], 0
    while i < len(ks):
        part = group_of(ks[i])
        if part is None:
            top.append(HeaderCell(ax[f"label.{ks[i]}"], rowspan=2))
            i += 1
            continue
        span = [k for k in ks[i:i + 3] if group_of(k) == part]
        top.append(HeaderCell(ax[f"label.group.{part}"], colspan=len(span)))
        under += [HeaderCell(ax[f"label.{k}"]) for k in span]
        i += len(span)
    return [top, under]


def measure_cell(row, ax, label=None, bold=False):
    if label:
        return VCell([label], bold=bold)
    if ax["measure_cell"] == "newline":
        return VCell([row.mid, row.title], gap=False)
    return VCell([f"{row.mid} {row.title}"])


def body_cells(row, ax, look, label=None, bold=False):
    cells = []
    for k in keys(ax):
        if k == "measure":
            cells.append(measure_cell(row, ax, label, bold))
        elif k in STATUSES:
            cells.append(status.cell(ax["status_form"], getattr(row, k), look))
        elif k in VALUES or k in ("unit", "trend"):
            raw = getattr(row, k)
            cells.append(VCell([raw] if raw else None, align="right" if ax["layout"] == "annex" else "center"))
        elif k in ("director", "portfolio_holder"):
            cells.append(VCell([getattr(row, k)] if getattr(row, k) else None))
        else:
            cells.append(VCell(getattr(row, k)))
    return cells


def measure_row(row, ax, look, keep_with_next=False):
    return TableRow(body_cells(row, ax, look), owner=row.mid, keep_with_next=keep_with_next)


def banner_row(text, ax, look):
    """A priority line spanning the whole table (not a measure)."""
    return TableRow([VCell([text], span=len(keys(ax)), bold=True, fill=look.header_fill or (0.9, 0.9, 0.9))],
                    keep_with_next=True)
