#pragma once
// Which way is better for a measure, and on what evidence. The sources, in order of trust
// (docs/validation.md, "Polarity"):
//   1. the measure's own statuses in other reports (history), when they agree by a clear margin;
//   2. the measure's wording: its titles (validate.lower_is_better / higher_is_better; this
//      row's title, else the titles it has in other reports), else its comments' statements of
//      the target (validate.target_lower / target_higher); title and comment must not disagree;
//   3. the measure's statuses, the row being checked included, by a strict majority;
//   4. sibling measures with parallel titles ("... (Stage 1) ..." / "(Stage 2)"), by their own
//      wording or statuses: only for a measure with at most one status;
//   5. what the title counts (validate.lower_counted / higher_counted): only where no status of
//      the measure says otherwise, so this weakest evidence never makes a finding by itself.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "validate/context.h"
#include "validate/polarity.h"

namespace occx {

// The other rows must out-vote each other by this many statuses to overrule the title's
// wording (one stray month is not enough).
inline constexpr int kClearMargin = 2;
// Two different measures are siblings when they share this share of the longer title's words.
inline constexpr double kSiblingShare = 0.75;

// One independent observation of a status against numbers; identical triples (the same
// figures printed as period and YTD, or the same report given twice) count once.
struct StatusObservation {
    std::string period_end;
    double actual, target;
    std::string status;
    Polarity implied;
    bool operator<(const StatusObservation& o) const;
};
using ObservationSet = std::set<StatusObservation>;

struct Votes {
    int lower = 0, higher = 0;
    int for_side(Polarity p) const { return p == Polarity::lower ? lower : higher; }
    int total() const { return lower + higher; }
};
// The observations' votes, those of a GREEN within tolerance of its target (polarity.h) apart:
// such a GREEN says little.
struct VoteTally {
    Votes strong, near_green;
    // Near-target GREENs discounted: they count only where no other status votes.
    Votes discounted() const { return strong.total() > 0 ? strong : near_green; }
    Votes every() const { return {strong.lower + near_green.lower, strong.higher + near_green.higher}; }
};
VoteTally count_votes(const ObservationSet& obs);
void add_observations(const Record& rec, ObservationSet& obs);
Polarity opposite(Polarity p);

enum class DirectionSource { own_rows, title, comment_target, siblings, own_rows_weak, counted };
const char* direction_source_name(DirectionSource s);

struct Direction {
    enum Kind { known, overruled, split, unknown } kind = unknown;
    std::optional<Polarity> polarity;  // set when known
    DirectionSource source = DirectionSource::own_rows;
    std::string reason;                // "lower is better, by the title's wording"; overruled: why
    ObservationSet observations;       // every status of the measure, this row's included
    std::string note;                  // known against the title's wording: says so (info)
};

class DirectionFinder {
public:
    explicit DirectionFinder(const ValidationContext& ctx);
    // The direction to judge r, a row of report `in`, by.
    Direction of(const Record& r, const ReportRecords& in) const;

private:
    struct Row {
        const ReportRecords* report;
        const Record* record;
    };
    std::vector<const Record*> rows_elsewhere(const Record& r, const ReportRecords& in) const;
    // The measure's wording (step 2): its titles, else its comments' target statements.
    std::optional<Direction> from_wording(const Record& r, const std::vector<const Record*>& elsewhere) const;
    std::optional<Direction> from_siblings(const Record& r) const;
    std::optional<Polarity> own_direction(const std::string& id, const std::string& title) const;
    const std::vector<std::string>& siblings_of(const std::string& id, const std::string& title) const;

    const ValidationContext& ctx_;
    std::map<std::string, std::vector<Row>> by_id_;     // every report's rows, by measure id
    std::map<std::string, std::string> titles_;          // each id's first title
    mutable std::map<std::string, std::vector<std::string>> siblings_;
};

// How many of a report's rated measures with figures (an actual and a target, not printed as
// monitoring only: what a direction judges) had a known direction, and from where.
struct DirectionCoverage {
    int measures = 0, known = 0;
    std::map<std::string, int> by_source;  // direction_source_name → measures
    std::vector<std::string> unknown;       // ids of the measures without one
};
DirectionCoverage direction_coverage(const ReportRecords& report, const DirectionFinder& directions);
// "direction known for 54 of 60 rated measures with figures (40 by title wording, ...)".
std::string coverage_text(const DirectionCoverage& c);

}  // namespace occx
