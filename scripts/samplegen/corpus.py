"""The data set of every sample document (fixed seeds)."""
from . import prose
from .datasets import DocBuilder, malformed, not_reported, pick
from .model import Doc

# Rows every monthly document contains, so that every value form appears.
MONTHLY_MUST = ["OCC04.06", "OCC05.08", "OCC07.04", "OCC07.09", "OCC08.04", "OCC11.01", "OCC11.04", "OCC11.08"]
LONG = 5     # comment size that makes a row taller than most of a page


def monthly(name, seed, layout, year, month, form, count, date_label, month_label, mal, priorities=None):
    """A monthly document: count rows, n/r row OCC08.04, id-in-prose in OCC07.04, one malformed value."""
    b = DocBuilder(seed, layout, year, month, form)
    mids = pick(b.rng, year, count, MONTHLY_MUST, priorities)
    longs = set(b.rng.sample(mids, 3))
    rows = [b.row(mid, LONG if mid in longs else None) for mid in mids]
    by = {r.mid: r for r in rows}
    not_reported(by["OCC08.04"], layout)
    by["OCC07.04"].comment[0] += " " + prose.REFERENCE
    field, raw = mal
    malformed(by["OCC11.08"], field, raw)
    no_status(by["OCC11.08"], b.rng.choice([r for r in rows if r.period_status in ("GREEN", "AMBER", "RED")]))
    y, m, d = date_label.split("/")[2], date_label.split("/")[1], date_label.split("/")[0]
    return Doc(name, layout, form, f"{y}-{m}-{d}", None, date_label, month_label, rows)


def no_status(money_row, other):
    """Status cells left empty: both on the debt row, the YTD one on another row."""
    money_row.period_status = money_row.ytd_status = None
    other.ytd_status = None


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

# Shorter documents for the scanned variants (fewer priorities -> fewer pages, faster OCR tests).
SCAN_PRIORITIES = {"OCC01", "OCC04", "OCC05", "OCC07", "OCC08", "OCC11"}


def scan_2022_10():
    return monthly("scan-monthly-2022-10", 2210, "m22", "2022", 10, "shape", 25, "31/10/2022", "October 2022",
                   ("ytd_actual", "£2,310,50"), SCAN_PRIORITIES)


def scan_2024_09():
    return monthly("scan-monthly-2024-09", 2409, "m24", "2024", 9, "image", 25, "30/09/2024", "September 2024",
                   ("period_actual", "£98,400,00"), SCAN_PRIORITIES)


def grey_2022_12():
    return monthly("scan-grey-monthly-2022-12", 2212, "m22", "2022", 12, "shape", 25, "31/12/2022",
                   "December 2022", ("period_target", "£300,000,0"), SCAN_PRIORITIES)


def mixed_2023_03():
    return monthly("mixed-monthly-2023-03", 2303, "m22", "2022", 3, "glyph", 28, "31/03/2023", "March 2023",
                   ("ytd_target", "£3,300,000,00"), SCAN_PRIORITIES | {"OCC02"})


ANNEX_MUST = ["OCC01.06", "OCC04.06", "OCC04.09", "OCC05.02", "OCC07.01", "OCC07.04", "OCC07.09", "OCC10.01",
              "OCC10.02", "OCC10.04", "OCC10.07", "OCC10.09", "OCC11.01", "OCC11.02", "OCC11.03", "OCC11.04",
              "OCC11.05", "OCC11.07", "OCC11.08", "OCC11.09"]
NO_COMPLAINTS = ["OCC10.02", "OCC10.09"]
DATA_UNAVAILABLE = ["OCC10.04", "OCC10.07"]


def annex_2024_11():
    b = DocBuilder(2411, "annex", "2024", 11, "word")
    mids = pick(b.rng, "2024", 38, ANNEX_MUST)
    rows = [b.row(mid, LONG if mid in ("OCC04.08", "OCC05.02", "OCC11.09") else None) for mid in mids]
    by = {r.mid: r for r in rows}
    for mid in NO_COMPLAINTS:
        blank(by[mid], ["No complaints were received in November 2024, so there is nothing to report this month."])
    for mid in DATA_UNAVAILABLE:
        blank(by[mid], ["Data unavailable: the new telephony platform went live in November 2024 and figures "
                        "are not comparable with the previous system."])
    by["OCC07.04"].comment[0] += " " + prose.REFERENCE
    malformed(by["OCC11.09"], "ytd_actual", "5,122,290,00")
    previous_statuses(b.rng, rows)
    doc = Doc("annex-a-2024-11", "annex", "word", "2024-11-30", "2024-04-01",
              "FROM 01-APR-2024 TO 30-NOV-2024", "November 2024", rows)
    doc.overall = overall(rows)
    return doc


def blank(r, comment):
    r.period_actual = r.ytd_actual = None
    r.period_status = r.ytd_status = None
    r.comment = comment


def previous_statuses(rng, rows):
    """Last month's status: usually unchanged; a few rows changed so Table 4 has content."""
    rag = ["GREEN", "AMBER", "RED"]
    for r in rows:
        r.previous_status = r.period_status
        if r.period_status in rag and rng.random() < 0.25:
            r.previous_status = rng.choice([s for s in rag if s != r.period_status])


def overall(rows):
    from .model import Row
    rated = [r for r in rows if r.period_status in ("GREEN", "AMBER", "RED")]
    share = 100.0 * sum(r.period_status == "GREEN" for r in rated) / len(rated)
    status = "GREEN" if share >= 90 else "AMBER" if share >= 80 else "RED"
    return Row("", "", "Overall Performance", period_target="100.00", period_actual=f"{share:.2f}",
               period_status=status, ytd_target="100.00", ytd_actual=f"{share:.2f}", ytd_status=status)
