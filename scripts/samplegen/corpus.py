"""The data set of every sample document (fixed seeds)."""
from . import prose
from .datasets import DocBuilder, malformed, not_reported, pick
from .model import Doc

# Rows every monthly document contains, so that every value form appears.
MONTHLY_MUST = ["OCC04.06", "OCC05.08", "OCC07.04", "OCC07.09", "OCC08.04", "OCC11.01", "OCC11.04", "OCC11.08"]
LONG = 5     # comment size that makes a row taller than most of a page


def monthly(name, seed, layout, year, month, form, count, date_label, month_label, mal):
    """A monthly document: count rows, n/r row OCC08.04, id-in-prose in OCC07.04, one malformed value."""
    b = DocBuilder(seed, layout, year, month, form)
    mids = pick(b.rng, year, count, MONTHLY_MUST)
    longs = set(b.rng.sample(mids, 3))
    rows = [b.row(mid, LONG if mid in longs else None) for mid in mids]
    by = {r.mid: r for r in rows}
    not_reported(by["OCC08.04"], layout)
    by["OCC07.04"].comment[0] += " " + prose.REFERENCE
    field, raw = mal
    malformed(by["OCC11.08"], field, raw)
    y, m, d = date_label.split("/")[2], date_label.split("/")[1], date_label.split("/")[0]
    return Doc(name, layout, form, f"{y}-{m}-{d}", None, date_label, month_label, rows)


def monthly_2022_07():
    return monthly("monthly-2022-07", 2207, "m22", "2022", 7, "shape", 36, "31/07/2022", "July 2022",
                   ("period_actual", "£3,120,00"))


def monthly_2023_01():
    return monthly("monthly-2023-01", 2301, "m22", "2022", 1, "glyph", 42, "31/01/2023", "January 2023",
                   ("ytd_actual", "£292,000,00"))


def monthly_2024_07():
    return monthly("monthly-2024-07", 2407, "m24", "2024", 7, "image", 30, "31/07/2024", "July 2024",
                   ("ytd_target", "£1,200,000,00"))


TEXT_DOCS = [monthly_2022_07, monthly_2023_01, monthly_2024_07]
