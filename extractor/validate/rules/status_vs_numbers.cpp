// Rule status-vs-numbers: a GREEN whose actual misses its target, a RED or AMBER whose actual
// meets it. Which way "meets" goes is inferred per measure, never guessed: from the title's
// wording, else from the statuses of the measure's other rows (this report and others).
#include <set>
#include <tuple>

#include "validate/facts.h"
#include "validate/polarity.h"
#include "validate/rules/rules.h"

namespace occx::rules {

namespace {

const char* kRule = "status-vs-numbers";

// One independent observation of a status against numbers; identical triples (the same
// figures printed as period and YTD, or the same report given twice) count once.
struct Observation {
    std::string period_end;
    double actual, target;
    std::string status;
    Polarity implied;
    auto key() const { return std::tie(period_end, actual, target, status); }
    bool operator<(const Observation& o) const { return key() < o.key(); }
};

std::optional<Observation> observe(const Record& r, const Triple& t) {
    auto p = implied_polarity(t);
    if (!p) return std::nullopt;
    return Observation{r.report.period_end.value_or(""), *number_of(t.actual), *number_of(t.target),
                       *t.status, *p};
}

void add_observations(const Record& rec, std::set<Observation>& obs) {
    for (const auto& nt : triples_of(rec))
        if (auto o = observe(rec, *nt.triple)) obs.insert(*o);
}

struct Votes {
    int lower = 0, higher = 0;
    int for_side(Polarity p) const { return p == Polarity::lower ? lower : higher; }
};

Votes count_votes(const std::set<Observation>& obs) {
    Votes v;
    for (const auto& o : obs) (o.implied == Polarity::lower ? v.lower : v.higher)++;
    return v;
}

Polarity opposite(Polarity p) { return p == Polarity::lower ? Polarity::higher : Polarity::lower; }

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

// The polarity to judge r's triples by, with a reason; none when the evidence is missing or
// split, in which case an info or warning finding says so.
struct Judgement {
    std::optional<Polarity> polarity;
    std::string reason;
};

// With title wording, the row's own statuses are not evidence against it (they are what is
// being checked); only the other rows can overrule the wording.
Judgement judge(const Record& r, const std::set<Observation>& obs, const std::set<Observation>& elsewhere,
                const PatternPack& patterns, Findings& out) {
    Votes v = count_votes(obs);
    if (auto title = title_polarity(r.title, patterns)) {
        Votes others = count_votes(elsewhere);
        const int against = others.for_side(opposite(*title)), agree = others.for_side(*title);
        if (against > agree) {
            out.push_back(finding_about(
                r, Severity::info, kRule,
                std::string("title wording says ") + polarity_text(*title) + " but " +
                    std::to_string(against) + " of " + std::to_string(against + agree) +
                    " statuses imply " + polarity_text(opposite(*title)) + "; statuses not checked"));
            return {};
        }
        return {title, std::string(polarity_text(*title)) + ", by the title's wording"};
    }
    if (v.lower == v.higher) return {};  // a tie decides nothing
    Polarity majority = v.lower > v.higher ? Polarity::lower : Polarity::higher;
    return {majority, std::string(polarity_text(majority)) + ", as " +
                          std::to_string(v.for_side(majority)) + " other statuses of the measure imply"};
}

void report_split(const Record& r, const std::set<Observation>& obs, Findings& out) {
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

void check_record(const Record& r, const std::vector<const ReportRecords*>& others,
                  const PatternPack& patterns, Findings& out) {
    check_equal_targets(r, out);
    // Only a row that shows a status against numbers can contradict them; the others'
    // statuses are evidence, reported where they belong.
    if (!implied_polarity(r.period) && !implied_polarity(r.ytd)) return;
    std::set<Observation> elsewhere;
    for (const Record* e : rows_elsewhere(others, r)) add_observations(*e, elsewhere);
    std::set<Observation> obs = elsewhere;
    add_observations(r, obs);
    const bool titled = title_polarity(r.title, patterns).has_value();
    Votes v = count_votes(obs);
    if (!titled && v.lower + v.higher == 1) return report_unknown(r, out);
    if (!titled && v.lower == v.higher) return report_split(r, obs, out);
    Judgement j = judge(r, obs, elsewhere, patterns, out);
    if (!j.polarity) return;
    for (const auto& nt : triples_of(r)) {
        const Triple& t = *nt.triple;
        if (!contradicts(t, *j.polarity)) continue;
        if (nt.triple == &r.ytd && same_figures(r.period, r.ytd)) continue;
        const bool both = nt.triple == &r.period && same_figures(r.period, r.ytd);
        const bool meets = *t.status != "GREEN";
        out.push_back(finding_about(r, Severity::error, kRule,
                                    describe(t, both ? "period and YTD" : nt.name, meets) + " (" +
                                        j.reason + ")"));
    }
}

}  // namespace

void status_vs_numbers(const ValidationContext& ctx, Findings& out) {
    for (const auto& report : ctx.input.reports) {
        auto others = ctx.others(report);
        for (const auto& r : report.records) check_record(r, others, ctx.patterns, out);
    }
}

}  // namespace occx::rules
