// Rule status-vs-numbers: a GREEN whose actual misses its target, a RED or AMBER whose actual
// meets it. Which way "meets" goes is inferred per measure, never guessed (validate/direction.h:
// the measure's history, the title's wording, measures with parallel titles, its statuses).
#include "validate/direction.h"
#include "validate/facts.h"
#include "validate/rules/rules.h"

namespace occx::rules {

namespace {

const char* kRule = "status-vs-numbers";

std::string describe(const Triple& t, const char* which, bool meets) {
    return *t.status + " but " + which + " actual " + t.actual->raw + (meets ? " meets" : " misses") +
           " target " + t.target->raw;
}

// Period and YTD printed with the same figures and status: one finding names both.
bool same_figures(const Triple& a, const Triple& b) {
    return a.status == b.status && a.actual && b.actual && a.target && b.target &&
           a.actual->raw == b.actual->raw && a.target->raw == b.target->raw;
}

void check_equal_targets(const Record& r, Findings& out) {
    for (const auto& nt : triples_of(r)) {
        const Triple& t = *nt.triple;
        auto actual = number_of(t.actual), target = number_of(t.target);
        if (!is_rag(t.status) || *t.status == "GREEN" || !actual || !target || *actual != *target) continue;
        if (nt.triple == &r.ytd && same_figures(r.period, r.ytd)) continue;
        out.push_back(finding_about(r, Severity::error, kRule,
                                    *t.status + " but " + nt.name + " actual " + t.actual->raw +
                                        " equals its target " + t.target->raw +
                                        " (it meets the target whichever way is better)"));
    }
}

void report_split(const Record& r, const ObservationSet& obs, Findings& out) {
    std::string list;
    for (const auto& o : obs)
        list += (list.empty() ? "" : "; ") + o.status + " at " + format_number(o.actual) + " vs " +
                format_number(o.target) + (o.period_end.empty() ? "" : " (" + o.period_end + ")");
    out.push_back(finding_about(r, Severity::warning, kRule,
                                "statuses imply opposite polarities, so one of them contradicts its "
                                "numbers: " + list));
}

void report_unknown(const Record& r, Findings& out) {
    for (const auto& nt : triples_of(r)) {
        if (!implied_polarity(*nt.triple)) continue;
        const Triple& t = *nt.triple;
        out.push_back(finding_about(r, Severity::info, kRule,
                                    "cannot tell whether higher or lower is better (no title "
                                    "wording, no other rows): " + *t.status + " at " + nt.name +
                                        " actual " + t.actual->raw + " vs target " + t.target->raw +
                                        " not checked"));
        return;
    }
}

void report_contradictions(const Record& r, const Direction& d, Findings& out) {
    for (const auto& nt : triples_of(r)) {
        const Triple& t = *nt.triple;
        if (!contradicts(t, *d.polarity)) continue;
        if (nt.triple == &r.ytd && same_figures(r.period, r.ytd)) continue;
        const bool both = nt.triple == &r.period && same_figures(r.period, r.ytd);
        const bool meets = *t.status != "GREEN";
        // a GREEN near miss is what a tolerance allows: worth a look, not an error
        const bool near_miss = !meets && within_green_tolerance(*number_of(t.actual), *number_of(t.target));
        out.push_back(finding_about(r, near_miss ? Severity::warning : Severity::error, kRule,
                                    describe(t, both ? "period and YTD" : nt.name, meets) +
                                        (near_miss ? ", by no more than " + std::to_string(int(kGreenTolerance * 100)) + "% (a tolerance may allow it)" : "") + " (" +
                                        d.reason + ")"));
    }
}

void check_record(const Record& r, const ReportRecords& report, const DirectionFinder& directions, Findings& out) {
    check_equal_targets(r, out);
    // Only a row that shows a status against numbers can contradict them; the others'
    // statuses are evidence, reported where they belong.
    if (!implied_polarity(r.period) && !implied_polarity(r.ytd)) return;
    const Direction d = directions.of(r, report);
    switch (d.kind) {
        case Direction::known:
            if (!d.note.empty()) out.push_back(finding_about(r, Severity::info, kRule, d.note));
            return report_contradictions(r, d, out);
        case Direction::overruled:
            return out.push_back(finding_about(r, Severity::info, kRule, d.reason + "; statuses not checked"));
        case Direction::split: return report_split(r, d.observations, out);
        case Direction::unknown: return report_unknown(r, out);
    }
}

}  // namespace

void status_vs_numbers(const ValidationContext& ctx, Findings& out) {
    DirectionFinder directions(ctx);
    for (const auto& report : ctx.input.reports)
        for (const auto& r : report.records) check_record(r, report, directions, out);
}

}  // namespace occx::rules
