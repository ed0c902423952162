"""Producers of a variant's files: the drawn PDF, its rewrites by Ghostscript and Cairo, scans, and the
text other converters make of them. Every producer is deterministic for a given input."""
import io
import os
import re
import subprocess
import tempfile

import img2pdf
import numpy as np
from PIL import Image, ImageFilter

from samplegen import scan as sample_scan

PDF_KINDS = ("pdf", "gs", "cairo")
TEXT_KINDS = ("layout", "plain")                 # text of the drawn PDF
SCAN_KINDS = ("scan",)
OCR_KINDS = ("sidecar", "tsv", "hocr", "alto", "ocrpdf", "ocrlayout")   # what OCR made of the scan
TESSERACT_KINDS = ("tsv", "hocr", "alto")
OCRMYPDF_KINDS = ("sidecar", "ocrpdf", "ocrlayout")   # one ocrmypdf run: its sidecar, its PDF, that PDF's text
ALL = PDF_KINDS + TEXT_KINDS + SCAN_KINDS + OCR_KINDS
EXTENSION = {"pdf": "pdf", "gs": "pdf", "cairo": "pdf", "scan": "pdf", "layout": "txt", "plain": "txt",
             "sidecar": "txt", "tsv": "tsv", "hocr": "hocr", "alto": "xml", "ocrpdf": "pdf", "ocrlayout": "txt"}
TESSERACT_EXTENSION = {"alto": "xml"}
FIXED_DATE = b"D:20250101000000Z"   # pdftocairo stamps the wall clock; same length keeps xref offsets
BW_THRESHOLD = 150                  # grey level under which a bilevel scan pixel is black
CREAM = np.array([0.97, 0.95, 0.88], dtype=np.float32)
QUIET = dict(check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
ENV = dict(os.environ, OMP_THREAD_LIMIT="1")   # tesseract: one thread, same result every run


def ghostscript(src, dst):
    subprocess.run(["gs", "-q", "-sDEVICE=pdfwrite", "-dOmitInfoDate", "-dOmitXMP", "-dOmitID", "-dNOPAUSE",
                    "-dBATCH", "-o", dst, src], **QUIET)


def cairo(src, dst):
    subprocess.run(["pdftocairo", "-pdf", src, dst], **QUIET)
    data = open(dst, "rb").read()
    data = re.sub(rb"D:\d{14}Z", FIXED_DATE, data)
    with open(dst, "wb") as f:
        f.write(data)


def pdftotext(src, dst, layout):
    subprocess.run(["pdftotext", *(["-layout"] if layout else []), src, dst], **QUIET)


# ---- scans ------------------------------------------------------------------
def degrade(img, rng, page_no, ax):
    """Skew, blur, paper tint, noise, then colour / grey / black-and-white."""
    angle = float(rng.uniform(0.2, 1.0)) * ax["scan.skew"] * (1 if page_no % 2 else -1)
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    if ax["scan.blur"] > 0:
        img = img.filter(ImageFilter.GaussianBlur(radius=ax["scan.blur"]))
    a = np.asarray(img, dtype=np.float32)
    if ax["scan.tint"] == "cream":
        a = a * CREAM + 4.0
    a = a + rng.normal(0.0, ax["scan.noise"], size=a.shape[:2])[..., None].astype(np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    if ax["scan.colour"] == "grey":
        return img.convert("L")
    if ax["scan.colour"] == "bw":
        return img.convert("L").point(lambda v: 255 if v >= BW_THRESHOLD else 0, mode="1")
    return img


def encoded(img, ax):
    """Page image bytes: JPEG for colour and grey, PNG for bilevel."""
    buf = io.BytesIO()
    if img.mode == "1":
        img.save(buf, format="PNG", optimize=False, dpi=(ax["scan.dpi"],) * 2)
    else:
        img.save(buf, format="JPEG", quality=ax["scan.quality"], optimize=False, progressive=False,
                 dpi=(ax["scan.dpi"],) * 2)
    return buf.getvalue()


def scan_pages(src, ax):
    """[(page image bytes)] of the degraded pages of src, in order."""
    rng = np.random.default_rng(ax["seed"])
    pages = sample_scan.rasterise(src, dpi=ax["scan.dpi"])
    return [encoded(degrade(img, rng, no, ax), ax) for no, img in sorted(pages.items())]


def image_pdf(images, dst, page_size, title):
    """Image-only PDF, pages of the drawn document's size, no dates."""
    layout = img2pdf.get_layout_fun(page_size)
    data = img2pdf.convert(images, layout_fun=layout, nodate=True, title=title, engine=img2pdf.Engine.internal,
                           producer="occx variant generator", creator="scanner")
    with open(dst, "wb") as f:
        f.write(data)


# ---- OCR text ---------------------------------------------------------------
def ocrmypdf(scan_pdf, sidecar_dst, pdf_dst):
    """OCRmyPDF's sidecar text and its PDF (the scan's image under an invisible text layer)."""
    subprocess.run(["ocrmypdf", "--force-ocr", "-l", "eng", "--output-type", "pdf", "--jobs", "1",
                    "--optimize", "0", "-q", "--sidecar", sidecar_dst, scan_pdf, pdf_dst], env=ENV, **QUIET)


def tesseract(images, outputs):
    """One tesseract run over every page image; outputs: {config (tsv|hocr|alto): destination}.
    Tesseract reads a list file of images as one multi-page document."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i, data in enumerate(images, 1):
            paths.append(f"page-{i:03d}.img")
            with open(os.path.join(tmp, paths[-1]), "wb") as f:
                f.write(data)
        with open(os.path.join(tmp, "pages.txt"), "w") as f:
            f.write("\n".join(paths) + "\n")
        # Relative names: hOCR and ALTO record the image path, which must not depend on the temp dir.
        subprocess.run(["tesseract", "pages.txt", "ocr", "-l", "eng", *sorted(outputs)], env=ENV, cwd=tmp,
                       **QUIET)
        for config, dst in outputs.items():
            os.replace(os.path.join(tmp, f"ocr.{TESSERACT_EXTENSION.get(config, config)}"), dst)
