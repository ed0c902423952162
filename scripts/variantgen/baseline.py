"""The bundled samples' arrangement of each layout, as axis values. `near` variants keep all of it but
one group of axes, so a score drop names the axis that caused it."""
import random

from samplegen import annex as sample_annex
from samplegen import monthly as sample_monthly

COMMON = {"page": "a4-landscape", "margin": 28, "font": "dejavu-condensed", "watermark": "text",
          "page_header": "none", "footer": "page-of", "header_lines": "one", "header_cells": "boxed",
          "body_cells": "boxed", "header_repeat": "yes", "status_colours": "exact", "measure_cell": "inline",
          "status_position": "after"}
MONTHLY = {"header": "absent", "value_order": "actual-first", "priorities": "new-page", "cover": "yes",
           "impact_order": "finance-first", "date_line": "status-of-indicators"}
# Axes varied together: a group's axes only make sense as a set (labels follow the header and columns).
GROUPS = {
    "page": ["page", "margin"], "font": ["font"], "size": ["size"], "header": ["header", "labels"],
    "header_lines": ["header_lines"], "header_cells": ["header_cells"], "body_cells": ["body_cells"],
    "header_repeat": ["header_repeat"], "status_form": ["status_form"], "status_colours": ["status_colours"],
    "measure_cell": ["measure_cell"], "priorities": ["priorities"], "decoration": ["watermark", "page_header",
                                                                                   "footer"],
    "columns": ["columns", "value_order", "status_position", "values_position", "impact_order", "labels"],
    "labels": ["labels"], "cover": ["cover", "key_table", "overall_row"], "date_line": ["date_line"],
}


def monthly(layout):
    cols = sample_monthly.LAYOUTS[layout][0]
    values = "before-text" if layout == "m22" else "after-text"
    out = dict(COMMON, **MONTHLY, size=7.0 if layout == "m22" else 6.5, values_position=values,
               status_form="shape" if layout == "m22" else "image",
               columns="|".join(k for k, _, _ in cols))
    out.update({f"label.{k}": label for k, label, _ in cols})
    return out


def annex():
    out = dict(COMMON, header="above", size=7.5, status_form="words-fill", value_order="target-first",
               priorities="none", key_table="yes", overall_row="yes", comment_prefix="Comments : ",
               columns="|".join("measure" if k == "linked" else k for k, _ in sample_annex.COLUMNS))
    out["label.overall"] = "Overall Performance"
    out["label.measure"] = sample_annex.HEADER[0][0].label
    for part in ("period", "ytd"):
        out[f"label.group.{part}"] = f"{'Period' if part == 'period' else 'YTD'} Performance"
        for what, word in (("target", "Target"), ("actual", "Actual"), ("status", "Indicator")):
            out[f"label.{part}_{what}"] = word
    out.update({"label.unit": "Unit", "label.trend": "Trend"})
    return out


def near(layout, seed):
    """(group varied, pinned axis values): the samples' arrangement except one group drawn from the seed."""
    base = annex() if layout == "annex" else monthly(layout)
    group = random.Random(f"{layout}:{seed}:near").choice(sorted(GROUPS))
    free = set(GROUPS[group])
    return group, {k: v for k, v in base.items()
                   if k not in free and not ("labels" in free and (k.startswith("label.") or k == "comment_prefix"))}
