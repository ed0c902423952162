#pragma once
// The archive of extracted reports: one row per report file, one observation per measure per
// report, in SQLite (default) or PostgreSQL with the same schema and behaviour.
//
// Every write is one transaction: a report is stored whole (report row, observations,
// warnings) or not at all, whatever happens to the process. The same file (same SHA-256) is
// never stored twice. A different file for a period already present (same kind, same
// period_end) is a revision of it; revisions are numbered in the order of
// archive/revision_order.h, not of arrival, so any number of processes storing at once agree.
// Queries see the latest revision by default.
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "archive/database.h"
#include "archive/revision_order.h"
#include "model/record.h"
#include "validate/finding.h"

namespace occx {

// One report file, ready to store.
struct ReportEntry {
    std::string file_name;
    std::string sha256;
    std::string kind = "measures";  // "measures" (records), "cabinet" (a covering report)
    ReportPeriod period;
    std::optional<std::string> document_date;  // orders revisions (archive/revision_order.h)
    std::optional<std::string> file_time;
    int pages = 0;
    int ocr_pages = 0;
    // Distinct measure ids the reader saw and those that became records (coverage).
    std::optional<int> ids_seen, ids_extracted;
    std::vector<Record> records;
    std::optional<std::string> document_json;  // the cabinet form, when kind is "cabinet"
    std::vector<std::string> warnings;         // about the report as a whole
    std::vector<Finding> findings;             // what validation found, stored with the report
};

struct StoreOutcome {
    bool stored = false;          // false: the same file was already in the archive
    std::int64_t report_id = 0;   // the new row, or the one already there
    int revision = 0;
    int observations = 0;
    std::optional<std::string> supersedes;  // the file of the revision this one replaces
    std::optional<std::string> superseded_by;  // the file of a later revision already stored
    // Stored files of the period this one replaces: converter texts saying the same as this PDF.
    std::vector<std::string> replaced;
    // Not stored: an earlier file of the same period says the same (another format of it).
    std::optional<std::string> same_content_as;
    // Stored: reading it back gives the records (and covering report) as given, none left out
    // (a second record of a measure) and no text mended (invalid UTF-8).
    bool reads_back_as_given = false;
};

// An observation as read back: the full record plus where it came from.
struct StoredObservation {
    Record record;
    std::int64_t report_id = 0;
    std::string file_name;
    std::optional<std::string> period_end;
    int revision = 0;
    bool superseded = false;  // a later revision of its report exists (and lacks the measure,
                              // unless all revisions were asked for)
};

struct ObservationQuery {
    std::optional<std::string> measure_id;  // all measures when unset
    bool all_revisions = false;  // default: only each period's latest revision
    // With the default: where the latest revision lacks a measure, the latest one holding it
    // (marked superseded) instead of nothing. history asks for this; export does not.
    bool superseded_when_missing = false;
    // Records read from the table's columns, without their provenance (source), their warnings
    // those the archive holds about the measure in the report (archive/observation_columns.h):
    // validation's history needs the figures and words only, and parsing the stored JSON was
    // most of its time.
    bool without_provenance = false;
};

struct ArchiveCounts {
    std::int64_t reports = 0, observations = 0, measures = 0, measure_titles = 0, warnings = 0,
                 findings = 0;
};

// A stored revision of a period, as placing a new one reads it.
struct StoredRevision {
    std::int64_t id = 0;
    std::string file;
    int revision = 0;
    RevisionKey key;
};

class ArchiveStore {
public:
    // url: a path or sqlite:///path (SQLite), or postgresql://user@host:port/db.
    // create: make a missing SQLite file. The schema is migrated to the latest version.
    static ArchiveStore open(const std::string& url, bool create);
    explicit ArchiveStore(std::unique_ptr<Database> db);

    Database& database() { return *db_; }
    const std::string& name() const { return db_->name(); }

    // Stores a report in one transaction (run again when it collides with another writer); a
    // file already present is left as it is. Reports of later periods lose their findings:
    // their history changed, and the next validation pass (reports_without_findings) redoes them.
    StoreOutcome store_report(const ReportEntry& entry);
    // The SHA-256 of every stored report (to skip known files before extracting them).
    std::vector<std::string> stored_hashes();
    // Files read before and found not to be reports (minutes, blank pages): by SHA-256.
    std::vector<std::string> rejected_hashes();
    // Remembers a file as not a report, with the reason; a file stored later is forgotten here.
    void store_rejected(const std::string& file_name, const std::string& sha256, const std::string& reason);
    std::optional<std::int64_t> report_id_for(const std::string& sha256);

    // Adds validate's findings (validate/finding.h) to a stored report, in one transaction:
    // severity name, rule, measure_id (NULL when empty), the first page (NULL when none),
    // message. Call it with the id from store_report or report_id_for; throws occx::Error
    // when no such report exists.
    void add_findings(std::int64_t report_id, const std::vector<Finding>& findings);
    // Validates a report against the archive and stores the findings, excluding every store
    // meanwhile, so the history compute() reads stays the one the findings were made of.
    // Nothing is done (false) when the report has findings already (another process validated
    // it first) or is gone.
    bool validate_once(std::int64_t report_id, const std::function<std::vector<Finding>()>& compute);

    // Observations in period-end order (then measure id, then revision); on_row sees each.
    void for_each_observation(const ObservationQuery& query,
                              const std::function<void(const StoredObservation&)>& on_row);
    ArchiveCounts counts();

private:
    void for_each_observation_column(const ObservationQuery& query,
                                     const std::function<void(const StoredObservation&)>& on_row);
    StoreOutcome store_once(const ReportEntry& entry);
    void place_revision(const ReportEntry& entry, StoreOutcome& out);
    // Numbers the revisions 1.. in the given order, leaving revision gap + 1 free.
    void renumber(const std::vector<StoredRevision>& ordered, size_t gap);
    void store_rejected_once(const std::string& file_name, const std::string& sha256, const std::string& reason);
    std::optional<std::string> same_content_as(const ReportEntry& entry, StoreOutcome& out);
    void store_records(std::int64_t report_id, const ReportEntry& entry, StoreOutcome& out);
    void note_measures(const std::vector<std::pair<Record, std::string>>& records);
    void invalidate_later_findings(const ReportEntry& entry, std::int64_t report_id);
    std::int64_t insert_report(const ReportEntry& entry, int revision);
    void insert_observation(std::int64_t report_id, const ReportEntry& entry, const Record& r,
                            const std::string& record_json);
    void insert_finding(std::int64_t report_id, const Finding& f);
    void insert_warning(std::int64_t report_id, const std::optional<std::string>& measure_id,
                        const std::string& message);

    std::unique_ptr<Database> db_;
    // Measures and titles known to be stored (rows never deleted), to save a round trip each;
    // a report's new ones count only once its transaction commits.
    std::set<std::string> stored_measures_, pending_measures_;
    std::set<std::pair<std::string, std::string>> stored_titles_, pending_titles_;
};

}  // namespace occx
