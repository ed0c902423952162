"""Cabinet report figures derived from the Annex A rows (so the two documents agree).

Row category (by the row's period status): GREEN/AMBER/RED; NA = monitoring only; no status and a
complaints measure with no actual = no complaints received; any other row without a status = data unavailable.
OCC11 (finance) measures are bi-monthly, all others monthly."""
from collections import Counter

CATS = ["green", "amber", "red", "monitoring_only", "data_unavailable", "no_complaints"]
RAG = ("GREEN", "AMBER", "RED")
CHANGES = [("RED", "GREEN"), ("AMBER", "GREEN"), ("RED", "AMBER"), ("GREEN", "AMBER"), ("AMBER", "RED"),
           ("GREEN", "RED")]


def category(r):
    if r.period_status in RAG:
        return r.period_status.lower()
    if r.period_status == "NA":
        return "monitoring_only"
    if "complaints" in r.title.lower() and r.period_actual is None:
        return "no_complaints"
    return "data_unavailable"


def counts(rows, label):
    c = Counter(category(r) for r in rows)
    out = {"row": label}
    out.update({k: c.get(k, 0) for k in CATS})
    out["total"] = len(rows)
    return out


def rag_summary(rows):
    monthly = [r for r in rows if r.pid != "OCC11"]
    bimonthly = [r for r in rows if r.pid == "OCC11"]
    return [counts(monthly, "Monthly"), counts(bimonthly, "Bi-monthly"), counts(rows, "Total")]


def comparison_row(rows, month):
    """Table 2 row for the report month: no-complaint measures are left out; monitoring = n/a + no data."""
    c = counts(rows, month)
    mon = c["monitoring_only"] + c["data_unavailable"]
    return {"month": month, "green": c["green"], "amber": c["amber"], "red": c["red"],
            "monitoring_only": mon, "total": c["green"] + c["amber"] + c["red"] + mon}


def red_list(rows):
    return [r for r in rows if r.period_status == "RED"]


def status_changes(rows):
    return [(a, b, [r for r in rows if r.previous_status == a and r.period_status == b]) for a, b in CHANGES]


def exceptions(rows):
    return [r for r in rows if r.period_status == "RED" or (r.period_status == "AMBER" and r.previous_status == "AMBER")]


def pct(n, total):
    return f"{100.0 * n / total:.1f}%" if total else "0%"
