"""Every layout choice of a variant, drawn from its seed. The result is a flat dict of JSON values
(written to <name>.axes.json) so that eval can group scores by any axis value."""
import random

from . import labels

LAYOUTS = ("m22", "m24", "annex")
PAGES = {"a4-landscape": 6, "a3-landscape": 2, "a4-portrait": 2}
FONTS = ["dejavu-condensed", "dejavu-sans", "dejavu-serif", "liberation-sans", "liberation-narrow",
         "liberation-serif"]
SIZES = [6.0, 6.5, 7.0, 7.5, 8.0, 8.5, 9.0, 10.0]
CELL_STYLES = ["plain", "tinted", "ruled", "boxed"]
# Status renderings and how often each era used them (weights).
STATUS_FORMS = {
    "m22": {"shape": 3, "glyph": 3, "image": 1, "words-fill": 2, "words": 1, "fill": 2},
    "m24": {"image": 3, "shape": 2, "glyph": 2, "words-fill": 2, "words": 1, "fill": 2},
    "annex": {"words-fill": 5, "words": 2, "fill": 2, "glyph": 2},
}
MONTHLY_OPTIONAL = {"m22": ["director", "portfolio_holder", "unit", "trend", "finance_impact", "risk_impact"],
                    "m24": ["director", "portfolio_holder", "unit", "trend", "improvement_plan", "timeframe",
                            "finance_impact", "risk_impact"]}
ANNEX_OPTIONAL = ["unit", "trend"]
ROWS = (20, 60)
PORTRAIT_OPTIONAL = 2    # most optional monthly columns an A4 portrait table carries
DATE_LINES = ["status-of-indicators", "position-as-at", "data-as-at"]


def weighted(rng, table):
    keys = list(table)
    return rng.choices(keys, weights=[table[k] for k in keys])[0]


def draw(layout, seed, fixed=None):
    """All axis values of one variant (deterministic in layout and seed). `fixed` pins axis values
    (e.g. {"header": "same-line"}); later draws see the pinned values."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}")
    fixed = fixed or {}
    rng = random.Random(f"{layout}:{seed}:axes")
    ax = {"layout": layout, "seed": seed}

    def add(values):
        ax.update(values)
        ax.update({k: v for k, v in fixed.items() if k in values or k not in ax})

    add(page_axes(rng))
    add(table_axes(rng, layout))
    add(scan_axes(random.Random(f"{layout}:{seed}:scan")))
    add({"columns": "|".join(columns(rng, layout, ax))})
    add(label_axes(rng, layout, ax))
    add({"rows": rng.randint(*ROWS)})
    return ax


def page_axes(rng):
    return {
        "page": weighted(rng, PAGES),
        "margin": rng.choice([18, 24, 28, 36, 48]),
        "font": rng.choice(FONTS),
        "size": rng.choice(SIZES),
        "watermark": rng.choice(["none", "text"]),
        "page_header": rng.choice(["none", "title"]),
        "footer": rng.choice(["page-of", "page", "none"]),
    }


def table_axes(rng, layout):
    ax = {
        "header": rng.choice(["above", "same-line", "absent"]),
        "header_lines": rng.choice(["one", "two"]),
        "header_cells": rng.choice(CELL_STYLES),
        "body_cells": rng.choice(CELL_STYLES),
        "header_repeat": rng.choice(["yes", "yes", "no"]),
        "status_form": weighted(rng, STATUS_FORMS[layout]),
        "status_colours": rng.choice(["exact", "jittered"]),
        "measure_cell": rng.choice(["inline", "newline"]),
        "value_order": rng.choice(["actual-first", "target-first"]),
        "status_position": rng.choice(["after", "after", "before"]),
    }
    if layout == "annex":
        ax["priorities"] = rng.choice(["none", "in-table"])
        ax["key_table"] = rng.choice(["yes", "no"])
        ax["overall_row"] = rng.choice(["yes", "no"])
    else:
        ax["priorities"] = rng.choice(["new-page", "in-table", "above-table"])
        ax["cover"] = rng.choice(["yes", "no"])
        ax["values_position"] = rng.choice(["before-text", "after-text"])
        ax["impact_order"] = rng.choice(["finance-first", "risk-first"])
        ax["date_line"] = rng.choice(DATE_LINES)
    return ax


def columns(rng, layout, ax):
    """The printed column keys in order."""
    first, second = ("actual", "target") if ax["value_order"] == "actual-first" else ("target", "actual")

    def group(part):
        cells = [f"{part}_{first}", f"{part}_{second}"]
        return [f"{part}_status"] + cells if ax["status_position"] == "before" else cells + [f"{part}_status"]

    if layout == "annex":
        optional = [k for k in ANNEX_OPTIONAL if rng.random() < 0.75]
        return ["measure"] + optional + group("period") + group("ytd")
    present = [k for k in MONTHLY_OPTIONAL[layout] if rng.random() < 0.7]
    if ax["page"] == "a4-portrait":   # a portrait page has room for few extra columns
        present = rng.sample(present, min(len(present), PORTRAIT_OPTIONAL))
    people = [k for k in ("director", "portfolio_holder") if k in present]
    extra = [k for k in ("unit", "trend") if k in present]
    impacts = ["finance_impact", "risk_impact"] if ax["impact_order"] == "finance-first" else \
        ["risk_impact", "finance_impact"]
    text = ["comment"] + [k for k in ("improvement_plan", "timeframe") + tuple(impacts) if k in present]
    values = group("period") + group("ytd")
    body = values + text if ax["values_position"] == "before-text" else text + values
    return ["measure"] + people + extra + body


def label_axes(rng, layout, ax):
    """The printed wording of every column label (and group labels, comment prefix)."""
    out = {}
    grouped = ax["header"] != "absent"
    for key in ax["columns"].split("|"):
        if key == "measure" and layout == "annex":
            word = rng.choice(labels.ANNEX_MEASURE)
        elif grouped and key.split("_", 1)[0] in ("period", "ytd"):
            word = rng.choice(labels.UNDER_GROUP[key.split("_", 1)[1]])
        else:
            word = rng.choice(labels.ALONE[key])
        out[f"label.{key}"] = word
    if grouped:
        for part in ("period", "ytd"):
            out[f"label.group.{part}"] = rng.choice(labels.GROUPS[part])
    if layout == "annex":
        out["comment_prefix"] = rng.choice(labels.COMMENT_PREFIX)
        out["label.overall"] = rng.choice(labels.OVERALL)
    return out


def scan_axes(rng):
    """How a scan of this variant is made (used by the scan kinds only)."""
    return {
        "scan.dpi": rng.choice([150, 200, 240, 300]),
        "scan.skew": round(rng.uniform(0.0, 3.0), 2),       # degrees, largest page rotation
        "scan.colour": rng.choice(["colour", "colour", "grey", "bw"]),
        "scan.quality": rng.choice([45, 60, 75, 90]),
        "scan.noise": round(rng.uniform(0.0, 10.0), 1),     # grey levels, standard deviation
        "scan.blur": round(rng.uniform(0.0, 1.2), 2),       # pixels, gaussian radius
        "scan.tint": rng.choice(["white", "cream"]),
    }
