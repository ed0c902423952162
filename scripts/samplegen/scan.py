"""Scanned variants: rasterise with pdftoppm, degrade (skew, noise, blur, paper tint, JPEG), rebuild
image-only PDFs with img2pdf. Every random choice comes from a seeded numpy generator."""
import glob
import io
import os
import subprocess
import tempfile

import img2pdf
import numpy as np
from PIL import Image, ImageFilter

DPI = 200
QUALITY = 70


def rasterise(pdf, dpi=DPI, pages=None):
    """{page_no: PIL RGB image} for the given pages (all when None)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", pdf, os.path.join(tmp, "p")], check=True)
        out = {}
        for path in sorted(glob.glob(os.path.join(tmp, "p-*.png"))):
            no = int(path.rsplit("-", 1)[1].split(".")[0])
            if pages is None or no in pages:
                out[no] = Image.open(path).convert("RGB")
        return out


def skew_angle(rng, page_no):
    """0.3..2 degrees, alternating direction page by page."""
    return float(rng.uniform(0.3, 2.0)) * (1 if page_no % 2 else -1)


def degrade(img, rng, page_no, grey=False):
    img = img.rotate(skew_angle(rng, page_no), resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    img = img.filter(ImageFilter.GaussianBlur(radius=0.7))
    a = np.asarray(img, dtype=np.float32)
    a = a * np.array([0.97, 0.96, 0.92], dtype=np.float32) + 4.0      # paper tint, lifted blacks
    a = a + rng.normal(0.0, 7.0, size=a.shape[:2])[..., None].astype(np.float32)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "RGB")
    return img.convert("L") if grey else img


def jpeg_bytes(img, quality=QUALITY):
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, optimize=False, progressive=False)
    return buf.getvalue()


def scanned_pages(pdf, seed, grey=False, pages=None):
    """{page_no: jpeg bytes} of degraded pages."""
    rng = np.random.default_rng(seed)
    return {no: jpeg_bytes(degrade(img, rng, no, grey)) for no, img in sorted(rasterise(pdf, pages=pages).items())}


def image_pdf(jpegs, out_pdf, title):
    """Image-only PDF (no text layer) from JPEG bytes, A4 landscape, no dates."""
    layout = img2pdf.get_layout_fun((img2pdf.mm_to_pt(297), img2pdf.mm_to_pt(210)))
    data = img2pdf.convert([jpegs[k] for k in sorted(jpegs)], layout_fun=layout, nodate=True, title=title,
                           engine=img2pdf.Engine.internal,
                           producer="occx sample generator", creator="scanner")
    with open(out_pdf, "wb") as f:
        f.write(data)


def _pages_of(pdf, tmp, prefix):
    subprocess.run(["pdfseparate", pdf, os.path.join(tmp, f"{prefix}-%d.pdf")], check=True)
    return lambda n: os.path.join(tmp, f"{prefix}-{n}.pdf")


def _fixed_trailer_id(path):
    """pdfunite writes a random /ID into the trailer; replace it with a digest of the body.
    The trailer follows the xref table, so its length does not affect any offset."""
    import hashlib
    import re
    data = open(path, "rb").read()
    cut = data.rfind(b"trailer")
    body, trailer = data[:cut], data[cut:]
    digest = hashlib.md5(body).hexdigest().encode()
    trailer = re.sub(rb"/ID \[.*?\] ", b"/ID [<" + digest + b"> <" + digest + b">] ", trailer, flags=re.S)
    with open(path, "wb") as f:
        f.write(body + trailer)


def mixed_pdf(text_pdf, jpegs, total, out_pdf, title):
    """Pages in jpegs (page_no -> jpeg) become image-only pages; the others keep their text layer."""
    with tempfile.TemporaryDirectory() as tmp:
        scan_pdf = os.path.join(tmp, "scan.pdf")
        image_pdf(jpegs, scan_pdf, title)
        text_page, scan_page = _pages_of(text_pdf, tmp, "t"), _pages_of(scan_pdf, tmp, "s")
        order = sorted(jpegs)
        parts = [scan_page(order.index(n) + 1) if n in jpegs else text_page(n) for n in range(1, total + 1)]
        subprocess.run(["pdfunite", *parts, out_pdf], check=True)
    _fixed_trailer_id(out_pdf)
