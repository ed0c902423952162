#pragma once
// Table reconstruction: pages of positioned words in, measure rows out. Pages are added one
// at a time and dropped after, so memory does not grow with the page count; only the row
// that runs over a page break stays open.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/record.h"
#include "patterns/pattern_pack.h"
#include "model/extraction.h"
#include "table/banner_trail.h"
#include "table/colour.h"
#include "table/gutters.h"
#include "table/header.h"
#include "table/running_lines.h"
#include "table/line.h"
#include "table/line_columns.h"
#include "model/table_row.h"

namespace occx {

class TableBuilder {
public:
    explicit TableBuilder(const PatternPack& pack) : pack_(pack) {}
    // sampler answers colour questions about this page (statuses shown as shapes); may be null.
    void add_page(const Page& page, ColourSampler* sampler);
    // True once a measure row has been seen.
    bool has_rows() const { return open_row_ || !rows_.empty(); }
    // Every header read from a page's own labels, in order.
    const std::vector<Header>& header_readings() const { return readings_; }
    // Reads every page's header of this one's layout as this one: the consensus of a repeated
    // header's readings (table/header_reuse.h), which OCR garbles differently on each page.
    void settle_header(const Header& header) {
        last_header_ = header;
        settled_ = header;
    }
    // Ids that started a line before any header had been read: what a header learnt later could save.
    int ids_before_a_header() const { return ids_before_a_header_; }
    // The records, one per measure, in order of first appearance.
    std::vector<Record> finish(DocumentSummary* summary);

private:
    struct Region;
    void read_page_facts(const Page& page, const std::vector<Line>& lines);
    bool is_running_line(const Line& line, const Page& page);
    bool repeats_priority_title(const Line& line) const;
    void take_back(int page, const Box& band);
    bool wraps_into(const Line& banner, const Line& next) const;
    void settle(Header& header) const;
    void read_region(const Page& page, Region& region);
    void refit_carried(const Page& page, Region& region);
    void widen_carried_evidence(const Page& page, Region& region);
    std::vector<const Line*> column_lines(const std::vector<const Line*>& lines, const Header& header) const;
    void start_row(const MeasureId& id);
    void close_row();
    // by_position: each of the line's words' column by where it lies (columns_by_position)
    void add_words_to_row(const Page& page, const Line& line, const Header& header,
                          const std::vector<size_t>& by_position);
    void add_comment_line(const Page& page, const Line& line, size_t skip_words);
    void sample_colours(RowDraft& row);
    void read_drawn_trend(RowDraft& row, const Box& extent);
    void read_drawn_unit(RowDraft& row, const Box& extent);
    Box mark_region(const RowDraft& row, int index, const Box& extent) const;
    bool starts_rows(const std::vector<Line>& lines, size_t from, size_t to) const;
    bool has_status_text(const RowDraft& row, const std::string& key) const;
    bool is_section_line(const Line& line, const Header& header) const;
    std::vector<double> cell_boundaries(const Page& page, const Header& header) const;
    bool is_prose_line(const Line& line, const std::vector<double>& boundaries) const;
    bool starts_unread_row(const Line& line, const Header& header, const std::string& measure_text,
                           const std::vector<size_t>& by_position) const;
    bool figures_above_next_id(const Line& line, const Line* next, const Header& header) const;
    bool figures_after_comment(const Line& line, const Header& header, const std::vector<size_t>& by_position) const;
    ColumnEvidence& evidence_for(const Header& header, double page_width);
    void note_header(int page, const Header& header);
    void note_row_start_ids(const Page& page, const std::vector<Line>& lines, const std::vector<Region>& regions);
    void note_ids_inside_lines(const Page& page, const std::vector<Line>& lines, double left_edge);

    const PatternPack& pack_;
    RunningLines running_lines_;
    std::optional<Header> last_header_;  // carried to the next page for continued rows
    std::optional<Header> first_header_;
    std::vector<Header> readings_;
    std::optional<Header> settled_;
    std::optional<RowDraft> open_row_;
    bool in_comment_ = false;
    RowColumnStarts row_starts_;  // where the open row's cells start (character-cell text)
    std::vector<RowDraft> rows_;
    // The page being read: colour questions go to its sampler while it is alive.
    const Page* page_ = nullptr;
    ColourSampler* sampler_ = nullptr;
    const Header* header_ = nullptr;
    std::map<std::string, ColumnEvidence> evidence_;  // by header signature
    const ColumnEvidence* last_evidence_ = nullptr;    // what the last header read showed (in evidence_)
    std::map<std::string, std::string> priority_titles_;
    BannerTrail banners_;
    ReportPeriod period_;
    std::vector<SeenId> seen_ids_;
    int ids_before_a_header_ = 0;
    std::vector<std::string> notes_;      // headers as read, for --verbose
    std::string last_noted_header_;  // every id that starts a line, for the document's coverage
};

}  // namespace occx
