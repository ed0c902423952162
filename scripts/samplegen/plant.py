"""Documents with planted contradictions, for scoring `occx validate` (scripts/eval-validate).

For each layout, a financial year of monthly reports whose figures hang together month to
month (cumulative YTDs add up, targets hold for the year, statuses follow the numbers and the
comments follow the statuses): the clean documents. For the evaluation months, a copy of the
clean document with one contradiction of each rule family planted in it, and the findings it
must produce (expected.json). The model and drawing are samplegen's own (model.Doc/Row,
datasets.DocBuilder, monthly.build, annex.build, cabinet.write)."""
import copy
import json
import os
import random

from . import annex, cabinet, catalogue, corpus, monthly
from .datasets import MONTHS, DocBuilder, malformed, pick, status_of
from .model import Doc
from .values import fmt

LAYOUTS = {"m22": ("2022", "shape"), "m24": ("2024", "image"), "annex": ("2024", "word")}
# Months of the financial year as (calendar year offset, month): April .. March.
YEAR_MONTHS = [(0, m) for m in range(4, 13)] + [(1, m) for m in range(1, 4)]
ROWS_PER_DOC = 28
RAG = ("GREEN", "AMBER", "RED")
# Families of planted contradictions and the rule each must trip.
FAMILIES = {"status-vs-numbers": "status-vs-numbers", "status-vs-comment": "comment-vs-status",
            "malformed-value": "malformed-value", "ytd-breaks": "ytd-sum", "target-changed": "target-changed",
            "comment-month": "comment-month", "duplicate-id": "duplicate-measure",
            "cabinet-vs-annex": "cabinet-vs-annex"}


def last_day(year, month):
    import calendar
    return calendar.monthrange(year, month)[1]


class MeasureYear:
    """One measure's figures over a financial year: the same target all year, a monthly
    actual that wanders around it, a YTD that is the running sum (counts) or the month's
    figure (rates)."""

    def __init__(self, rng, mdef):
        self.m, self.cumulative = mdef, mdef.unit in ("#", "km") and mdef.style in ("int", "dec2")
        level = rng.choice([1.12, 1.05, 1.0, 0.97, 0.85, 1.3])
        if mdef.better == "down":
            level = 2 - level
        self.actuals = [mdef.target * level * rng.uniform(0.95, 1.05) for _ in YEAR_MONTHS]
        if mdef.style == "int":
            self.actuals = [float(round(a)) for a in self.actuals]
        if mdef.unit == "%":
            self.actuals = [min(round(a, 2), 100.0) for a in self.actuals]

    def figures(self, k):
        """(period actual, period target, ytd actual, ytd target) in month k (0 = April)."""
        pa, pt = self.actuals[k], self.m.target
        if not self.cumulative:
            return pa, pt, pa, pt
        return pa, pt, sum(self.actuals[:k + 1]), pt * (k + 1)


class YearBuilder(DocBuilder):
    """samplegen's row builder with this year's consistent figures instead of a fresh draw."""

    def __init__(self, seed, layout, year, month, form, series, k):
        super().__init__(seed, layout, year, month, form)
        self.series, self.k = series, k

    def fill_values(self, r, m):
        if m.style == "var":  # a forecast variance: the month's forecast is the year's
            super().fill_values(r, m)
            r.ytd_actual = r.period_actual
            return
        if m.style in ("text", "money") or m.mid not in self.series:
            return super().fill_values(r, m)
        pa, pt, ya, yt = self.series[m.mid].figures(self.k)
        style = "dec2" if self.layout == "annex" else {"pct": "pct2", "int": "int"}.get(m.style, "dec2")
        r.period_actual, r.ytd_actual = fmt(pa, style), fmt(ya, style)
        if m.better == "none":
            r.period_status = r.ytd_status = "NA"
            return
        r.period_target, r.ytd_target = fmt(pt, style), fmt(yt, style)
        r.period_status, r.ytd_status = status_of(pa, pt, m.better), status_of(ya, yt, m.better)


def year_docs(layout, seed, first_year=None, rows_per_doc=ROWS_PER_DOC):
    """The twelve clean documents of one layout's financial year (from April of first_year;
    default the layout's own year)."""
    people_year, form = LAYOUTS[layout]
    year = str(first_year or people_year)
    rng = random.Random(seed)
    mids = [m for m in pick(rng, people_year, rows_per_doc, []) if catalogue.MEASURE[m].style != "text"]
    series = {mid: MeasureYear(rng, catalogue.MEASURE[mid]) for mid in mids}
    docs, previous = [], None
    for k, (dy, month) in enumerate(YEAR_MONTHS):
        cy = int(year) + dy
        b = YearBuilder(seed * 100 + k, layout, people_year, month, form, series, k)
        rows = [b.row(mid) for mid in mids]
        label = f"{MONTHS[month - 1]} {cy}"
        end = f"{cy}-{month:02d}-{last_day(cy, month):02d}"
        name = f"{layout}-{cy}-{month:02d}"
        if layout == "annex":
            date_label = f"FROM 01-APR-{year} TO {last_day(cy, month):02d}-{MONTHS[month - 1][:3].upper()}-{cy}"
            doc = Doc(name, layout, form, end, f"{year}-04-01", date_label, label, rows)
            for r in rows:
                r.previous_status = previous.get(r.mid) if previous else r.period_status
            doc.overall = corpus.overall(rows)
        else:
            doc = Doc(name, layout, form, end, None, f"{last_day(cy, month):02d}/{month:02d}/{cy}", label, rows)
        previous = {r.mid: r.period_status for r in rows}
        docs.append(doc)
    return docs


