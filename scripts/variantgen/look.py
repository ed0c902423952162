"""The visual choices of a variant: fonts, sizes, cell styles and status colours, from its axes."""
import random
from dataclasses import dataclass, field
from typing import Optional

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from samplegen import style as sample_style

DEJAVU, LIBERATION = "/usr/share/fonts/truetype/dejavu/", "/usr/share/fonts/truetype/liberation/"
# axis value -> (regular, bold) TrueType files
FAMILIES = {
    "dejavu-condensed": (DEJAVU + "DejaVuSansCondensed.ttf", DEJAVU + "DejaVuSansCondensed-Bold.ttf"),
    "dejavu-sans": (DEJAVU + "DejaVuSans.ttf", DEJAVU + "DejaVuSans-Bold.ttf"),
    "dejavu-serif": (DEJAVU + "DejaVuSerif.ttf", DEJAVU + "DejaVuSerif-Bold.ttf"),
    "liberation-sans": (LIBERATION + "LiberationSans-Regular.ttf", LIBERATION + "LiberationSans-Bold.ttf"),
    "liberation-narrow": (LIBERATION + "LiberationSansNarrow-Regular.ttf",
                          LIBERATION + "LiberationSansNarrow-Bold.ttf"),
    "liberation-serif": (LIBERATION + "LiberationSerif-Regular.ttf", LIBERATION + "LiberationSerif-Bold.ttf"),
}
GLYPH_FONT = sample_style.GLYPH     # DejaVuSans: the only family here with ★ ● ▲
# Largest change of a status colour channel in a jittered document (0..255): a different council
# template's palette, still read as the same colour by a person.
COLOUR_JITTER = 40
TINTS = [(0.80, 0.85, 0.93), (0.85, 0.85, 0.85), (0.87, 0.93, 0.87), (0.95, 0.90, 0.80), (0.75, 0.80, 0.90)]
ZEBRA = [(0.95, 0.95, 0.95), (0.94, 0.96, 1.0)]


def register(family):
    """Register a family's two faces with reportlab; returns (regular name, bold name)."""
    names = []
    for path in FAMILIES[family]:
        name = "v-" + path.rsplit("/", 1)[1][:-4]
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, path))
        names.append(name)
    return tuple(names)


@dataclass
class Look:
    font: str
    bold: str
    size: float
    header_fill: Optional[tuple]
    header_rules: str             # none | rows | grid
    body_rules: str               # none | rows | grid
    zebra: Optional[tuple]
    header_valign: str            # top | bottom | center (labels that span both header lines)
    two_line_labels: bool
    repeat_header: bool
    status_rgb: dict = field(default_factory=dict)   # GREEN/AMBER/RED -> RGB 0..255

    def rgb(self, status):
        return tuple(c / 255 for c in self.status_rgb[status])


def cell_style(name, rng):
    """(fill, rules) of a header or body cell style axis value."""
    tint = rng.choice(TINTS)
    return {"plain": (None, "none"), "tinted": (tint, "none"), "ruled": (None, "rows"),
            "boxed": (tint, "grid")}[name]


def jitter(rgb, rng):
    return tuple(max(0, min(255, c + rng.randint(-COLOUR_JITTER, COLOUR_JITTER))) for c in rgb)


def from_axes(ax):
    rng = random.Random(f"{ax['layout']}:{ax['seed']}:look")
    font, bold = register(ax["font"])
    header_fill, header_rules = cell_style(ax["header_cells"], rng)
    body_fill, body_rules = cell_style(ax["body_cells"], rng)
    colours = dict(sample_style.STATUS_RGB)
    if ax["status_colours"] == "jittered":
        colours = {k: jitter(v, rng) for k, v in colours.items()}
    valign = {"same-line": "top", "above": "bottom", "absent": "center"}[ax["header"]]
    return Look(font, bold, ax["size"], header_fill, header_rules, body_rules,
                rng.choice(ZEBRA) if body_fill else None, valign, ax["header_lines"] == "two",
                ax["header_repeat"] == "yes", colours)
