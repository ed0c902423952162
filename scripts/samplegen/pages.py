"""A document as a list of pages of drawing operations, rendered once page count is known."""
from reportlab.pdfgen import canvas as rl_canvas

from . import style
from .wrapping import wrap


class Document:
    """Pages are lists of callables op(canvas). `y` is the top of the free space on the current page."""

    def __init__(self, footer_left, title, pagesize=style.PAGE):
        self.footer_left, self.title = footer_left, title
        self.width, self.height = pagesize
        self.top, self.bottom = self.height - style.MARGIN_TOP, style.MARGIN_BOTTOM
        self.left, self.right = style.MARGIN_X, self.width - style.MARGIN_X
        self.pages = []
        self.new_page()

    @property
    def page_no(self):
        return len(self.pages)

    def new_page(self):
        self.pages.append([])
        self.y = self.top

    def add(self, op):
        self.pages[-1].append(op)

    def space(self):
        return self.y - self.bottom

    def ensure(self, height):
        if self.space() < height:
            self.new_page()

    # ---- simple text flow -------------------------------------------------
    def text(self, text, font=style.FONT, size=9, leading=None, indent=0, color=(0, 0, 0), after=4):
        """Wrapped paragraph across the text width, continuing onto new pages as needed."""
        leading = leading or size * 1.3
        for line in wrap(text, font, size, self.right - self.left - indent):
            self.ensure(leading)
            self.add(_line_op(self.left + indent, self.y - size, line, font, size, color))
            self.y -= leading
        self.y -= after

    def heading(self, text, size=13, font=style.BOLD, color=(0, 0, 0), after=6):
        self.text(text, font=font, size=size, color=color, after=after)

    # ---- rendering -------------------------------------------------------
    def render(self, path):
        """Write the PDF (fixed creation date and document id: invariant=1)."""
        c = rl_canvas.Canvas(path, pagesize=(self.width, self.height), invariant=1, pageCompression=1,
                             initialFontName=style.FONT)
        c.setTitle(self.title)
        c.setAuthor("Oxfordshire County Council")
        c.setCreator("occx sample generator")
        total = len(self.pages)
        for no, ops in enumerate(self.pages, 1):
            self.draw_page(c, no, total, ops)
            c.showPage()
        c.save()

    def draw_page(self, c, no, total, ops):
        watermark(c, self.width, self.height)
        for op in ops:
            op(c)
        footer(c, self, no, total)


def _line_op(x, y, text, font, size, color):
    def op(c):
        c.setFillColorRGB(*color)
        c.setFont(font, size)
        c.drawString(x, y, text)
    return op


def watermark(c, w, h):
    c.saveState()
    c.setFillColorRGB(0.88, 0.88, 0.90)
    c.setFont("DejaVuSans-Bold", 46)
    c.translate(w / 2, h / 2)
    c.rotate(28)
    c.drawCentredString(0, -16, style.WATERMARK)
    c.restoreState()


def footer(c, doc, no, total):
    y = style.MARGIN_BOTTOM - 18
    c.setStrokeColorRGB(0.5, 0.5, 0.5)
    c.setLineWidth(0.5)
    c.line(doc.left, y + 10, doc.right, y + 10)
    c.setFillColorRGB(0.25, 0.25, 0.25)
    c.setFont(style.FONT, 7.5)
    c.drawString(doc.left, y, doc.footer_left)
    c.drawRightString(doc.right, y, f"Page {no} of {total}")