# ---- plants: each changes one row of a copy of a clean document and says what must be found ----

def rows_where(doc, pred):
    return [r for r in doc.rows if pred(r)]


def plant_status(doc, prev, rng):
    """A GREEN row printed RED with its numbers unchanged."""
    cands = rows_where(doc, lambda r: r.period_status == "GREEN" and r.ytd_status == "GREEN" and
                       catalogue.MEASURE[r.mid].style in ("pct", "int", "dec2"))
    r = rng.choice(cands)
    r.period_status = "RED"
    return r.mid


def plant_comment(doc, prev, rng):
    """A comment that states a colour the status beside it does not show."""
    r = rng.choice(rows_where(doc, lambda r: r.period_status == "GREEN" and r.ytd_status == "GREEN"))
    colour = rng.choice(["red", "amber"])
    said = rng.choice([f"This measure is currently reported as {colour}.", f"The measure is RAG rated {colour}.",
                       f"Its status remains {colour} this month.", "Performance remains off target.",
                       "Delivery is currently behind plan.", "The service is not yet meeting its target."])
    r.comment = [said] + (r.comment or [])
    return r.mid


def plant_malformed(doc, prev, rng):
    r = rng.choice(rows_where(doc, lambda r: r.ytd_actual and catalogue.MEASURE[r.mid].style in ("int", "dec2")))
    malformed(r, "ytd_actual", r.ytd_actual.replace(".", ",") if "." in r.ytd_actual else r.ytd_actual + ",00,0")
    return r.mid


def cumulative_rows(doc, prev):
    by_prev = {r.mid: r for r in prev.rows}
    return [r for r in doc.rows if catalogue.MEASURE[r.mid].unit in ("#", "km") and
            catalogue.MEASURE[r.mid].style in ("int", "dec2") and r.ytd_actual and r.mid in by_prev and
            r.ytd_actual != r.period_actual]


def plant_ytd(doc, prev, rng):
    """A YTD that is not last month's YTD plus this month's figure."""
    r = rng.choice(cumulative_rows(doc, prev))
    m = catalogue.MEASURE[r.mid]
    style = "dec2" if doc.layout == "annex" or m.style == "dec2" else "int"
    ytd = float(r.ytd_actual.replace(",", "")) + float(r.period_actual.replace(",", "")) * 3
    r.ytd_actual = fmt(ytd if m.style == "dec2" or style == "dec2" else round(ytd), style)
    return r.mid


def plant_target(doc, prev, rng):
    """A rate's target changed in mid-year, status still right for the new target."""
    r = rng.choice(rows_where(doc, lambda r: catalogue.MEASURE[r.mid].unit == "%" and
                              catalogue.MEASURE[r.mid].style == "pct" and r.period_target and
                              catalogue.MEASURE[r.mid].better == "up" and r.period_status == "GREEN"))
    style = "dec2" if doc.layout == "annex" else "pct2"
    new = catalogue.MEASURE[r.mid].target * 0.9
    r.period_target = r.ytd_target = fmt(new, style)
    return r.mid


def plant_month(doc, prev, rng):
    """A comment that speaks of another month as the one reported on."""
    month = int(doc.period_end[5:7])
    other = MONTHS[(month - 1 + rng.choice([-2, -1, 2])) % 12]
    r = rng.choice(rows_where(doc, lambda r: r.comment and r.period_status in RAG))
    said = rng.choice([f"In {other}, the service handled more cases than planned.",
                       f"Demand rose during the month of {other} as expected.",
                       f"{other} position is in line with the profile."])
    r.comment = [said] + r.comment[1:]
    return r.mid


def plant_duplicate(doc, prev, rng):
    """The same measure id printed twice, the second time with other figures."""
    r = rng.choice(rows_where(doc, lambda r: r.period_status in RAG and
                              catalogue.MEASURE[r.mid].style in ("int", "dec2", "pct")))
    again = copy.deepcopy(r)
    again.comment = ["Figures restated after late returns."]
    m = catalogue.MEASURE[r.mid]
    style = "dec2" if doc.layout == "annex" else {"pct": "pct2", "int": "int"}.get(m.style, "dec2")
    pa = float(r.period_actual.rstrip("%").replace(",", "")) * 0.5
    again.period_actual = fmt(round(pa) if style == "int" else pa, style)
    again.period_status = status_of(pa, m.target, m.better)
    doc.rows.insert(doc.rows.index(r) + 1, again)
    return r.mid


