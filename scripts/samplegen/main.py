"""Generate every sample: text PDFs, scans, expected records, README; then run the self-checks."""
import os
import tempfile

from . import annex, cabinet, check, corpus, expected, monthly, readme, scan

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLES = os.path.join(ROOT, "samples")
MIXED_SCANNED = [3, 4, 7]     # pages of the mixed document that are scanned images


def out(*parts):
    return os.path.join(SAMPLES, *parts)


def summary(spec, pdf, doc, splits, **extra):
    if not splits:
        raise AssertionError(f"{spec.name}: no row splits across a page break")
    return {"name": os.path.relpath(pdf, SAMPLES), "layout": spec.layout, "form": spec.status_form,
            "rows": len(spec.rows), "pages": doc.page_no, "splits": splits, **extra}


def text_doc(spec, builder=monthly.build):
    """A text-layer document and its expected records."""
    doc, pages, splits = builder(spec)
    pdf = out(f"{spec.name}.pdf")
    doc.render(pdf)
    expected.write_jsonl(out(f"{spec.name}.expected.jsonl"),
                         expected.records_for(spec, pdf, pages, lambda p: "text"))
    return summary(spec, pdf, doc, splits)


def cabinet_doc(annex_spec):
    pdf = out("cabinet-2024-11.pdf")
    doc = cabinet.write(annex_spec, pdf, out("cabinet-2024-11.expected.json"), expected.sha256)
    return {"name": "cabinet-2024-11.pdf", "layout": "cabinet", "form": "words", "rows": None,
            "pages": doc.page_no, "splits": []}


def scanned_doc(spec, seed, grey=False):
    """Full scan: every page an image. Statuses shown only by colour are lost in greyscale."""
    doc, pages, splits = monthly.build(spec)
    pdf = out("scans", f"{spec.name}.pdf")
    with tempfile.TemporaryDirectory() as tmp:
        text_pdf = os.path.join(tmp, "text.pdf")
        doc.render(text_pdf)
        scan.image_pdf(scan.scanned_pages(text_pdf, seed, grey), pdf, f"Scan of performance report {spec.month_label}")
    colour_lost = grey and spec.status_form in ("shape", "image")
    expected.write_jsonl(out("scans", f"{spec.name}.expected.jsonl"),
                         expected.records_for(spec, pdf, pages, lambda p: "ocr", colour_lost))
    return summary(spec, pdf, doc, splits, scan="greyscale scan" if grey else "colour scan")


def mixed_doc(spec, seed, scanned):
    """Some pages scanned (image only), the rest keep their text layer."""
    doc, pages, splits = monthly.build(spec)
    pdf = out("scans", f"{spec.name}.pdf")
    with tempfile.TemporaryDirectory() as tmp:
        text_pdf = os.path.join(tmp, "text.pdf")
        doc.render(text_pdf)
        jpegs = scan.scanned_pages(text_pdf, seed, pages=set(scanned))
        scan.mixed_pdf(text_pdf, jpegs, doc.page_no, pdf, f"Performance report {spec.month_label}")
    method = lambda p: "ocr" if set(p) & set(scanned) else "text"   # noqa: E731
    expected.write_jsonl(out("scans", f"{spec.name}.expected.jsonl"), expected.records_for(spec, pdf, pages, method))
    return summary(spec, pdf, doc, splits, scan=f"mixed: pages {', '.join(map(str, scanned))} scanned (colour), "
                                                f"the rest text layer")


def main():
    os.makedirs(out("scans"), exist_ok=True)
    entries = [(text_doc(spec), spec) for spec in (f() for f in corpus.TEXT_DOCS)]
    annex_spec = corpus.annex_2024_11()
    entries.append((text_doc(annex_spec, annex.build), annex_spec))
    entries.append((cabinet_doc(annex_spec), None))
    for spec, seed, grey in ((corpus.scan_2022_10(), 1, False), (corpus.scan_2024_09(), 2, False),
                             (corpus.grey_2022_12(), 3, True)):
        entries.append((scanned_doc(spec, seed, grey), spec))
    mixed = corpus.mixed_2023_03()
    entries.append((mixed_doc(mixed, 4, MIXED_SCANNED), mixed))
    readme.write(out("README.md"), entries, scan.DPI, scan.QUALITY)
    for s, _ in entries:
        print(f"{s['name']}: {s['rows']} rows, {s['pages']} pages, splits {s['splits']}")
    total = check.run(SAMPLES)
    print(f"checks passed; samples total {total / 1e6:.1f} MB")
