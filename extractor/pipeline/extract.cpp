#include "pipeline/extract.h"

#include <cstdio>
#include <future>
#include <set>

#include "pipeline/input_file.h"
#include "pipeline/page_text.h"
#include "pipeline/pdf_extract.h"
#include "pipeline/second_reading.h"
#include "table/id_sequence.h"
#include "table/name_votes.h"
#include "table/row_record.h"
#include "table/table_builder.h"
#include "text/cabinet_parser.h"
#include "text/layout_text.h"
#include "text/ocr_formats.h"
#include "text/text_extract.h"
#include "util/error.h"
#include "util/log.h"
#include "util/text.h"

namespace occx {

bool looks_like_pdf(std::string_view bytes) {
    // The header may follow a little junk; readers accept it within the first 1024 bytes.
    return bytes.substr(0, 1024).find("%PDF-") != std::string_view::npos;
}

namespace {

void stamp_source(ExtractResult& result) {
    for (auto& r : result.records) {
        r.source.file = result.file;
        r.source.sha256 = result.sha256;
    }
    if (result.cabinet) {
        result.cabinet->source.file = result.file;
        result.cabinet->source.sha256 = result.sha256;
    }
}

// No false success: a document that gives nothing is an error, saying what was lost.
void require_content(const ExtractResult& result, bool as_pdf) {
    if (!result.records.empty() || result.cabinet) return;
    if (as_pdf && result.summary.pages == 0) throw NotAReport("has no pages");
    std::string why = "no measure rows and no Cabinet covering report found: not a report";
    const auto& lost = result.summary.warnings;
    if (!lost.empty())
        why += " (" + std::to_string(lost.size()) + " problem" + (lost.size() > 1 ? "s" : "") + ", first: " + lost.front() + ")";
    throw NotAReport(why, result.summary.notes, result.summary.lost_ids);
}

std::string where(const SeenId& s) {
    return s.page ? "page " + std::to_string(s.page) : "line " + std::to_string(s.line);
}

// Every id a reader saw at the start of a row either became a record or is a warning that
// names its page: a back-fill must never lose a measure without saying so. A Cabinet
// covering report only refers to measures; its ids are not rows.
void account_for_seen_ids(ExtractResult& result) {
    DocumentSummary& s = result.summary;
    if (result.cabinet) {
        s.seen_ids.clear();
        return;
    }
    std::set<std::string> made, all;
    for (const auto& r : result.records) made.insert(r.measure_id);
    all = made;
    std::set<std::string> warned;
    for (const auto& seen : s.seen_ids) {
        all.insert(seen.id);
        if (made.count(seen.id) || !warned.insert(seen.id).second) continue;
        s.warnings.push_back(where(seen) + ": measure id " + seen.id + " seen but not extracted: " + seen.why_lost);
        s.lost_ids.push_back(s.warnings.back());
    }
    s.ids_seen = static_cast<int>(all.size());
    s.ids_extracted = static_cast<int>(made.size());
}

// Below --min-coverage the document is a failure, named with its shortfall.
void check_coverage(const ExtractResult& result, double min_coverage) {
    const DocumentSummary& s = result.summary;
    if (min_coverage <= 0 || s.coverage() >= min_coverage) return;
    char pct[32];
    std::snprintf(pct, sizeof pct, "%.1f%%", s.coverage());
    char min[32];
    std::snprintf(min, sizeof min, "%g%%", min_coverage);
    fail("", "only " + coverage_text(s) + " (" + pct + "), below --min-coverage " + min);
}

// Pages of positioned words made from a text input, through the same table reconstruction as a
// PDF's. Its records say `plain`, without pages or boxes: those are the converter's, not the
// report's.
void mark_plain(std::vector<Record>& records) {
    for (auto& r : records) {
        r.source.method = "plain";
        r.source.pages.clear();
        r.source.fields.clear();
    }
}

namespace {

// One pass of the table engine over a text input's pages.
struct PagesRead {
    ExtractResult result;
    std::vector<Header> readings;          // every header a page printed
    bool lost_before_a_header = false;     // ids started lines before any header was read
};

PagesRead read_pages(const std::vector<Page>& pages, const PatternPack& pack, const Header* seed) {
    PagesRead read;
    read.result.summary.pages = static_cast<int>(pages.size());
    TableBuilder builder(pack);
    if (seed) builder.settle_header(*seed);
    for (const auto& page : pages) builder.add_page(page, nullptr);
    read.readings = builder.header_readings();
    read.lost_before_a_header = builder.ids_before_a_header() > 0;
    read.result.records = builder.finish(&read.result.summary);
    return read;
}

}  // namespace

// A text input's pages are all at hand: where OCR lost the first pages' header or garbled its
// labels, a second pass reads every page under the header its readings agree on, and is kept
// when it reads as many rows and more of their cells.
ExtractResult text_pages_through_table(const std::vector<Page>& pages, const PatternPack& pack,
                                       const std::string& kind) {
    PagesRead first = read_pages(pages, pack, nullptr);
    ExtractResult result = std::move(first.result);
    if (auto seed = header_to_read_again(first.readings, first.lost_before_a_header)) {
        ExtractResult second = read_pages(pages, pack, &*seed).result;
        if (reads_more(second.records, result.records)) {
            second.summary.notes.insert(second.summary.notes.begin(), kReadAgainNote);
            result = std::move(second);
        }
    }
    mark_plain(result.records);
    result.summary.notes.insert(result.summary.notes.begin(), "text: " + kind + ": read as positioned words");
    return result;
}


// Pages whose table gave no measure rows may be a Cabinet covering report: its tables are
// read from the pages' cells, as a PDF's are (pipeline/pdf_extract.cpp). Without this, the
// exception tables of a covering report converted to text were read as measure rows, and the
// covering report was archived as a revision of its annex's month.
bool read_as_cabinet(const std::vector<Page>& pages, const PatternPack& pack, ExtractResult& result) {
    std::vector<std::string> lines;
    for (const auto& page : pages)
        for (auto& line : lines_as_cells(page, pack)) lines.push_back(std::move(line));
    if (!looks_like_cabinet_report(lines, pack)) return false;
    CabinetReport cabinet = parse_cabinet_lines(lines, pack);
    // A report whose table could not be read may still print a key in a row of cells ("Green
    // Amber Red"): only tables read make it a covering report, else its lost ids go unreported.
    if (cabinet.rag_summary.empty() && cabinet.monthly_comparison.empty() && cabinet.status_changes.empty() &&
        cabinet.exceptions.empty())
        return false;
    result.cabinet = std::move(cabinet);
    if (!result.summary.period.period_end) result.summary.period = result.cabinet->report;
    result.summary.notes.push_back("text: a Cabinet covering report");
    return true;
}

// Positioned OCR output (TSV, hOCR, ALTO) and layout text (whose runs of spaces keep the
// page's columns) become positioned words; other text (stream order, tabs, markdown), and
// layout text whose table could not be read, goes to the stream readers.
ExtractResult extract_text_input(std::string_view bytes, const PatternPack& pack) {
    if (auto format = detect_positioned_format(bytes); format != PositionedFormat::none) {
        std::vector<std::string> levelled;
        const std::vector<Page> pages = pages_from_positioned(bytes, format, &levelled);
        ExtractResult result = text_pages_through_table(pages, pack, positioned_format_name(format));
        result.summary.notes.insert(result.summary.notes.begin() + 1, levelled.begin(), levelled.end());
        if (result.records.empty()) read_as_cabinet(pages, pack, result);
        return result;
    }
    if (looks_like_layout_text(bytes, pack)) {
        const std::vector<Page> pages = pages_from_layout_text(bytes);
        ExtractResult result =
            text_pages_through_table(pages, pack, "laid out in columns (runs of spaces keep them apart)");
        if (!result.records.empty() || read_as_cabinet(pages, pack, result)) return result;
    }
    ExtractResult result = extract_stream_text(bytes, pack);
    result.summary.notes.insert(result.summary.notes.begin(), "text: read in reading order (no column layout)");
    return result;
}

}  // namespace

// Stream text's rows, rebuilt from reading order, through the same record builder. Their
// boxes are synthetic (text/stream_rows.h), so records say `plain` without positions.
ExtractResult extract_stream_text(std::string_view text, const PatternPack& pack) {
    StreamRead read = read_stream_text(text, pack);
    rename_seen_ids(read.result.summary.seen_ids, repair_ids_out_of_order(read.rows, true));
    RowContext ctx{pack, read.result.summary.period, read.priority_titles};
    read.result.records = records_from_rows(read.rows, ctx);
    mark_plain(read.result.records);
    return std::move(read.result);
}

std::string coverage_text(const DocumentSummary& summary) {
    return std::to_string(summary.ids_extracted) + " of " + std::to_string(summary.ids_seen) +
           " measure ids extracted";
}

ExtractResult extract_bytes(std::string_view bytes, const std::string& name, const ExtractOptions& options,
                            Context& context) {
    const bool as_pdf = options.format == InputFormat::pdf ||
                        (options.format == InputFormat::detect && looks_like_pdf(bytes));
    if (!as_pdf && bytes.size() > options.max_text_bytes &&
        detect_positioned_format(bytes) == PositionedFormat::none)
        throw Error(name + ": is " + megabytes(bytes.size()) + " of text, over the text input limit of " +
                    megabytes(options.max_text_bytes) + " (--max-text-mb or OCCX_MAX_TEXT_MB raise it)");
    LogSubject subject(name);
    try {
        // The hash is taken beside the extraction, on a core that is idle while it starts.
        auto hash = std::async(std::launch::async, [bytes] { return sha256_hex(bytes); });
        ExtractResult result =
            as_pdf ? extract_pdf(bytes, options, context) : extract_text_input(bytes, context.patterns());
        settle_names_by_vote(result.records);
        result.file = name;
        result.sha256 = hash.get();
        stamp_source(result);
        account_for_seen_ids(result);
        require_content(result, as_pdf);
        check_coverage(result, options.min_coverage);
        return result;
    } catch (const NotAReport& e) {
        throw NotAReport(name + ": " + e.what(), e.notes(), e.losses());
    } catch (const Error& e) {
        throw Error(name + ": " + e.what());
    } catch (const std::bad_alloc&) {
        // Whatever the cause, the batch goes on to the next file, which names this one.
        throw Error(name + ": out of memory while reading it");
    } catch (const std::exception& e) {
        throw Error(name + ": internal error: " + e.what());
    }
}

ExtractResult extract_file(const std::string& path, const ExtractOptions& options, Context& context) {
    std::string bytes = read_input_file(path, options.max_input_bytes);
    return extract_bytes(bytes, path, options, context);
}

}  // namespace occx
