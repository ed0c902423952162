#include "archive/archive_store.h"

#include <algorithm>
#include <ctime>
#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "archive/archive_url.h"
#include "archive/observation_columns.h"
#include "archive/retry.h"
#include "archive/same_content.h"
#include "archive/schema.h"
#include "model/record_json.h"
#include "util/error.h"
#include "util/text.h"

namespace occx {

namespace {

const char* const kInsertReport =
    "INSERT INTO reports (file_name, sha256, kind, period_start, period_end, pages, ocr_pages,"
    " records, revision, ingested_at, document_json, document_date, file_time, ids_seen, ids_extracted)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";

const char* const kInsertObservation =
    "INSERT INTO observations (report_id, measure_id, period_end, priority_id, priority_title, title,"
    " unit, trend, director, portfolio_holder,"
    " period_actual_raw, period_actual_value, period_actual_kind,"
    " period_target_raw, period_target_value, period_target_kind, period_status,"
    " ytd_actual_raw, ytd_actual_value, ytd_actual_kind,"
    " ytd_target_raw, ytd_target_value, ytd_target_kind, ytd_status,"
    " comment, improvement_plan, timeframe, finance_impact, risk_impact,"
    " source_pages, method, confidence, record_json)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

// A later revision of the same kind and period hides an earlier one.
const char* const kLatestOnly =
    " AND NOT EXISTS (SELECT 1 FROM reports later WHERE later.kind = r.kind"
    " AND later.period_end = r.period_end AND later.revision > r.revision)";

// A later revision of the same kind and period that holds the measure hides an earlier one;
// one that lacks it does not (else the archive would say "no observations" while it has some).
const char* const kLatestHoldingMeasure =
    " AND NOT EXISTS (SELECT 1 FROM observations lo JOIN reports later ON later.id = lo.report_id"
    " WHERE lo.measure_id = o.measure_id AND later.kind = r.kind AND later.period_end = r.period_end"
    " AND later.revision > r.revision)";

// Whether a later revision of the report exists at all: the observation is superseded.
// (1 or 0: PostgreSQL would give EXISTS as a boolean, 't' or 'f'.)
const char* const kSuperseded =
    "CASE WHEN EXISTS (SELECT 1 FROM reports later WHERE later.kind = r.kind"
    " AND later.period_end = r.period_end AND later.revision > r.revision) THEN 1 ELSE 0 END";

std::string utc_now_iso() { return utc_now("%Y-%m-%dT%H:%M:%SZ"); }

void push_value(std::vector<SqlValue>& params, const std::optional<Value>& v) {
    params.push_back(v ? SqlValue(v->raw) : SqlValue());
    params.push_back(v ? sql_real(v->value) : SqlValue());
    params.push_back(v ? SqlValue(std::string(kind_name(v->kind))) : SqlValue());
}

void push_triple(std::vector<SqlValue>& params, const Triple& t) {
    push_value(params, t.actual);
    push_value(params, t.target);
    params.push_back(sql_text(t.status));
}

// PostgreSQL refuses invalid UTF-8 (OCR text can hold some): replace the bad bytes.
std::string dump_valid_utf8(const nlohmann::json& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

// Whether JSON dumped by dump_valid_utf8 may have had bad bytes replaced (U+FFFD; a text that
// held that character already counts too).
bool mended(const std::optional<std::string>& json) {
    return json && json->find("\xEF\xBF\xBD") != std::string::npos;
}

std::string valid_utf8(const std::string& s) { return nlohmann::json::parse(dump_valid_utf8(s)).get<std::string>(); }

SqlValue sql_int(const std::optional<int>& n) { return n ? SqlValue(std::int64_t{*n}) : SqlValue(); }

std::int64_t to_int(const std::optional<std::string>& s) { return s ? std::stoll(*s) : 0; }

bool is_pdf_name(const std::string& file) {
    return file.size() >= 4 && to_lower_ascii(file.substr(file.size() - 4)) == ".pdf";
}

// What a report's store locks besides the shared write lock: its period, so the revisions of
// one period are placed one at a time. An undated report stands alone: its own file.
std::string period_scope(const ReportEntry& e) {
    return e.period.period_end ? "period " + e.kind + " " + *e.period.period_end : "file " + e.sha256;
}

}  // namespace

ArchiveStore ArchiveStore::open(const std::string& url, bool create) {
    return ArchiveStore(open_database(parse_archive_url(url), create));
}

ArchiveStore::ArchiveStore(std::unique_ptr<Database> db) : db_(std::move(db)) { migrate(*db_); }

void ArchiveStore::place_revision(const ReportEntry& entry, StoreOutcome& out) {
    out.revision = 1;
    if (!entry.period.period_end) return;  // an undated report stands alone
    std::vector<StoredRevision> stored;
    db_->query("SELECT id, file_name, revision, document_date, file_time, sha256 FROM reports"
               " WHERE kind = ? AND period_end = ? ORDER BY revision",
               {entry.kind, *entry.period.period_end}, [&](const SqlRow& row) {
                   stored.push_back({to_int(row[0]), row[1].value_or(""), static_cast<int>(to_int(row[2])),
                                     RevisionKey{row[3], row[4], row[5].value_or("")}});
               });
    // Put in order too: an archive older than the rule numbered them as they arrived.
    std::stable_sort(stored.begin(), stored.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    const RevisionKey mine{entry.document_date, entry.file_time, entry.sha256};
    const auto at = static_cast<size_t>(
        std::lower_bound(stored.begin(), stored.end(), mine, [](const auto& s, const RevisionKey& k) { return s.key < k; }) -
        stored.begin());
    out.revision = static_cast<int>(at) + 1;
    if (at > 0) out.supersedes = stored[at - 1].file;
    if (at < stored.size()) out.superseded_by = stored[at].file;
    renumber(stored, at);
}

void ArchiveStore::renumber(const std::vector<StoredRevision>& ordered, size_t gap) {
    std::vector<std::pair<std::int64_t, int>> moves;  // report id, revision it should have
    for (size_t i = 0; i < ordered.size(); ++i) {
        const int wanted = static_cast<int>(i) + (i >= gap ? 2 : 1);
        if (wanted != ordered[i].revision) moves.emplace_back(ordered[i].id, wanted);
    }
    // UNIQUE (kind, period_end, revision) holds after every row: out of the way first.
    for (const auto& [id, revision] : moves)
        db_->query("UPDATE reports SET revision = ? WHERE id = ?", {std::int64_t{-revision}, id}, [](const SqlRow&) {});
    for (const auto& [id, revision] : moves)
        db_->query("UPDATE reports SET revision = ? WHERE id = ?", {std::int64_t{revision}, id}, [](const SqlRow&) {});
}

// Only across formats, and the PDF is the one kept: the converter text of a stored PDF is not
// stored, and a PDF replaces the stored texts its records agree with. Either arrival order
// leaves the same archive. A re-published PDF is a revision even when it repeats the figures.
std::optional<std::string> ArchiveStore::same_content_as(const ReportEntry& entry, StoreOutcome& out) {
    if (!entry.period.period_end || entry.records.empty()) return std::nullopt;
    std::map<std::int64_t, std::pair<std::string, std::vector<Record>>> stored;  // report id → file, records
    db_->query("SELECT r.id, r.file_name, o.record_json FROM reports r JOIN observations o ON o.report_id = r.id"
               " WHERE r.kind = ? AND r.period_end = ?",
               {entry.kind, *entry.period.period_end}, [&](const SqlRow& row) {
                   auto& [file, records] = stored[to_int(row[0])];
                   file = row[1].value_or("");
                   records.push_back(record_from_json(nlohmann::json::parse(row[2].value_or("null"))));
               });
    const std::string mine = content_fingerprint(entry.records);
    const bool pdf = is_pdf_name(entry.file_name);
    for (const auto& [id, report] : stored) {
        if (is_pdf_name(report.first) == pdf || content_fingerprint(report.second) != mine) continue;
        if (!pdf) return report.first;
        db_->query("DELETE FROM reports WHERE id = ?", {id}, [](const SqlRow&) {});
        out.replaced.push_back(report.first);
    }
    return std::nullopt;
}

std::int64_t ArchiveStore::insert_report(const ReportEntry& entry, int revision) {
    return db_->integer(kInsertReport,
                        {valid_utf8(entry.file_name), entry.sha256, entry.kind, sql_text(entry.period.period_start),
                         sql_text(entry.period.period_end), std::int64_t{entry.pages},
                         std::int64_t{entry.ocr_pages}, static_cast<std::int64_t>(entry.records.size()),
                         std::int64_t{revision}, utc_now_iso(), sql_text(entry.document_json),
                         sql_text(entry.document_date), sql_text(entry.file_time), sql_int(entry.ids_seen),
                         sql_int(entry.ids_extracted)});
}

void ArchiveStore::insert_observation(std::int64_t report_id, const ReportEntry& entry, const Record& r,
                                      const std::string& record_json) {
    std::vector<SqlValue> params = {report_id,
                                    r.measure_id,
                                    sql_text(entry.period.period_end),
                                    r.priority_id.empty() ? SqlValue() : SqlValue(r.priority_id),
                                    sql_text(r.priority_title),
                                    sql_text(r.title),
                                    sql_text(r.unit),
                                    sql_text(r.trend),
                                    sql_text(r.director),
                                    sql_text(r.portfolio_holder)};
    push_triple(params, r.period);
    push_triple(params, r.ytd);
    for (const auto* text : {&r.comment, &r.improvement_plan, &r.timeframe, &r.finance_impact, &r.risk_impact})
        params.push_back(sql_text(*text));
    params.push_back(nlohmann::json(r.source.pages).dump());
    params.push_back(r.source.method);
    params.push_back(r.confidence);
    params.push_back(record_json);
    db_->query(kInsertObservation, params, [](const SqlRow&) {});
    for (const auto& w : r.warnings) insert_warning(report_id, r.measure_id, w);
}

// Measures and titles are shared by every report: two writers inserting the same ones in
// different orders would each wait for the other. In sorted order they never do.
void ArchiveStore::note_measures(const std::vector<std::pair<Record, std::string>>& records) {
    std::set<std::string> ids;
    std::set<std::pair<std::string, std::string>> titles;
    for (const auto& [r, json] : records) {
        if (!stored_measures_.count(r.measure_id)) ids.insert(r.measure_id);
        if (r.title && !stored_titles_.count({r.measure_id, *r.title})) titles.emplace(r.measure_id, *r.title);
    }
    for (const auto& id : ids)
        db_->query("INSERT INTO measures (id) VALUES (?) ON CONFLICT DO NOTHING", {id}, [](const SqlRow&) {});
    for (const auto& [id, title] : titles)
        db_->query("INSERT INTO measure_titles (measure_id, title) VALUES (?, ?) ON CONFLICT DO NOTHING", {id, title},
                   [](const SqlRow&) {});
    pending_measures_ = std::move(ids);
    pending_titles_ = std::move(titles);
}

void ArchiveStore::insert_warning(std::int64_t report_id, const std::optional<std::string>& measure_id,
                                  const std::string& message) {
    db_->query("INSERT INTO warnings (report_id, measure_id, message) VALUES (?, ?, ?)",
               {report_id, sql_text(measure_id), valid_utf8(message)}, [](const SqlRow&) {});
}

void ArchiveStore::store_records(std::int64_t report_id, const ReportEntry& entry, StoreOutcome& out) {
    std::vector<std::pair<Record, std::string>> kept;  // as stored (valid UTF-8), and its JSON
    std::set<std::string> seen;
    for (const auto& r : entry.records) {
        if (r.measure_id.empty()) {
            insert_warning(report_id, std::nullopt, "a record without a measure id was not stored");
        } else if (!seen.insert(r.measure_id).second) {
            // The record contract says one row per measure per report; keep the first.
            insert_warning(report_id, r.measure_id, "a second record for " + r.measure_id + " was not stored");
        } else {
            std::string json = dump_valid_utf8(record_to_json(r));
            Record clean = record_from_json(nlohmann::json::parse(json));
            kept.emplace_back(std::move(clean), std::move(json));
        }
    }
    note_measures(kept);
    out.reads_back_as_given = kept.size() == entry.records.size() && !mended(entry.document_json);
    for (const auto& [r, json] : kept) {
        insert_observation(report_id, entry, r, json);
        if (mended(json)) out.reads_back_as_given = false;
    }
    out.observations = static_cast<int>(kept.size());
}

// The history of every report from this period on has changed: they are validated again.
void ArchiveStore::invalidate_later_findings(const ReportEntry& entry, std::int64_t report_id) {
    if (!entry.period.period_end) return;  // an undated report is no month's history
    db_->query("DELETE FROM findings WHERE report_id IN (SELECT id FROM reports WHERE period_end >= ? AND id <> ?)",
               {*entry.period.period_end, report_id}, [](const SqlRow&) {});
}

StoreOutcome ArchiveStore::store_report(const ReportEntry& entry) {
    if (entry.sha256.empty()) fail(entry.file_name, "report has no SHA-256");
    StoreOutcome out;
    with_write_retries(entry.file_name, [&] { out = store_once(entry); });
    return out;
}

StoreOutcome ArchiveStore::store_once(const ReportEntry& entry) {
    WriteTransaction tx(*db_, period_scope(entry));
    pending_measures_.clear();
    pending_titles_.clear();
    StoreOutcome out;
    if (auto existing = report_id_for(entry.sha256)) {
        out.report_id = *existing;
        out.revision = static_cast<int>(db_->integer("SELECT revision FROM reports WHERE id = ?", {*existing}));
        return out;
    }
    if ((out.same_content_as = same_content_as(entry, out))) return out;
    place_revision(entry, out);
    out.report_id = insert_report(entry, out.revision);
    store_records(out.report_id, entry, out);
    for (const auto& w : entry.warnings) insert_warning(out.report_id, std::nullopt, w);
    for (const auto& f : entry.findings) insert_finding(out.report_id, f);
    invalidate_later_findings(entry, out.report_id);
    // A file once rejected (by an older pattern pack) is a report now.
    db_->query("DELETE FROM rejected WHERE sha256 = ?", {entry.sha256}, [](const SqlRow&) {});
    tx.commit();
    stored_measures_.merge(pending_measures_);
    stored_titles_.merge(pending_titles_);
    out.stored = true;
    return out;
}

std::vector<std::string> ArchiveStore::stored_hashes() {
    std::vector<std::string> out;
    db_->query("SELECT sha256 FROM reports", {}, [&](const SqlRow& row) {
        if (row[0]) out.push_back(*row[0]);
    });
    return out;
}

std::vector<std::string> ArchiveStore::rejected_hashes() {
    std::vector<std::string> out;
    db_->query("SELECT sha256 FROM rejected", {}, [&](const SqlRow& row) {
        if (row[0]) out.push_back(*row[0]);
    });
    return out;
}

void ArchiveStore::store_rejected(const std::string& file_name, const std::string& sha256, const std::string& reason) {
    with_write_retries(file_name, [&] { store_rejected_once(file_name, sha256, reason); });
}

void ArchiveStore::store_rejected_once(const std::string& file_name, const std::string& sha256,
                                       const std::string& reason) {
    WriteTransaction tx(*db_, "file " + sha256);
    db_->query("INSERT INTO rejected (file_name, sha256, reason, rejected_at) VALUES (?, ?, ?, ?)"
               " ON CONFLICT (sha256) DO UPDATE SET file_name = excluded.file_name, reason = excluded.reason,"
               " rejected_at = excluded.rejected_at",
               {valid_utf8(file_name), sha256, valid_utf8(reason), utc_now_iso()}, [](const SqlRow&) {});
    tx.commit();
}

std::optional<std::int64_t> ArchiveStore::report_id_for(const std::string& sha256) {
    auto id = db_->value("SELECT id FROM reports WHERE sha256 = ?", {sha256});
    if (!id) return std::nullopt;
    return std::stoll(*id);
}

void ArchiveStore::add_findings(std::int64_t report_id, const std::vector<Finding>& findings) {
    WriteTransaction tx(*db_);
    if (db_->integer("SELECT COUNT(*) FROM reports WHERE id = ?", {report_id}) == 0)
        fail(name(), "no report with id " + std::to_string(report_id));
    for (const auto& f : findings) insert_finding(report_id, f);
    tx.commit();
}

bool ArchiveStore::validate_once(std::int64_t report_id, const std::function<std::vector<Finding>()>& compute) {
    bool stored = false;
    with_write_retries(name(), [&] {
        stored = false;
        WriteTransaction tx(*db_);  // every store waits: the history read stays as it is
        if (db_->integer("SELECT COUNT(*) FROM reports WHERE id = ?", {report_id}) == 0) return;
        if (db_->integer("SELECT COUNT(*) FROM findings WHERE report_id = ?", {report_id}) > 0) return;
        for (const auto& f : compute()) insert_finding(report_id, f);
        tx.commit();
        stored = true;
    });
    return stored;
}

void ArchiveStore::insert_finding(std::int64_t report_id, const Finding& f) {
    SqlValue page = f.pages.empty() ? SqlValue() : SqlValue(std::int64_t{f.pages.front()});
    SqlValue measure = f.measure_id.empty() ? SqlValue() : SqlValue(f.measure_id);
    db_->query("INSERT INTO findings (report_id, severity, rule, measure_id, page, message)"
               " VALUES (?, ?, ?, ?, ?, ?)",
               {report_id, std::string(severity_name(f.severity)), f.rule, measure, page,
                valid_utf8(f.message)},
               [](const SqlRow&) {});
}

namespace {

// The WHERE and ORDER BY of an observation query, after FROM ... WHERE 1 = 1. The ORDER BY
// keeps the rows of one observation (one per warning, when they are joined) together.
std::string observation_filter(const ObservationQuery& query, std::vector<SqlValue>& params) {
    std::string sql;
    if (query.measure_id) {
        sql += " AND o.measure_id = ?";
        params.push_back(*query.measure_id);
    }
    if (!query.all_revisions) sql += query.superseded_when_missing ? kLatestHoldingMeasure : kLatestOnly;
    return sql + " ORDER BY o.period_end NULLS LAST, o.measure_id, r.revision, r.id";
}

}  // namespace

void ArchiveStore::for_each_observation(const ObservationQuery& query,
                                        const std::function<void(const StoredObservation&)>& on_row) {
    if (query.without_provenance) return for_each_observation_column(query, on_row);
    std::vector<SqlValue> params;
    const std::string sql = std::string("SELECT o.record_json, r.id, r.file_name, o.period_end, r.revision, ") +
                            kSuperseded + " FROM observations o JOIN reports r ON r.id = o.report_id WHERE 1 = 1" +
                            observation_filter(query, params);
    db_->query(sql, params, [&](const SqlRow& row) {
        StoredObservation o;
        try {
            o.record = record_from_json(nlohmann::json::parse(row[0].value_or("null")));
        } catch (const nlohmann::json::exception& e) {
            fail(name(), "observation of report " + row[1].value_or("?") + " holds bad JSON: " + e.what());
        }
        o.report_id = to_int(row[1]);
        o.file_name = row[2].value_or("");
        o.period_end = row[3];
        o.revision = static_cast<int>(to_int(row[4]));
        o.superseded = to_int(row[5]) != 0;
        on_row(o);
    });
}

void ArchiveStore::for_each_observation_column(const ObservationQuery& query,
                                               const std::function<void(const StoredObservation&)>& on_row) {
    std::vector<SqlValue> params;
    const std::string sql = std::string("SELECT ") + kObservationColumns + ", " + kSuperseded +
                            " FROM observations o JOIN reports r ON r.id = o.report_id" + kObservationWarningsJoin +
                            " WHERE 1 = 1" + observation_filter(query, params) + ", w.id";
    ObservationColumns reader(name(), on_row);
    db_->query(sql, params, [&](const SqlRow& row) { reader.add(row); });
    reader.finish();
}

ArchiveCounts ArchiveStore::counts() {
    auto count = [&](const char* table) { return db_->integer(std::string("SELECT COUNT(*) FROM ") + table); };
    return {count("reports"),        count("observations"), count("measures"),
            count("measure_titles"), count("warnings"),     count("findings")};
}

}  // namespace occx
