"""Expected measure records, written from the same data that drew the PDF."""
import hashlib
import json

from . import catalogue
from .values import value_object

FREE_TEXT = ("comment", "improvement_plan", "timeframe", "finance_impact", "risk_impact")


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def joined(paras):
    return "\n".join(" ".join(p.split()) for p in paras) if paras else None


def status(row, key, colour_only):
    s = getattr(row, key)
    return None if colour_only and s in ("GREEN", "AMBER", "RED") else s


def record(row, spec, source, colour_lost=False):
    rec = {
        "measure_id": row.mid, "priority_id": row.pid,
        "priority_title": catalogue.PRIORITY[row.pid].title if spec.layout != "annex" else None,
        "title": " ".join(row.title.split()), "unit": row.unit, "trend": row.trend,
        "director": row.director, "portfolio_holder": row.portfolio_holder,
    }
    for part in ("period", "ytd"):
        rec[part] = {"actual": value_object(getattr(row, f"{part}_actual")),
                     "target": value_object(getattr(row, f"{part}_target")),
                     "status": status(row, f"{part}_status", colour_lost)}
    for key in FREE_TEXT:
        rec[key] = joined(getattr(row, key))
    rec["report"] = {"period_start": spec.period_start, "period_end": spec.period_end}
    rec["source"] = source
    rec["confidence"] = 1.0
    rec["warnings"] = list(row.warnings)
    return rec


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


def records_for(spec, pdf_path, pages, method_for_pages, colour_lost=False):
    """method_for_pages(pages) -> 'text' | 'ocr'."""
    import os
    digest, name = sha256(pdf_path), os.path.basename(pdf_path)
    out = []
    for row in spec.rows:
        src = {"file": name, "sha256": digest, "pages": pages[row.mid], "method": method_for_pages(pages[row.mid])}
        out.append(record(row, spec, src, colour_lost))
    return out
