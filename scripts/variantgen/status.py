"""Status cells in every rendering a report might use: words with or without a coloured cell,
glyphs, vector shapes, raster icons, or a coloured cell with nothing in it."""
import io

from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader

from .grid import VCell
from .look import GLYPH_FONT

RAG = ("GREEN", "AMBER", "RED")
TEXT = {"NA": "n/a", "NR": "n/r"}
GLYPHS = {"GREEN": "★", "AMBER": "●", "RED": "▲"}
# Forms whose only cue is colour: a greyscale reader cannot tell GREEN from RED.
COLOUR_ONLY = {"shape", "image", "fill"}
# Forms with no text in the text layer (glyphs are text there, but not in an OCR of the page).
NO_TEXT = {"shape", "image", "fill"}
_ICONS = {}


def dark(rgb):
    """True when white text reads better than black on this fill (perceived luminance)."""
    r, g, b = rgb
    return 0.299 * r + 0.587 * g + 0.114 * b < 150


def cell(form, status, look):
    """The status cell of one row."""
    if status is None:
        return VCell(None)
    if status in TEXT:
        return VCell([TEXT[status]], align="center")
    if form in ("words-fill", "words"):
        rgb = look.status_rgb[status]
        fill = look.rgb(status) if form == "words-fill" else None
        color = (1, 1, 1) if fill and dark(rgb) else (0, 0, 0)
        return VCell([status], fill=fill, bold=form == "words-fill", align="center", color=color)
    if form == "fill":
        return VCell(None, fill=look.rgb(status), painter=lambda c, x, top, w, lead: None)
    return VCell(painter=painter(form, status, look))


def painter(form, status, look):
    rgb = look.rgb(status)
    if form == "shape":
        def paint(c, x, top, w, lead):
            c.setFillColorRGB(*rgb)
            c.setStrokeColorRGB(0.2, 0.2, 0.2)
            c.setLineWidth(0.4)
            c.circle(x + w / 2, top - 4.6, 4.2, stroke=1, fill=1)
    elif form == "glyph":
        def paint(c, x, top, w, lead):
            c.setFillColorRGB(*rgb)
            c.setFont(GLYPH_FONT, 9)
            c.drawCentredString(x + w / 2, top - 8, GLYPHS[status])
    else:
        def paint(c, x, top, w, lead):
            c.drawImage(icon(look.status_rgb[status]), x + w / 2 - 4.5, top - 9.5, 9, 9)
    return paint


def icon(rgb):
    """A small rounded-square PNG in the colour (an embedded image, no text)."""
    if rgb not in _ICONS:
        im = Image.new("RGB", (48, 48), (255, 255, 255))
        ImageDraw.Draw(im).rounded_rectangle((3, 3, 44, 44), radius=9, fill=rgb, outline=(60, 60, 60), width=2)
        buf = io.BytesIO()
        im.save(buf, format="PNG", optimize=False)
        buf.seek(0)
        _ICONS[rgb] = ImageReader(buf)
    return _ICONS[rgb]


def expected(status, form, reader):
    """What a careful reader of this rendering says. reader: colour | grey (scan without colour) |
    text (the PDF's text layer as text) | ocr-text (text OCR made of the page)."""
    if status not in RAG:
        return status
    if reader == "grey" and form in COLOUR_ONLY:
        return None
    if reader == "text" and form in NO_TEXT:
        return None
    if reader == "ocr-text" and (form in NO_TEXT or form == "glyph"):
        return None
    return status
