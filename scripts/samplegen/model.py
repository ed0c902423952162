"""The data model shared by the layouts and the expected-record writer."""
from dataclasses import dataclass, field
from typing import List, Optional


@dataclass
class Row:
    """One measure row as printed. Raw strings only; None = empty cell.

    Free-text fields are lists of paragraphs (None when the cell is empty)."""
    mid: str
    pid: str
    title: str
    director: Optional[str] = None
    portfolio_holder: Optional[str] = None
    unit: Optional[str] = None
    trend: Optional[str] = None
    period_actual: Optional[str] = None
    period_target: Optional[str] = None
    period_status: Optional[str] = None   # GREEN/AMBER/RED/NA/NR or None
    ytd_actual: Optional[str] = None
    ytd_target: Optional[str] = None
    ytd_status: Optional[str] = None
    comment: Optional[List[str]] = None
    improvement_plan: Optional[List[str]] = None
    timeframe: Optional[List[str]] = None
    finance_impact: Optional[List[str]] = None
    risk_impact: Optional[List[str]] = None
    previous_status: Optional[str] = None  # last month's period status (Cabinet report only)
    warnings: List[str] = field(default_factory=list)


@dataclass
class Doc:
    """One sample document's data."""
    name: str                 # file stem, e.g. monthly-2022-07
    layout: str               # m22 | m24 | annex
    status_form: str          # shape | glyph | image | word
    period_end: str           # ISO date
    period_start: Optional[str]
    date_label: str           # as printed: 31/07/2022 or FROM 01-APR-2024 TO 30-NOV-2024
    month_label: str          # July 2022
    rows: List[Row]
    overall: Optional[Row] = None   # annex "Overall Performance" total row (not a measure)
