"""Status markers drawn inside a status cell: vector shapes, embedded images, glyphs or words."""
import io

from PIL import Image, ImageDraw
from reportlab.lib.utils import ImageReader

from . import style

TEXT_STATUS = {"NA": "n/a", "NR": "n/r"}
_IMAGES = {}


def _image(status):
    """A small rounded-square PNG icon in the status colour (embedded as an image, no text)."""
    if status not in _IMAGES:
        im = Image.new("RGB", (48, 48), (255, 255, 255))
        ImageDraw.Draw(im).rounded_rectangle((3, 3, 44, 44), radius=9, fill=style.STATUS_RGB[status],
                                             outline=(60, 60, 60), width=2)
        buf = io.BytesIO()
        im.save(buf, format="PNG", optimize=False)
        buf.seek(0)
        _IMAGES[status] = ImageReader(buf)
    return _IMAGES[status]


def painter(form, status):
    """painter(c, x, top, w, lead) for a status in one of the forms shape | glyph | image."""
    if status is None:
        return lambda c, x, top, w, lead: None
    if status in TEXT_STATUS:
        return _text_painter(TEXT_STATUS[status])
    return {"shape": _shape, "glyph": _glyph, "image": _icon}[form](status)


def _text_painter(text):
    def paint(c, x, top, w, lead):
        c.setFillColorRGB(0, 0, 0)
        c.setFont(style.FONT, 7)
        c.drawCentredString(x + w / 2, top - 7, text)
    return paint


def _shape(status):
    """A filled circle for every status: colour is the only label."""
    def paint(c, x, top, w, lead):
        c.setFillColorRGB(*style.rgb(status))
        c.setStrokeColorRGB(0.2, 0.2, 0.2)
        c.setLineWidth(0.4)
        cx, cy = x + w / 2, top - 4.6
        c.circle(cx, cy, 4.2, stroke=1, fill=1)
    return paint


def _glyph(status):
    def paint(c, x, top, w, lead):
        c.setFillColorRGB(*style.rgb(status))
        c.setFont(style.GLYPH, 9)
        c.drawCentredString(x + w / 2, top - 8, style.GLYPHS[status])
    return paint


def _icon(status):
    def paint(c, x, top, w, lead):
        c.drawImage(_image(status), x + w / 2 - 4.5, top - 9.5, 9, 9)
    return paint
