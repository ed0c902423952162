"""The data of one variant: which measures, their values, people and comments, drawn from the seed.
Measures come from the sample catalogue and from invented definitions, so ids and titles vary."""
import random

from samplegen import catalogue
from samplegen.datasets import MONTHS, DocBuilder, malformed, not_reported
from samplegen.corpus import blank, overall
from samplegen.model import Doc, Row
from samplegen.values import value_object

FIRST = ["Alison", "Bharat", "Catriona", "Declan", "Eleanor", "Farid", "Gillian", "Hamish", "Ines", "Jonah",
         "Kirsty", "Lorcan", "Miriam", "Nadia", "Oliver", "Priya", "Quentin", "Rhian", "Tobias", "Yasmin"]
LAST = ["Ashdown", "Bellamy", "Chaudhry", "Dunmore", "Ellwood", "Fairbairn", "Greaves", "Hollis", "Ingram",
        "Kendrick", "Lockhart", "Mwangi", "Northcott", "Okonjo", "Penrose", "Radcliffe", "Sefton", "Tremlett"]
# Invented measure shapes: (title, unit, style, target range, better, topic).
SHAPES = [
    ("Number of {x} completed in the month", "#", "int", (20, 900), "up", "delivery"),
    ("Number of residents supported by {x}", "#", "int", (100, 5000), "up", "support"),
    ("% of {x} completed within timescale", "%", "pct", (60, 98), "up", "timeliness"),
    ("% of {x} reviewed on time", "%", "pct", (70, 95), "up", "reviews"),
    ("Average days taken to complete {x}", "#", "dec2", (5, 60), "down", "timeliness"),
    ("Spend on {x} against budget", "£", "money", (50000, 9000000), "down", "budget"),
    ("Income generated from {x}", "£", "money", (20000, 800000), "up", "income"),
    ("Number of complaints about {x}", "#", "int", (5, 80), "down", "complaints"),
    ("Rate of {x} per 10,000 population", "#", "dec2", (10, 400), "down", "demand"),
    ("Number of {x} open at month end", "#", "int", (50, 3000), "none", "caseload"),
]
SUBJECTS = ["highway inspections", "school admissions appeals", "care package reviews", "blue badge applications",
            "planning consultations", "library e-book loans", "flood risk assessments", "youth service sessions",
            "pothole repairs", "home adaptations", "trading standards visits", "fostering enquiries",
            "travel training courses", "archive enquiries", "tree safety surveys", "occupational therapy visits"]
BLANK_REASONS = ["No complaints were received this month, so there is nothing to report.",
                 "Data unavailable: the figures are being revalidated after a change of system."]
MUST_STYLES = ("text", "var", "money", "pct")   # every document shows each value form


def people(rng):
    """Director and portfolio holder per priority, invented per document."""
    out = {}
    for p in catalogue.PRIORITIES:
        director = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        holder = f"Cllr {rng.choice(FIRST)[0]} {rng.choice(LAST)}"
        out[p.pid] = (director, holder)
    return out


def invented(rng, taken, count):
    """count new measure definitions with ids no catalogue measure uses."""
    out = []
    while len(out) < count:
        pid = rng.choice(catalogue.PRIORITIES).pid
        mid = f"{pid}.{rng.randint(1, 30):02d}"
        if mid in taken:
            continue
        title, unit, style, (lo, hi), better, topic = rng.choice(SHAPES)
        target = round(rng.uniform(lo, hi), 1 if style == "pct" else 0)
        out.append(catalogue.MeasureDef(mid, title.format(x=rng.choice(SUBJECTS)), unit, style, target, better,
                                        topic))
        taken.add(mid)
    return out


