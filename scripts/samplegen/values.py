"""Value objects as the record schema defines them, and number formatting helpers.

`value_object(raw)` is the single place that decides raw -> {raw, value, kind}; the data sets
only ever produce raw strings, so the PDF and the expected records cannot disagree.
"""
import re

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_CLEAN = re.compile(rf"^(-)?({_NUM})$")
_NUMERICISH = re.compile(r"^[-(£]*[\d.,]+[%)]*$")

STATUS_WORDS = {"GREEN": "GREEN", "AMBER": "AMBER", "RED": "RED", "n/a": "NA", "n/r": "NR"}


def _number(text):
    """Parse a clean (optionally grouped, optionally signed) number, else None."""
    m = _CLEAN.match(text)
    if not m:
        return None
    v = float(m.group(2).replace(",", ""))
    return -v if m.group(1) else v


def _parse(raw):
    if raw == "n/a":
        return None, "not_applicable"
    if raw == "n/r":
        return None, "not_reported"
    body, kind = raw, "number"
    if body.endswith("%"):
        body, kind = body[:-1], "percent"
    if body.startswith("£"):
        body, kind = body[1:], "money"
    negate = False
    if body.startswith("(") and body.endswith(")"):
        body, negate = body[1:-1], True
    v = _number(body)
    if v is not None:
        return (-abs(v) if negate else v), kind
    if _NUMERICISH.match(raw):
        return None, "malformed"
    return None, "text"


def value_object(raw):
    """raw cell text -> value object, or None for an empty cell."""
    if raw is None:
        return None
    raw = " ".join(raw.split())
    if not raw:
        return None
    value, kind = _parse(raw)
    return {"raw": raw, "value": value, "kind": kind}


def is_malformed(raw):
    vo = value_object(raw)
    return vo is not None and vo["kind"] == "malformed"


def group(x, decimals=0):
    """1234.5 -> '1,234.50' (decimals=2)."""
    return f"{x:,.{decimals}f}"


def fmt(x, style):
    """Format a number in one of the printed styles used by the reports."""
    if style == "int":
        return group(round(x))
    if style == "dec2":
        return group(x, 2)
    if style == "pct2":
        return f"{x:.2f}%"
    if style == "pct1":
        return f"{x:.1f}%"
    if style == "money":
        return "£" + group(round(x))
    if style == "paren":
        return f"({abs(x):.1f})"
    if style == "paren_neg":
        return f"(-{abs(x):.1f})"
    if style == "neg2":
        return f"{x:.2f}"
    raise ValueError(style)


def _selftest():
    cases = {
        "£292,000,00": (None, "malformed"), "(1.4)": (-1.4, "number"), "(-1.4)": (-1.4, "number"),
        "57.95%": (57.95, "percent"), "£620,046": (620046.0, "money"), "n/a": (None, "not_applicable"),
        "n/r": (None, "not_reported"), "Slightly behind schedule": (None, "text"), "-0.50": (-0.5, "number"),
        "1,247": (1247.0, "number"), "66,677.00": (66677.0, "number"), "1,2345": (None, "malformed"),
    }
    for raw, (v, k) in cases.items():
        got = value_object(raw)
        assert (got["value"], got["kind"]) == (v, k), (raw, got)


_selftest()
