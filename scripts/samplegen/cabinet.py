"""The Cabinet covering report for November 2024, built from the Annex A data set."""
import json

from . import catalogue, rag, style
from .pages import Document
from .table import Cell, Column, HeaderCell, Table, TableRow

EARLIER_MONTHS = [("April 2024", 14, 3, 2, 8), ("May 2024", 21, 6, 3, 9), ("June 2024", 33, 8, 2, 10),
                  ("July 2024", 20, 7, 4, 9), ("August 2024", 16, 4, 2, 7), ("September 2024", 41, 10, 6, 9),
                  ("October 2024", 19, 5, 2, 7)]
GROUPS = [("Green", "green"), ("Amber", "amber"), ("Red", "red"), ("Monitoring Only", "monitoring_only"),
          ("Data Unavailable", "data_unavailable"),
          ("No complaints received or open within time*", "no_complaints"), ("Total", "total")]
CHANGE_LABEL = {"GREEN": "Green", "AMBER": "Amber", "RED": "Red", "NA": "n/a", "NR": "n/r"}
NUMBER_WORDS = ["Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
                "Eleven", "Twelve"]


class Cabinet:
    def __init__(self, annex_spec):
        self.spec, self.rows = annex_spec, annex_spec.rows
        self.doc = Document("Cabinet - 21 January 2025 - Business Management and Monitoring Report",
                            "Cabinet report November 2024")
        self.para_no = 0
        self.table_pages = set()

    # ---- prose helpers ---------------------------------------------------
    def numbered(self, text):
        self.para_no += 1
        self.doc.text(f"{self.para_no}. {text}", size=9.5, after=6)

    def caption(self, text):
        self.doc.text(text, size=8, color=(0.25, 0.25, 0.25), after=10)

    def table(self, cols, header, rows, size=8):
        start = self.doc.page_no
        Table([Column(str(i), w) for i, w in enumerate(cols)], header, size=size).flow(self.doc, rows)
        self.table_pages |= set(range(start, self.doc.page_no + 1))

    # ---- sections ---------------------------------------------------------
    def front(self):
        d = self.doc
        for text, size in [("CABINET", 16), ("21 January 2025", 11), ("BUSINESS MANAGEMENT AND MONITORING REPORT", 14),
                           ("NOVEMBER 2024", 14)]:
            d.heading(text, size=size, after=4)
        d.text("Report by the Executive Director of Resources & Section 151 Officer", size=10, after=10)
        d.heading("RECOMMENDATION", size=11)
        self.numbered("The Cabinet is RECOMMENDED to: a) note the report and annexes; b) approve the virement "
                      "requests in Annex B-2a; c) note the forecast position on general balances.")
        d.heading("Executive Summary", size=11)
        self.numbered("The business management reports are part of a suite of performance, risk and budget documents "
                      "which set out the council's ambitions, priorities and financial performance.")
        self.numbered("This report presents the November 2024 performance, risk and finance position for the council. "
                      "The full performance scorecard is included at Annex A.")
        self.numbered("The performance section concentrates on exceptions: measures reporting Red (off target) or "
                      "Amber (slightly off target) for two consecutive months or more.")

    def overview(self):
        d, summary = self.doc, rag.rag_summary(self.rows)
        d.heading("Performance Overview", size=11)
        self.numbered("The Outcomes Framework for 2024/25 reports on the council's strategic priorities and on "
                      "running the business. As at the end of November 2024 the measures were rated as follows:")
        header = [[HeaderCell("November 2024", rowspan=2)] + [HeaderCell(g, colspan=2) for g, _ in GROUPS],
                  [HeaderCell(x) for _ in GROUPS for x in ("Count", "Percentage")]]
        rows = []
        for s in summary:
            cells = [Cell([s["row"]], bold=s["row"] == "Total")]
            for _, key in GROUPS:
                cells += [Cell([str(s[key])], align="center"), Cell([rag.pct(s[key], s["total"])], align="center")]
            rows.append(TableRow(cells))
        self.table([70] + [46, 50] * len(GROUPS), header, rows, size=7.5)
        self.caption("Table 1: Summary of November 2024 performance for all measures. Green = meets or exceeds target, "
                     "Amber = misses target by narrow margin, Red = misses target by significant margin. Priority OCC11 "
                     "(finance) measures are reported bi-monthly. *Complaint measures where no complaints were received.")
        t = summary[-1]
        d.text(f"a) A total of {t['total']} measures reported in November 2024 (Table 1): {t['green']} Green, "
               f"{t['amber']} Amber, {t['red']} Red, {t['monitoring_only']} monitoring only, {t['data_unavailable']} "
               f"data unavailable and {t['no_complaints']} with no complaints received.", size=9.5, indent=14)
        self.comparison()

    def comparison(self):
        self.numbered("The table below compares monthly measures for the 2024/25 reporting year. The number of "
                      "reported measures fluctuates through the year.")
        header = [[HeaderCell("Reporting month", rowspan=2), HeaderCell("Green", colspan=2), HeaderCell("Amber", colspan=2),
                   HeaderCell("Red", colspan=2), HeaderCell("Monitoring Only / No data", colspan=2), HeaderCell("Total")],
                  [HeaderCell(x) for _ in range(4) for x in ("Count", "Percentage")] + [HeaderCell("Count")]]
        rows = []
        for m in self.months():
            cells = [Cell([m["month"]])]
            for key in ("green", "amber", "red", "monitoring_only"):
                cells += [Cell([str(m[key])], align="center"), Cell([rag.pct(m[key], m["total"])], align="center")]
            rows.append(TableRow(cells + [Cell([str(m["total"])], align="center")]))
        self.table([100] + [50, 60] * 4 + [50], header, rows)
        self.caption("Table 2: Comparison of monthly reporting measures for 2024/25. Complaint measures with no "
                     "complaints received in the period are not included.")

    def months(self):
        out = [{"month": m, "green": g, "amber": a, "red": r, "monitoring_only": mo, "total": g + a + r + mo}
               for m, g, a, r, mo in EARLIER_MONTHS]
        return out + [rag.comparison_row(self.rows, "November 2024")]

    def reds(self):
        reds = rag.red_list(self.rows)
        self.doc.text(f"b) There are {NUMBER_WORDS[len(reds)].lower()} measures reporting as Red for the reporting "
                      "period.", size=9.5, indent=14)
        rows = [TableRow([Cell([f"{r.mid} {r.title}"])]) for r in reds]
        self.table([520], [[HeaderCell("Performance measures reporting Red for November 2024")]], rows)
        self.caption("Table 3: Red RAG Status Measures November 2024 Reporting Period.")

    def changes(self):
        self.doc.text("c) This table indicates the direction of travel of measures compared to the previous "
                      "reporting period.", size=9.5, indent=14)
        rows = []
        for a, b, rs in rag.status_changes(self.rows):
            label = f"{CHANGE_LABEL[a]} to {CHANGE_LABEL[b]}"
            texts = [f"{r.mid} {r.title}" for r in rs] or ["Not applicable"]
            rows += [TableRow([Cell([label], bold=True), Cell([t])]) for t in texts]
        self.table([110, 460], [[HeaderCell("Status changes - October to November 2024", colspan=2)]], rows)
        self.caption("Table 4: Change in Performance across October to November 2024.")

    def exceptions(self):
        d, exc = self.doc, rag.exceptions(self.rows)
        d.heading("Performance Exceptions", size=11)
        self.numbered(f"This section details the {len(exc)} measures reporting Red, or Amber for two months or "
                      "more, with extracted supporting commentary. The full commentary can be seen at Annex A.")
        table_no = 5
        for pid in sorted({r.pid for r in exc}):
            self.priority_exceptions(pid, [r for r in exc if r.pid == pid], table_no)
            table_no += 1

    def priority_exceptions(self, pid, exc, table_no):
        d, prio = self.doc, catalogue.PRIORITY[pid]
        all_rows = [r for r in self.rows if r.pid == pid]
        d.ensure(130)
        d.heading(f"Priority {pid}: {prio.title}", size=10, after=4)
        greens = sum(r.period_status == "GREEN" for r in all_rows)
        d.text(f"This priority has {len(all_rows)} measures being reported in November 2024: {greens} "
               f"({rag.pct(greens, len(all_rows))}) reporting as Green and {len(exc)} reported as exceptions.", size=9.5)
        prev = "September Status:" if pid == "OCC11" else "October Status:"
        header = [[HeaderCell(h) for h in ("Measure", prev, "November Status:", "Director:")]]
        director = catalogue.PEOPLE["2024"][pid][0]
        rows = [TableRow([Cell([f"{r.mid} {r.title}"]), Cell([CHANGE_LABEL[r.previous_status]], align="center"),
                          Cell([CHANGE_LABEL[r.period_status]], align="center"), Cell([director])]) for r in exc]
        self.table([360, 90, 90, 110], header, rows)
        self.caption(f"Table {table_no}: Priority {pid} Measure Exceptions - November 2024")
        for r in exc:
            d.heading(f"{r.mid} {r.title}", size=9.5, after=3)
            d.text(r.comment[0], size=9.5, after=8)

    def closing(self):
        d = self.doc
        d.heading("Financial position", size=11)
        self.numbered("There is a forecast service area overspend of £4.3m. After taking account of budgets held "
                      "centrally, the overall position is a forecast underspend of £8.5m. Further detail is set out "
                      "in Annex B.")
        self.numbered("The forecast deficit against Dedicated Schools Grant funding for High Needs remains the most "
                      "significant financial risk and is reported to Cabinet each month.")
        d.heading("Legal Implications", size=11)
        self.numbered("The Council has a fiduciary duty to council taxpayers and must consider the prudent use of "
                      "resources, including control of expenditure and financial prudence in the short and long term.")
        d.text("ROSALIND ACHEBE", font=style.BOLD, size=10, after=2)
        d.text("Executive Director of Resources & Section 151 Officer", size=9.5)

    def build(self):
        self.front()
        self.overview()
        self.reds()
        self.changes()
        self.exceptions()
        self.closing()
        return self.doc

    # ---- expected structured form ------------------------------------------
    def expected(self, source):
        title = lambda r: {"measure_id": r.mid, "title": r.title}   # noqa: E731
        changes = [{"from": a, "to": b, **title(r)} for a, b, rs in rag.status_changes(self.rows) for r in rs]
        exc = [{"priority_id": r.pid, **title(r), "previous_status": r.previous_status,
                "current_status": r.period_status, "director": catalogue.PEOPLE["2024"][r.pid][0]}
               for r in rag.exceptions(self.rows)]
        return {"kind": "cabinet", "report": {"period_end": "2024-11-30", "period_label": "November 2024"},
                "source": source, "rag_summary": rag.rag_summary(self.rows), "monthly_comparison": self.months(),
                "red_list": [title(r) for r in rag.red_list(self.rows)], "status_changes": changes,
                "exceptions": exc, "warnings": []}


def write(annex_spec, pdf_path, json_path, sha256):
    import os
    cab = Cabinet(annex_spec)
    doc = cab.build()
    doc.render(pdf_path)
    source = {"file": os.path.basename(pdf_path), "sha256": sha256(pdf_path),
              "pages": sorted(cab.table_pages), "method": "text"}
    with open(json_path, "w", encoding="utf-8") as f:
        json.dump(cab.expected(source), f, ensure_ascii=False, indent=2)
        f.write("\n")
    return doc
