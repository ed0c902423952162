"""Fonts, colours and page geometry shared by all layouts."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

DEJAVU = "/usr/share/fonts/truetype/dejavu/"
FONT, BOLD, GLYPH = "DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSans"
pdfmetrics.registerFont(TTFont(FONT, DEJAVU + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont(BOLD, DEJAVU + "DejaVuSansCondensed-Bold.ttf"))
pdfmetrics.registerFont(TTFont(GLYPH, DEJAVU + "DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", DEJAVU + "DejaVuSans-Bold.ttf"))

PAGE = landscape(A4)            # 841.89 x 595.28 pt
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 28, 28, 42

# RGB 0..255 of status colours (shapes, glyphs, Annex indicator cells).
STATUS_RGB = {"GREEN": (0, 153, 68), "AMBER": (255, 176, 0), "RED": (214, 40, 40)}
HEADER_FILL = (0.80, 0.85, 0.93)     # table header shading
BANNER_FILL = (0.16, 0.27, 0.45)     # priority banner bar
GRID = (0.35, 0.35, 0.35)
WATERMARK = "OXFORDSHIRE COUNTY COUNCIL"
GLYPHS = {"GREEN": "★", "AMBER": "●", "RED": "▲"}


def rgb(name):
    return tuple(c / 255 for c in STATUS_RGB[name])
