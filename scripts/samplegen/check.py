"""Self-checks run after generation: record shape, text layer, scans without fonts, corpus size."""
import glob
import json
import os
import subprocess

KEYS = ["measure_id", "priority_id", "priority_title", "title", "unit", "trend", "director", "portfolio_holder",
        "period", "ytd", "comment", "improvement_plan", "timeframe", "finance_impact", "risk_impact", "report",
        "source", "confidence", "warnings"]
KINDS = {"number", "percent", "money", "text", "not_applicable", "not_reported", "malformed"}
STATUSES = {None, "GREEN", "AMBER", "RED", "NA", "NR"}
LIMIT = 30 * 1024 * 1024


def check_record(rec):
    assert list(rec) == KEYS, rec.keys()
    for part in ("period", "ytd"):
        assert rec[part]["status"] in STATUSES
        for what in ("actual", "target"):
            vo = rec[part][what]
            assert vo is None or (set(vo) == {"raw", "value", "kind"} and vo["kind"] in KINDS and vo["raw"]), vo
    for key in KEYS:
        assert rec[key] != "", key
    assert rec["source"]["pages"] and rec["source"]["method"] in ("text", "ocr")


def pdftext(pdf):
    out = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, check=True, text=True).stdout
    return " ".join(out.split())


def check_text_layer(pdf, recs):
    text = pdftext(pdf)
    for rec in recs:
        if rec["source"]["method"] != "text":
            continue
        assert rec["measure_id"] in text, rec["measure_id"]
        for part in ("period", "ytd"):
            for what in ("actual", "target"):
                vo = rec[part][what]
                assert vo is None or vo["raw"].split()[0] in text, (rec["measure_id"], vo)


def fonts(pdf):
    out = subprocess.run(["pdffonts", pdf], capture_output=True, check=True, text=True).stdout
    return out.splitlines()[2:]


def run(samples):
    total = 0
    for path in sorted(glob.glob(os.path.join(samples, "**", "*.expected.jsonl"), recursive=True)):
        if os.path.relpath(path, samples).startswith("seeds" + os.sep):
            continue   # hand-made records of converter text, not generated here
        pdf = path.replace(".expected.jsonl", ".pdf")
        recs = [json.loads(line) for line in open(path, encoding="utf-8")]
        for rec in recs:
            check_record(rec)
        assert len({r["measure_id"] for r in recs}) == len(recs)
        if os.path.basename(pdf).startswith("scan-"):
            assert not fonts(pdf), f"{pdf} has fonts"
        else:
            check_text_layer(pdf, recs)
    for path in glob.glob(os.path.join(samples, "**", "*"), recursive=True):
        total += os.path.getsize(path) if os.path.isfile(path) else 0
    assert total < LIMIT, f"samples total {total} bytes"
    check_cabinet(samples)
    return total


def check_cabinet(samples):
    """The Cabinet report's Red list, Table 1 totals and exceptions agree with the Annex A records."""
    cab = json.load(open(os.path.join(samples, "cabinet-2024-11.expected.json"), encoding="utf-8"))
    recs = [json.loads(x) for x in open(os.path.join(samples, "annex-a-2024-11.expected.jsonl"), encoding="utf-8")]
    status = {r["measure_id"]: r["period"]["status"] for r in recs}
    assert [x["measure_id"] for x in cab["red_list"]] == [m for m, s in status.items() if s == "RED"]
    total = cab["rag_summary"][-1]
    assert total["total"] == len(recs)
    for key, st in (("green", "GREEN"), ("amber", "AMBER"), ("red", "RED"), ("monitoring_only", "NA")):
        assert total[key] == sum(s == st for s in status.values()), key
    assert total["data_unavailable"] + total["no_complaints"] == sum(s is None for s in status.values())
    for e in cab["exceptions"] + [dict(x, current_status=x["to"]) for x in cab["status_changes"]]:
        assert status[e["measure_id"]] == e["current_status"], e