def choose(rng, count):
    """count measure definitions, sorted by id, covering every value form."""
    by_style = {s: [m for m in catalogue.MEASURES if m.style == s] for s in MUST_STYLES}
    chosen = {m.mid: m for m in (rng.choice(by_style[s]) for s in MUST_STYLES)}
    new = rng.randint(0, count // 3)
    pool = [m for m in catalogue.MEASURES if m.mid not in chosen]
    for m in rng.sample(pool, min(len(pool), count - len(chosen) - new)):
        chosen[m.mid] = m
    for m in invented(rng, set(chosen) | set(catalogue.MEASURE), count - len(chosen)):
        chosen[m.mid] = m
    return [chosen[k] for k in sorted(chosen)]


class Builder(DocBuilder):
    """The sample builder, fed measure definitions and people of this document."""

    def __init__(self, rng, layout, year, month, who):
        super().__init__(0, layout, year, month, "word")
        self.rng, self.who = rng, who

    def row(self, m, comment_size=None):
        director, holder = self.who[m.mid[:5]]
        r = Row(mid=m.mid, pid=m.mid[:5], title=m.title, director=director, portfolio_holder=holder)
        r.unit, r.trend = m.unit, self.trend(m)
        self.fill_values(r, m)
        self.fill_text(r, m, comment_size)
        return r


def era(rng, layout):
    """(year key, calendar year, month) of the report."""
    if layout == "m22":
        month = rng.randint(1, 12)
        return "2022", 2022 if month >= 4 else 2023, month
    month = rng.choice([4, 5, 6, 7, 8, 9, 10, 11, 12])
    return "2024", rng.choice([2024, 2025]), month


def last_day(year, month):
    import calendar
    return calendar.monthrange(year, month)[1]


def roughen(rng, rows):
    """Empty cells and one malformed value, at seeded places."""
    for r in rows:
        if rng.random() < 0.05 and r.ytd_target not in (None, "n/r"):
            r.ytd_target = None
        if rng.random() < 0.05 and r.period_status in ("GREEN", "AMBER", "RED"):
            r.ytd_status = None
    cells = [(r, f) for r in rows for f in ("period_actual", "ytd_actual", "period_target")
             if plain_number(getattr(r, f))]
    if cells and rng.random() < 0.6:
        r, field = rng.choice(cells)
        raw = getattr(r, field)
        malformed(r, field, raw.replace(".", ",") if "." in raw else raw + ",00")


def plain_number(raw):
    vo = value_object(raw)
    return vo is not None and vo["kind"] in ("number", "money") and raw[0] not in "(-"


def annex_extras(rng, rows):
    """Rows with nothing to report this month, and the Overall Performance total (not a measure)."""
    for r in rng.sample(rows, 2):
        blank(r, [rng.choice(BLANK_REASONS)])
    return overall(rows)


def document(layout, seed, count):
    """The Doc (rows and dates) of one variant."""
    rng = random.Random(f"{layout}:{seed}:data")
    year_key, year, month = era(rng, layout)
    defs = choose(rng, count)
    b = Builder(rng, layout, year_key, month, people(rng))
    longs = {m.mid for m in rng.sample(defs, min(3, len(defs)))}
    rows = [b.row(m, 5 if m.mid in longs else None) for m in defs]
    if rng.random() < 0.8:
        not_reported(rng.choice(rows), "m24")
    roughen(rng, rows)
    end = f"{year}-{month:02d}-{last_day(year, month):02d}"
    fy = year if month >= 4 else year - 1
    label = f"{MONTHS[month - 1]} {year}"
    if layout == "annex":
        mon = MONTHS[month - 1][:3].upper()
        date_label = f"FROM 01-APR-{fy} TO {last_day(year, month):02d}-{mon}-{year}"
        doc = Doc(f"annex-{seed}", layout, "word", end, f"{fy}-04-01", date_label, label, rows)
        doc.overall = annex_extras(rng, rows)
        return doc
    date_label = f"{last_day(year, month):02d}/{month:02d}/{year}"
    return Doc(f"{layout}-{seed}", layout, "word", end, None, date_label, label, rows)
