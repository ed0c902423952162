"""generate-variants: seeded layout variants with expected records and the axis values that drew them."""
import argparse
import json
import os
import shutil
import sys
import tempfile

from . import axes, baseline, expected, kinds, layouts, look, measures


def parse_args(argv):
    ap = argparse.ArgumentParser(prog="generate-variants", description=__doc__)
    ap.add_argument("--layout", required=True, help="m22, m24, annex, or a comma list")
    ap.add_argument("--seed", required=True, type=int, help="first seed")
    ap.add_argument("--count", type=int, default=1, help="variants per layout: seeds SEED .. SEED+COUNT-1")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--kind", default="pdf", help=f"comma list of {', '.join(kinds.ALL)}")
    ap.add_argument("--set", action="append", default=[], metavar="AXIS=VALUE",
                    help="pin an axis value (repeatable), e.g. --set header=same-line --set size=7")
    ap.add_argument("--near", action="store_true",
                    help="keep the bundled samples' arrangement and vary one group of axes (named in axes.json)")
    args = ap.parse_args(argv)
    args.fixed = {}
    for item in args.set:
        key, sep, value = item.partition("=")
        if not sep:
            ap.error(f"--set {item!r}: expected AXIS=VALUE")
        args.fixed[key] = axis_value(value)
    args.layouts = args.layout.split(",")
    args.kinds = args.kind.split(",")
    for name in args.layouts:
        if name not in axes.LAYOUTS:
            ap.error(f"unknown layout {name!r} (m22, m24, annex)")
    for kind in args.kinds:
        if kind not in kinds.ALL:
            ap.error(f"unknown kind {kind!r} ({', '.join(kinds.ALL)})")
    if args.count < 1:
        ap.error("--count must be at least 1")
    return args


NOT_LAYOUT = {"layout", "seed", "rows", "varied"}   # axes that --near never pins


def axis_value(text):
    """Numbers as numbers (size=7), everything else as text."""
    try:
        return json.loads(text) if text[:1].isdigit() else text
    except ValueError:
        return text


class Variant:
    """One drawn variant: its axes, data and laid-out document."""

    def __init__(self, layout, seed, fixed=None, near=False):
        varied, pinned = baseline.near(layout, seed) if near else (None, {})
        self.ax = axes.draw(layout, seed, {**pinned, **(fixed or {})})
        if varied:
            self.ax["varied"] = varied
            self.ax["varied_axes"] = sorted(k for k in self.ax if k not in pinned and k not in NOT_LAYOUT
                                            and not k.startswith("scan."))
        self.spec = measures.document(layout, seed, self.ax["rows"])
        self.look = look.from_axes(self.ax)
        self.doc, self.pages, self.splits = layouts.build(self.spec, self.ax, self.look)
        self._scan_images = None
        self.wanted, self.ocr_done = [], set()

    def name(self, kind):
        near = "-near" if "varied" in self.ax else ""
        return f"{self.ax['layout']}-{self.ax['seed']}{near}-{kind}"

    def scan_images(self, drawn):
        if self._scan_images is None:
            self._scan_images = kinds.scan_pages(drawn, self.ax)
        return self._scan_images

    def axes_for(self, kind):
        scanned = kind in kinds.SCAN_KINDS + kinds.OCR_KINDS
        out = {k: v for k, v in self.ax.items() if scanned or not k.startswith("scan.")}
        out["kind"] = kind
        return out


def produce(v, kind, drawn, out_dir, tmp):
    """Write one kind's file; returns (path, method, reader) for its expected records."""
    path = os.path.join(out_dir, f"{v.name(kind)}.{kinds.EXTENSION[kind]}")
    grey = v.ax["scan.colour"] != "colour"
    if kind == "pdf":
        v.doc.render(path)
        return path, "text", "colour"
    if kind == "gs":
        kinds.ghostscript(drawn, path)
        return path, "text", "colour"
    if kind == "cairo":
        kinds.cairo(drawn, path)
        return path, "text", "colour"
    if kind in kinds.TEXT_KINDS:
        kinds.pdftotext(drawn, path, layout=kind == "layout")
        return path, "plain", "text"
    if kind == "scan":
        kinds.image_pdf(v.scan_images(drawn), path, (v.doc.width, v.doc.height), f"Scan of {v.doc.title}")
        return path, "ocr", "grey" if grey else "colour"
    if kind in kinds.OCRMYPDF_KINDS:
        return ocrmypdf_kind(v, kind, drawn, path, tmp)
    if kind not in v.ocr_done:   # tsv, hocr and alto come from one tesseract run
        wanted = [k for k in v.wanted if k in kinds.TESSERACT_KINDS]
        kinds.tesseract(v.scan_images(drawn), {k: os.path.join(out_dir, f"{v.name(k)}.{kinds.EXTENSION[k]}")
                                               for k in wanted})
        v.ocr_done.update(wanted)
    return path, "plain", "ocr-text"


def ocrmypdf_kind(v, kind, drawn, path, tmp):
    """sidecar, ocrpdf and ocrlayout come from one ocrmypdf run of the scan."""
    made = {k: os.path.join(tmp, f"ocrmypdf.{kinds.EXTENSION[k]}") for k in ("sidecar", "ocrpdf")}
    if not os.path.exists(made["ocrpdf"]):
        scan_pdf = os.path.join(tmp, "scan.pdf")
        kinds.image_pdf(v.scan_images(drawn), scan_pdf, (v.doc.width, v.doc.height), f"Scan of {v.doc.title}")
        kinds.ocrmypdf(scan_pdf, made["sidecar"], made["ocrpdf"])
    if kind == "ocrlayout":
        kinds.pdftotext(made["ocrpdf"], path, layout=True)
        return path, "plain", "ocr-text"
    shutil.copyfile(made[kind], path)
    if kind == "ocrpdf":   # occx OCRs the page again under its invisible layer
        return path, "ocr", "grey" if v.ax["scan.colour"] != "colour" else "colour"
    return path, "plain", "ocr-text"


def generate(layout, seed, wanted, out_dir, fixed=None, near=False):
    v = Variant(layout, seed, fixed, near)
    v.wanted = wanted
    with tempfile.TemporaryDirectory() as tmp:
        drawn = os.path.join(tmp, "drawn.pdf")
        v.doc.render(drawn)
        for kind in wanted:
            path, method, reader = produce(v, kind, drawn, out_dir, tmp)
            stem = os.path.join(out_dir, v.name(kind))
            expected.write(f"{stem}.expected.jsonl", expected.records(v.spec, v.ax, path, v.pages, method, reader))
            with open(f"{stem}.axes.json", "w", encoding="utf-8") as f:
                json.dump(v.axes_for(kind), f, indent=1, sort_keys=True, ensure_ascii=False)
                f.write("\n")
            print(path)


def main(argv=None):
    args = parse_args(argv)
    os.makedirs(args.out, exist_ok=True)
    for layout in args.layouts:
        for seed in range(args.seed, args.seed + args.count):
            try:
                generate(layout, seed, args.kinds, args.out, args.fixed, args.near)
            except Exception as exc:   # one line naming the variant, not a traceback
                print(f"generate-variants: {layout} seed {seed}: {type(exc).__name__}: {exc}", file=sys.stderr)
                sys.exit(1)