PLANTS = [("status-vs-numbers", plant_status), ("status-vs-comment", plant_comment),
          ("malformed-value", plant_malformed), ("ytd-breaks", plant_ytd), ("target-changed", plant_target),
          ("comment-month", plant_month), ("duplicate-id", plant_duplicate)]


def planted_copy(doc, prev, seed):
    """A copy of doc with one plant of every family on distinct rows; the expected findings."""
    rng = random.Random(seed)
    out = copy.deepcopy(doc)
    out.name = doc.name + "-planted"
    expected, used = [], set()
    for family, plant in PLANTS:
        for _ in range(20):  # pick again when the row already carries a plant
            trial = copy.deepcopy(out)
            try:
                mid = plant(trial, prev, rng)
            except IndexError:  # no suitable row this month
                mid = None
                break
            if mid not in used:
                out = trial
                break
        if mid and mid not in used:
            used.add(mid)
            expected.append({"family": family, "rule": FAMILIES[family], "measure_id": mid})
    return out, expected


def render(spec, path):
    builder = annex.build if spec.layout == "annex" else monthly.build
    doc, _, _ = builder(spec)
    doc.render(path)


def cabinet_pair(annex_doc, out_dir, planted):
    """The Cabinet covering report of the November annex; planted: its Table 1 counts one
    GREEN measure as AMBER."""
    spec = copy.deepcopy(annex_doc)
    if planted:
        r = next(r for r in spec.rows if r.period_status == "GREEN")
        r.period_status = "AMBER"
    name = "cabinet-2024-11" + ("-planted" if planted else "")
    pdf = os.path.join(out_dir, name + ".pdf")
    cabinet.write(spec, pdf, os.path.join(out_dir, name + ".json"), lambda p: "")
    return pdf


def generate(out_dir, layouts, eval_months, seed=15):
    """Writes out_dir/<layout>/clean/*.pdf and planted/*.pdf and out_dir/expected.json."""
    manifest = {"layouts": {}, "planted": []}
    for li, layout in enumerate(layouts):
        clean_dir, planted_dir = (os.path.join(out_dir, layout, d) for d in ("clean", "planted"))
        os.makedirs(clean_dir, exist_ok=True)
        os.makedirs(planted_dir, exist_ok=True)
        docs = year_docs(layout, seed + li)
        months = []
        for k, doc in enumerate(docs):
            render(doc, os.path.join(clean_dir, doc.name + ".pdf"))
            months.append({"file": doc.name + ".pdf", "rows": len(doc.rows), "period_end": doc.period_end})
            if k not in eval_months:
                continue
            planted, expected = planted_copy(doc, docs[k - 1], seed * 1000 + li * 100 + k)
            render(planted, os.path.join(planted_dir, planted.name + ".pdf"))
            entry = {"layout": layout, "file": planted.name + ".pdf", "clean": doc.name + ".pdf",
                     "rows": len(planted.rows), "expected": expected, "cabinet": None}
            if layout == "annex" and doc.period_end == "2024-11-30":
                cabinet_pair(doc, clean_dir, False)
                entry["cabinet"] = os.path.basename(cabinet_pair(doc, planted_dir, True))
                entry["expected"].append({"family": "cabinet-vs-annex", "rule": "cabinet-vs-annex",
                                          "measure_id": None, "cabinet": True})
            manifest["planted"].append(entry)
        manifest["layouts"][layout] = months
    with open(os.path.join(out_dir, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    return manifest


def bench_corpus(out_dir, layout="m24", years=3, rows=61):
    """A 60-measure report for each month of `years` financial years (the archive) and of the
    April after them (the new report): for timing validate --db against extract."""
    os.makedirs(os.path.join(out_dir, "archive"), exist_ok=True)
    first = int(LAYOUTS[layout][0])
    for y in range(years + 1):
        docs = year_docs(layout, 7 + y, first + y, rows)
        for doc in docs if y < years else docs[:1]:
            render(doc, os.path.join(out_dir, "archive" if y < years else "", doc.name + ".pdf"))
    return os.path.join(out_dir, f"{layout}-{first + years}-04.pdf")


def main(argv=None):
    import argparse
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir")
    ap.add_argument("--layouts", default="m22,m24,annex")
    ap.add_argument("--eval-months", default="3-11", help="months of the year to plant in (0 = April), e.g. 3-11")
    ap.add_argument("--months", type=int, default=12, help="clean months per layout (from April)")
    args = ap.parse_args(argv)
    lo, _, hi = args.eval_months.partition("-")
    eval_months = set(range(int(lo), int(hi or lo) + 1))
    global YEAR_MONTHS
    YEAR_MONTHS = YEAR_MONTHS[:args.months]
    m = generate(args.out_dir, args.layouts.split(","), eval_months)
    print(f"{sum(len(v) for v in m['layouts'].values())} clean documents, {len(m['planted'])} planted")


if __name__ == "__main__":
    main()
