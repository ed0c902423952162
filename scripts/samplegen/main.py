"""Generate every sample: text PDFs, scans, expected records and the README table."""
import os

from . import corpus, expected, monthly

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLES = os.path.join(ROOT, "samples")


def out(*parts):
    return os.path.join(SAMPLES, *parts)


def text_doc(spec):
    """Render a text-layer monthly document and its expected records; returns a summary dict."""
    doc, pages, splits = monthly.build(spec)
    pdf = out(f"{spec.name}.pdf")
    doc.render(pdf)
    recs = expected.records_for(spec, pdf, pages, lambda p: "text")
    expected.write_jsonl(out(f"{spec.name}.expected.jsonl"), recs)
    return summary(spec, pdf, doc, splits)


def summary(spec, pdf, doc, splits):
    if not splits:
        raise AssertionError(f"{spec.name}: no row splits across a page break")
    return {"name": os.path.relpath(pdf, SAMPLES), "layout": spec.layout, "form": spec.status_form,
            "rows": len(spec.rows), "pages": doc.page_no, "splits": splits}


def main():
    os.makedirs(out("scans"), exist_ok=True)
    summaries = [text_doc(f()) for f in corpus.TEXT_DOCS]
    annex_spec = corpus.annex_2024_11()
    summaries.append(annex_doc(annex_spec))
    summaries.append(cabinet_doc(annex_spec))
    for s in summaries:
        print(f"{s['name']}: {s['rows']} rows, {s['pages']} pages, splits {s['splits']}")
    return summaries


def annex_doc(spec):
    from . import annex
    doc, pages, splits = annex.build(spec)
    pdf = out(f"{spec.name}.pdf")
    doc.render(pdf)
    expected.write_jsonl(out(f"{spec.name}.expected.jsonl"),
                         expected.records_for(spec, pdf, pages, lambda p: "text"))
    return summary(spec, pdf, doc, splits)


def cabinet_doc(annex_spec):
    from . import cabinet
    pdf = out("cabinet-2024-11.pdf")
    doc = cabinet.write(annex_spec, pdf, out("cabinet-2024-11.expected.json"), expected.sha256)
    return {"name": "cabinet-2024-11.pdf", "layout": "cabinet", "form": "words", "rows": None,
            "pages": doc.page_no, "splits": []}
