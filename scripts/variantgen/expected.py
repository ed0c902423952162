"""Expected records of a variant, written from the data and axes that drew it (never from an extractor)."""
import json

from samplegen import catalogue
from samplegen.expected import record, sha256

from . import status, tables

# Record fields printed only where the variant has their column.
OPTIONAL = ("director", "portfolio_holder", "unit", "trend", "improvement_plan", "timeframe", "finance_impact",
            "risk_impact")


def priority_title(row, ax):
    printed = ax["layout"] != "annex" or ax["priorities"] == "in-table"
    return catalogue.PRIORITY[row.pid].title if printed else None


def one(row, spec, ax, source, reader):
    rec = record(row, spec, source)
    cols = set(tables.keys(ax))
    for key in OPTIONAL:
        if key not in cols:
            rec[key] = None
    rec["priority_title"] = priority_title(row, ax)
    for part in ("period", "ytd"):
        rec[part]["status"] = status.expected(getattr(row, f"{part}_status"), ax["status_form"], reader)
    return rec


def records(spec, ax, path, pages, method, reader):
    """method: text | ocr | plain (text inputs: no pages). reader: see status.expected."""
    import os
    digest, name = sha256(path), os.path.basename(path)
    out = []
    for row in spec.rows:
        src = {"file": name, "sha256": digest, "pages": [] if method == "plain" else pages[row.mid],
               "method": method}
        out.append(one(row, spec, ax, src, reader))
    return out


def write(path, recs):
    with open(path, "w", encoding="utf-8") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
