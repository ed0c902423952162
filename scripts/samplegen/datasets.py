"""Seeded data sets for every sample document."""
import random

from . import catalogue, prose
from .model import Doc, Row
from .values import fmt, value_object

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
TEXT_ACTUALS = ["Slightly behind schedule", "Delivering to plan", "On track", "Behind schedule"]


def status_of(actual, target, better):
    """RAG from numbers: meets target GREEN, within 5% AMBER, else RED."""
    if better == "none":
        return "NA"
    if better == "up":
        ratio = actual / target if target else 1.0
    else:
        ratio = (target / actual if actual > 0 else 1.0) if target > 0 else (1.0 if actual <= target else 0.9)
    return "GREEN" if ratio >= 1.0 else "AMBER" if ratio >= 0.95 else "RED"


class Numbers:
    """Draws period / ytd actual+target numbers for one measure."""

    def __init__(self, rng, mdef, months):
        self.rng, self.m, self.months = rng, mdef, months

    def draw(self):
        m, rng = self.m, self.rng
        cumulative = m.unit in ("#", "km") and m.style != "text"
        t = m.target if m.target else 1.0
        factor = rng.choice([1.12, 1.05, 1.0, 0.97, 0.96, 0.85, 0.7, 1.3])
        if m.better == "down":
            factor = 2 - factor
        pa = t * factor * rng.uniform(0.99, 1.01)
        yt = t * self.months if cumulative else t
        ya = yt * (factor + rng.uniform(-0.03, 0.03)) if cumulative else pa * rng.uniform(0.98, 1.02)
        if m.target == 0:
            pa, ya = rng.choice([0.0, 2.0]), rng.choice([0.0, 3.0])
        if m.unit == "%":
            pa, ya = min(pa, 100.0), min(ya, 100.0)
        return pa, m.target, ya, (yt if m.target else 0.0)


def number_style(rng, mdef, layout):
    if layout == "annex":
        return "dec2"
    if mdef.style == "pct":
        return "pct2"
    if mdef.style == "money":
        return "money"
    if mdef.style == "dec2":
        return "dec2"
    return rng.choice(["int", "dec2"]) if layout == "m22" else "int"


class DocBuilder:
    """Builds the rows of one document from a list of measure ids."""

    def __init__(self, seed, layout, year, month_index, status_form):
        self.rng = random.Random(seed)
        self.layout, self.year, self.status_form = layout, year, status_form
        self.month_index = month_index           # 1-based calendar month
        self.months_into_year = (month_index - 4) % 12 + 1

    def row(self, mid, comment_size=None):
        m = catalogue.MEASURE[mid]
        director, ph = catalogue.PEOPLE[self.year][m.mid[:5]]
        r = Row(mid=mid, pid=mid[:5], title=m.title, director=director, portfolio_holder=ph)
        if self.layout == "annex":
            r.director = r.portfolio_holder = None
            r.unit, r.trend = m.unit, self.trend(m)
        self.fill_values(r, m)
        self.fill_text(r, m, comment_size)
        return r

    def trend(self, m):
        arrows = {"up": "↑", "down": "↓", "none": "↔"}
        if self.rng.random() < 0.2:
            return {"up": "^", "down": "v", "none": "↔"}[m.better]
        return arrows[m.better] if self.rng.random() < 0.7 else "↔"

    def fill_values(self, r, m):
        if m.style == "text":
            r.period_actual, r.period_target = self.rng.choice(TEXT_ACTUALS[:2]), "Delivering to plan"
            r.ytd_actual, r.ytd_target = r.period_actual, r.period_target
            r.period_status = r.ytd_status = "GREEN" if r.period_actual == "Delivering to plan" else "AMBER"
            return
        if m.style == "var":
            return self.fill_variance(r, m)
        pa, pt, ya, yt = Numbers(self.rng, m, self.months_into_year).draw()
        style = number_style(self.rng, m, self.layout)
        if m.style == "int":
            pa, pt, ya, yt = (round(v) for v in (pa, pt, ya, yt))
        r.period_actual, r.ytd_actual = fmt(pa, style), fmt(ya, style)
        if m.better == "none":
            r.period_status = r.ytd_status = "NA"
            return
        r.period_target, r.ytd_target = fmt(pt, style), fmt(yt, style)
        r.period_status = status_of(pa, pt, m.better)
        r.ytd_status = status_of(ya, yt, m.better)

    def fill_variance(self, r, m):
        """Revenue variance: underspend printed as (-1.4), (1.4) or -0.50."""
        pv, yv = -round(self.rng.uniform(0.3, 2.4), 1), -round(self.rng.uniform(0.2, 1.8), 1)
        styles = ["paren_neg", "paren"] if m.mid == "OCC11.01" else ["neg2", "neg2"]
        r.period_actual, r.ytd_actual = fmt(pv, styles[0]), fmt(yv, styles[1])
        r.period_target = r.ytd_target = "0.00" if self.layout != "annex" else fmt(m.target, "dec2")
        r.period_status = r.ytd_status = "GREEN"

    def fill_text(self, r, m, size):
        rng = self.rng
        size = size or rng.choices([1, 2, 3, 4], weights=[4, 4, 2, 1])[0]
        kw = dict(topic=m.topic, month=MONTHS[self.month_index - 1], actual=r.period_actual,
                  target=r.period_target, monitoring=r.period_target is None,
                  rel={"GREEN": "ahead of", "AMBER": "just short of", "RED": "well short of"}.get(
                      r.period_status, "in line with"))
        r.comment = prose.comment(rng, size, **kw)
        if self.layout == "annex":
            return
        if rng.random() < 0.6:
            r.finance_impact = [rng.choice(prose.FINANCE)]
        if rng.random() < 0.6:
            r.risk_impact = [rng.choice(prose.RISK)]
        if self.layout == "m24" and r.period_status in ("RED", "AMBER"):
            r.improvement_plan = [rng.choice(prose.PLANS)]
            r.timeframe = [rng.choice(prose.TIMEFRAMES)]


def not_reported(r, layout):
    """Turn a row into an n/r row: every cell except the measure/people reads n/r."""
    for f in ("period_actual", "period_target", "ytd_actual", "ytd_target"):
        setattr(r, f, "n/r")
    r.period_status = r.ytd_status = "NR"
    r.comment = r.finance_impact = r.risk_impact = ["n/r"]
    if layout == "m24":
        r.improvement_plan = r.timeframe = ["n/r"]


def malformed(r, field, raw):
    setattr(r, field, raw)
    label = field.replace("_", ".", 1)
    r.warnings.append(f"{label}: '{raw}' does not parse as a number")
    assert value_object(raw)["kind"] == "malformed"


def pick(rng, year, count, must, priorities=None):
    """count measure ids (sorted), always including `must`, from the given priorities (default all)."""
    pool = [m.mid for m in catalogue.MEASURES
            if m.mid not in must and (priorities is None or m.mid[:5] in priorities)]
    chosen = set(must) | set(rng.sample(pool, count - len(must)))
    return sorted(chosen)
