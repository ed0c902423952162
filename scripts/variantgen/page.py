"""The sample document with a variant's page: size, margins, watermark, page header and footer."""
from reportlab.lib.pagesizes import A3, A4, landscape, portrait

from samplegen.pages import Document

SIZES = {"a4-landscape": landscape(A4), "a3-landscape": landscape(A3), "a4-portrait": portrait(A4)}
FOOTER_ROOM = 20     # pt kept under the body for the footer line
HEADER_ROOM = 18     # pt kept above the body for the page header
WATERMARKS = ["OXFORDSHIRE COUNTY COUNCIL", "OFFICIAL", "DRAFT - NOT FOR PUBLICATION"]


class Page(Document):
    def __init__(self, footer_left, title, ax, look):
        super().__init__(footer_left, title, pagesize=SIZES[ax["page"]])
        self.ax, self.look = ax, look
        m = ax["margin"]
        self.left, self.right = m, self.width - m
        self.top = self.height - m - (HEADER_ROOM if ax["page_header"] != "none" else 0)
        self.bottom = m + (FOOTER_ROOM if ax["footer"] != "none" else 0)
        self.y = self.top
        self.watermark_text = WATERMARKS[ax["seed"] % len(WATERMARKS)]

    def text(self, text, font=None, size=9, leading=None, indent=0, color=(0, 0, 0), after=4):
        super().text(text, font or self.look.font, size, leading, indent, color, after)

    def heading(self, text, size=13, font=None, color=(0, 0, 0), after=6):
        super().heading(text, size, font or self.look.bold, color, after)

    def draw_page(self, c, no, total, ops):
        if self.ax["watermark"] == "text":
            self.draw_watermark(c)
        for op in ops:
            op(c)
        if self.ax["page_header"] != "none":
            self.draw_page_header(c)
        if self.ax["footer"] != "none":
            self.draw_footer(c, no, total)

    def draw_watermark(self, c):
        c.saveState()
        c.setFillColorRGB(0.88, 0.88, 0.90)
        c.setFont(self.look.bold, 40)
        c.translate(self.width / 2, self.height / 2)
        c.rotate(30)
        c.drawCentredString(0, -14, self.watermark_text)
        c.restoreState()

    def draw_page_header(self, c):
        y = self.height - self.ax["margin"] - 8
        c.setFillColorRGB(0.3, 0.3, 0.3)
        c.setFont(self.look.font, 7)
        c.drawString(self.left, y, self.title)
        c.drawRightString(self.right, y, "Oxfordshire County Council")
        c.setStrokeColorRGB(0.6, 0.6, 0.6)
        c.line(self.left, y - 4, self.right, y - 4)

    def draw_footer(self, c, no, total):
        y = self.ax["margin"]
        c.setStrokeColorRGB(0.5, 0.5, 0.5)
        c.setLineWidth(0.5)
        c.line(self.left, y + 10, self.right, y + 10)
        c.setFillColorRGB(0.25, 0.25, 0.25)
        c.setFont(self.look.font, 7)
        c.drawString(self.left, y, self.footer_left)
        label = f"Page {no} of {total}" if self.ax["footer"] == "page-of" else str(no)
        c.drawRightString(self.right, y, label)
