#pragma once
// Observations read from the observations table's columns instead of their stored record JSON:
// every field validation's history needs, at a fraction of the cost of parsing the JSON (which
// was most of `validate --db`'s time). Without provenance (source); a record's warnings are
// the archive's warnings about its measure in its report (warnings table).
#include <functional>
#include <optional>
#include <string>

#include "archive/archive_store.h"

namespace occx {

// The select list of a query over `observations o JOIN reports r LEFT JOIN warnings w` that
// ObservationColumns reads.
extern const char* const kObservationColumns;
// The join of the warnings about each observation's measure in its report.
extern const char* const kObservationWarningsJoin;

// Turns rows of kObservationColumns into observations. The rows of one observation (one a
// warning) must come one after another; finish() hands over the last one.
class ObservationColumns {
public:
    using Handler = std::function<void(const StoredObservation&)>;
    ObservationColumns(std::string database, const Handler& on_observation)
        : database_(std::move(database)), on_observation_(on_observation) {}
    void add(const SqlRow& row);
    void finish();

private:
    StoredObservation read(const SqlRow& row) const;
    std::string database_;  // for messages
    const Handler& on_observation_;
    std::optional<StoredObservation> pending_;
};

}  // namespace occx
