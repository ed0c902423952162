// occx history: one measure over all stored reports, split into series where its title changes.
#include <charconv>
#include <iostream>

#include <nlohmann/json.hpp>

#include "archive/archive_store.h"
#include "archive/archive_url.h"
#include "archive/series.h"
#include "cli/commands.h"
#include "model/record_json.h"
#include "output/record_writer.h"
#include "util/error.h"
#include "util/text.h"

namespace occx::cli {

namespace {

std::string raw_or_dash(const std::optional<Value>& v) { return v ? v->raw : "-"; }
std::string number_or_empty(const std::optional<Value>& v) {
    if (!v || !v->value) return "";
    char buf[64];
    return std::string(buf, std::to_chars(buf, buf + sizeof buf, *v->value).ptr);  // shortest exact form
}

// The cells of one observation as the table and CSV show them.
std::vector<std::string> triple_cells(const Triple& t, bool with_numbers) {
    std::vector<std::string> out;
    for (const auto* v : {&t.actual, &t.target}) {
        out.push_back(raw_or_dash(*v));
        if (with_numbers) out.push_back(number_or_empty(*v));
    }
    out.push_back(t.status.value_or("-"));
    return out;
}

// Marks a revision that a later one of the same report replaced (shown when the later one
// lacks the measure, or with --all-revisions).
const char* const kSupersededMark = "*";

std::vector<std::string> observation_cells(int series, const StoredObservation& o, bool with_numbers) {
    std::vector<std::string> row = {std::to_string(series), o.period_end.value_or("-"),
                                    std::to_string(o.revision) + (o.superseded ? kSupersededMark : "")};
    for (const auto* t : {&o.record.period, &o.record.ytd})
        for (auto& cell : triple_cells(*t, with_numbers)) row.push_back(std::move(cell));
    return row;
}

size_t display_width(const std::string& s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;  // count UTF-8 code points
    return n;
}

// The title a series ended with, for the line that marks the change.
std::string last_title(const Series& s) {
    for (auto it = s.observations.rbegin(); it != s.observations.rend(); ++it)
        if (it->record.title) return *it->record.title;
    return s.title;
}

std::string title_change_line(const std::string& from, const std::string& to) {
    return "\xE2\x80\x94 title changed: \"" + from + "\" \xE2\x86\x92 \"" + to + "\" \xE2\x80\x94";
}

void write_table(const std::string& measure_id, const std::vector<Series>& series, std::ostream& out) {
    std::vector<std::string> header = {"series", "period_end", "rev", "actual", "target", "status",
                                       "ytd_actual", "ytd_target", "ytd_status", "file", "title"};
    std::vector<std::vector<std::string>> rows;
    for (const auto& s : series)
        for (const auto& o : s.observations) {
            auto row = observation_cells(s.number, o, false);
            row.push_back(base_name(o.file_name));
            row.push_back(o.record.title.value_or("-"));
            rows.push_back(std::move(row));
        }
    std::vector<size_t> widths(header.size());
    for (size_t i = 0; i < header.size(); ++i) widths[i] = display_width(header[i]);
    for (const auto& r : rows)
        for (size_t i = 0; i < r.size(); ++i) widths[i] = std::max(widths[i], display_width(r[i]));
    auto print_row = [&](const std::vector<std::string>& r) {
        std::string line;
        for (size_t i = 0; i < r.size(); ++i) {
            line += r[i];
            if (i + 1 < r.size()) line += std::string(widths[i] - display_width(r[i]) + 2, ' ');
        }
        out << line << "\n";
    };
    out << measure_id << "\n";
    print_row(header);
    size_t at = 0;
    for (size_t k = 0; k < series.size(); ++k) {
        if (k > 0) out << title_change_line(last_title(series[k - 1]), series[k].title) << "\n";
        for (size_t n = 0; n < series[k].observations.size(); ++n) print_row(rows[at++]);
    }
    bool any_superseded = false;
    for (const auto& s : series)
        for (const auto& o : s.observations) any_superseded = any_superseded || o.superseded;
    if (any_superseded) out << kSupersededMark << " superseded: a later revision of that report exists\n";
}

void write_csv(const std::string& measure_id, const std::vector<Series>& series, std::ostream& out) {
    std::vector<std::string> header = {"measure_id", "series", "period_end", "revision",
                                       "period_actual", "period_actual_value", "period_target",
                                       "period_target_value", "period_status", "ytd_actual", "ytd_actual_value",
                                       "ytd_target", "ytd_target_value", "ytd_status", "title", "source_file"};
    auto print = [&](const std::vector<std::string>& cells) {
        for (size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << csv_escape(cells[i]);
        out << "\n";
    };
    print(header);
    for (const auto& s : series)
        for (const auto& o : s.observations) {
            auto cells = observation_cells(s.number, o, true);
            for (auto& c : cells)
                if (c == "-") c.clear();
            cells.insert(cells.begin(), measure_id);
            cells.push_back(o.record.title.value_or(""));
            cells.push_back(o.file_name);
            print(cells);
        }
}

nlohmann::json observation_json(const StoredObservation& o) {
    nlohmann::json record = record_to_json(o.record);
    return {{"period_end", o.period_end ? nlohmann::json(*o.period_end) : nlohmann::json()},
            {"revision", o.revision},
            {"superseded", o.superseded},
            {"period", record["period"]},
            {"ytd", record["ytd"]},
            {"title", record["title"]},
            {"source", {{"file", o.file_name}, {"sha256", o.record.source.sha256}}}};
}

void write_json(const std::string& measure_id, const std::vector<Series>& series, std::ostream& out) {
    nlohmann::json blocks = nlohmann::json::array();
    for (const auto& s : series) {
        nlohmann::json observations = nlohmann::json::array();
        for (const auto& o : s.observations) observations.push_back(observation_json(o));
        blocks.push_back({{"series", s.number}, {"title", s.title}, {"observations", observations}});
    }
    out << nlohmann::json{{"measure_id", measure_id}, {"series", blocks}}.dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
        << "\n";
}

}  // namespace

CommandSpec history_spec() {
    return {"history",
            "occx history [OPTIONS] MEASURE_ID",
            "Show one measure's values over all archived reports, by period end",
            {archive_db_option(),
             {"format", 'f', true, "FMT", "table (default), csv or json"},
             {"all-revisions", 0, false, "", "every revision of a re-published report, not only the latest"},
             {"patterns", 0, true, "DIR", "use the pattern pack in DIR (title comparison)"}}};
}

int run_history(const Args& args) {
    if (args.positional().size() != 1)
        throw UsageError{"history needs exactly one MEASURE_ID (see occx history --help)"};
    const std::string format = args.choice("format", {"table", "csv", "json"}, "table");
    const std::string measure_id = to_upper_ascii(trim(args.positional()[0]));
    ArchiveStore store = ArchiveStore::open(args.value_or("db", kDefaultArchive), false);

    ObservationQuery query{measure_id, args.flag("all-revisions"), /*superseded_when_missing=*/true};
    std::vector<StoredObservation> observations;
    store.for_each_observation(query, [&](const StoredObservation& o) { observations.push_back(o); });
    if (observations.empty()) fail(store.name(), "no observations of " + measure_id);

    const PatternPack patterns = PatternPack::load(resolve_patterns_dir(args.value("patterns")));
    TitleComparer titles(patterns);
    auto series = split_series(observations, titles);
    if (format == "csv") write_csv(measure_id, series, std::cout);
    else if (format == "json") write_json(measure_id, series, std::cout);
    else write_table(measure_id, series, std::cout);
    return kOk;
}

}  // namespace occx::cli
