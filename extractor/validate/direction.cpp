#include "validate/direction.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "validate/facts.h"

namespace occx {

bool StatusObservation::operator<(const StatusObservation& o) const {
    return std::tie(period_end, actual, target, status) < std::tie(o.period_end, o.actual, o.target, o.status);
}

void add_observations(const Record& rec, ObservationSet& obs) {
    for (const auto& nt : triples_of(rec)) {
        const Triple& t = *nt.triple;
        if (auto p = implied_polarity(t))
            obs.insert({rec.report.period_end.value_or(""), *number_of(t.actual), *number_of(t.target), *t.status, *p});
    }
}

namespace {

bool green_near_target(const StatusObservation& o) {
    return o.status == "GREEN" && within_green_tolerance(o.actual, o.target);
}

}  // namespace

VoteTally count_votes(const ObservationSet& obs) {
    VoteTally t;
    for (const auto& o : obs) {
        Votes& v = green_near_target(o) ? t.near_green : t.strong;
        (o.implied == Polarity::lower ? v.lower : v.higher)++;
    }
    return t;
}

Polarity opposite(Polarity p) { return p == Polarity::lower ? Polarity::higher : Polarity::lower; }

const char* direction_source_name(DirectionSource s) {
    switch (s) {
        case DirectionSource::own_rows: return "history";
        case DirectionSource::title: return "title wording";
        case DirectionSource::comment_target: return "the comment's target";
        case DirectionSource::siblings: return "parallel titles";
        case DirectionSource::own_rows_weak: return "statuses";
        case DirectionSource::counted: return "what the title counts";
    }
    return "";
}

namespace {

using PolarityOf = std::optional<Polarity> (*)(const OptString&, const PatternPack&);

std::optional<Polarity> memo(std::unordered_map<std::string, std::optional<Polarity>>& seen, PolarityOf read,
                             const OptString& text, const PatternPack& patterns) {
    if (!text) return read(text, patterns);
    auto it = seen.find(*text);
    if (it == seen.end()) it = seen.emplace(*text, read(text, patterns)).first;
    return it->second;
}

// The side with the most votes when it leads by at least `margin`.
std::optional<Polarity> leader(const Votes& v, int margin) {
    if (v.lower - v.higher >= margin) return Polarity::lower;
    if (v.higher - v.lower >= margin) return Polarity::higher;
    return std::nullopt;
}

bool parallel_titles(const std::set<std::string>& a, const std::set<std::string>& b) {
    if (a.empty() || b.empty()) return false;
    size_t shared = 0;
    for (const auto& w : a) shared += b.count(w);
    return static_cast<double>(shared) >= kSiblingShare * static_cast<double>(std::max(a.size(), b.size()));
}

Direction known(Polarity p, DirectionSource source, std::string why) {
    Direction d;
    d.kind = Direction::known;
    d.polarity = p;
    d.source = source;
    d.reason = std::string(polarity_text(p)) + ", " + why;
    return d;
}

// "title wording says lower is better", for notes where other evidence overrules it.
std::string wording_says(const Direction& wording) {
    return std::string(wording.source == DirectionSource::title ? "title wording" : "the comment's target") + " says " +
           polarity_text(*wording.polarity);
}

}  // namespace

DirectionFinder::DirectionFinder(const ValidationContext& ctx) : ctx_(ctx) {
    for (const auto* report : ctx.all_reports())
        for (const auto& r : report->records) {
            by_id_[r.measure_id].push_back({report, &r});
            if (r.title && titles_[r.measure_id].empty()) titles_[r.measure_id] = *r.title;
        }
}

// The measure's row in each other report (the first, when a report prints it twice).
std::vector<const Record*> DirectionFinder::rows_elsewhere(const Record& r, const ReportRecords& in) const {
    std::vector<const Record*> out;
    auto it = by_id_.find(r.measure_id);
    if (it == by_id_.end()) return out;
    std::set<const ReportRecords*> seen;
    for (const auto& row : it->second)
        if (row.report != &in && same_measure(*row.record, r) && seen.insert(row.report).second)
            out.push_back(row.record);
    return out;
}

// A sibling's own direction: its title's wording, else a strict majority of two or more statuses.
std::optional<Polarity> DirectionFinder::own_direction(const std::string& id, const std::string& title) const {
    if (auto t = memo(ctx_.wording.title, title_polarity, title, ctx_.patterns)) return t;
    ObservationSet obs;
    for (const auto& row : by_id_.at(id)) {
        const Record& rec = *row.record;
        if (!rec.title || same_title(*rec.title, title))
            add_observations(rec, obs);
    }
    const Votes v = count_votes(obs).discounted();
    if (v.total() < 2) return std::nullopt;  // one status cannot speak for a family
    return leader(v, 1);
}

const std::vector<std::string>& DirectionFinder::siblings_of(const std::string& id, const std::string& title) const {
    auto cached = siblings_.find(id + '\n' + title);
    if (cached != siblings_.end()) return cached->second;
    std::vector<std::string> out;
    const auto words = title_words(title);
    for (const auto& [other, other_title] : titles_)
        if (other != id && parallel_titles(words, title_words(other_title))) out.push_back(other);
    return siblings_[id + '\n' + title] = out;
}

std::optional<Direction> DirectionFinder::from_siblings(const Record& r) const {
    if (!r.title) return std::nullopt;
    Votes v;
    std::string named;
    for (const auto& sib : siblings_of(r.measure_id, *r.title)) {
        auto p = own_direction(sib, titles_.at(sib));
        if (!p) continue;
        (*p == Polarity::lower ? v.lower : v.higher)++;
        named += (named.empty() ? "" : ", ") + sib;
    }
    auto p = leader(v, 1);
    if (!p) return std::nullopt;
    return known(*p, DirectionSource::siblings,
                 "as " + std::to_string(v.for_side(*p)) + " of " + std::to_string(v.total()) +
                     " measures with parallel titles (" + named + ") are");
}

// This row's title, else the measure's titles in other reports agreeing (a title cut short in
// one report, "Number of Children and Young", says it all in another), then its comments.
std::optional<Direction> DirectionFinder::from_wording(const Record& r,
                                                       const std::vector<const Record*>& elsewhere) const {
    std::optional<Polarity> title = memo(ctx_.wording.title, title_polarity, r.title, ctx_.patterns);
    bool other_titles = false;
    if (!title) {
        std::vector<std::optional<Polarity>> said;
        for (const Record* e : elsewhere) said.push_back(memo(ctx_.wording.title, title_polarity, e->title, ctx_.patterns));
        title = agreed(said);
        other_titles = title.has_value();
    }
    std::vector<std::optional<Polarity>> stated{memo(ctx_.wording.stated, target_statement_polarity, r.comment, ctx_.patterns)};
    for (const Record* e : elsewhere) stated.push_back(memo(ctx_.wording.stated, target_statement_polarity, e->comment, ctx_.patterns));
    const std::optional<Polarity> comment = agreed(stated);
    if (title && comment && *title != *comment) return std::nullopt;  // the report's own words disagree
    if (title)
        return known(*title, DirectionSource::title,
                     other_titles ? "by the wording of the measure's title in other reports" : "by the title's wording");
    if (comment) return known(*comment, DirectionSource::comment_target, "by what its comment says of the target");
    return std::nullopt;
}

Direction DirectionFinder::of(const Record& r, const ReportRecords& in) const {
    const std::vector<const Record*> rows = rows_elsewhere(r, in);
    ObservationSet elsewhere;
    for (const Record* e : rows) add_observations(*e, elsewhere);
    ObservationSet all = elsewhere;
    add_observations(r, all);
    const Votes others = count_votes(elsewhere).discounted();
    auto with_obs = [&](Direction d) {
        d.observations = all;
        return d;
    };
    const std::optional<Direction> wording = from_wording(r, rows);
    if (auto p = leader(others, kClearMargin)) {
        Direction d = known(*p, DirectionSource::own_rows,
                            "as " + std::to_string(others.for_side(*p)) + " of " + std::to_string(others.total()) +
                                " of the measure's statuses in other reports imply");
        if (wording && *wording->polarity != *p)
            d.note = wording_says(*wording) + " but " + d.reason + "; judged by them";
        return with_obs(d);
    }
    if (wording) {
        const Polarity said = *wording->polarity;
        const int against = others.for_side(opposite(said)), agree = others.for_side(said);
        if (against <= agree) return with_obs(*wording);
        Direction d;
        d.kind = Direction::overruled;
        d.reason = wording_says(*wording) + " but " + std::to_string(against) + " of " +
                   std::to_string(against + agree) + " statuses imply " + polarity_text(opposite(said));
        return with_obs(d);
    }
    // The row's own statuses vote too, but a lone status cannot vouch for itself: it takes
    // two, or another report's status when this row shows none.
    // Near misses rated GREEN are discounted only while other statuses still make two votes.
    const VoteTally tally = count_votes(all);
    Votes v = tally.discounted();
    const bool row_votes = all.size() != elsewhere.size();
    if (v.total() < 2 && row_votes) v = tally.every();
    if ((v.total() >= 2 || (!row_votes && v.total() == 1)) && v.lower != v.higher) {
        const Polarity majority = v.lower > v.higher ? Polarity::lower : Polarity::higher;
        return with_obs(known(majority, DirectionSource::own_rows_weak,
                              "as " + std::to_string(v.for_side(majority)) + " other statuses of the measure imply"));
    }
    Direction d;
    if (v.total() >= 2) {  // a tie: the measure's own figures disagree, no guess breaks it
        d.kind = Direction::split;
        return with_obs(d);
    }
    if (auto sib = from_siblings(r)) return with_obs(*sib);
    // What the title counts, only where no status says otherwise: at most the row's own lone
    // status is left here, and the direction must agree with it, so this never makes a finding.
    std::vector<std::optional<Polarity>> counted{memo(ctx_.wording.counted, counted_polarity, r.title, ctx_.patterns)};
    if (!counted.front())
        for (const Record* e : rows) counted.push_back(memo(ctx_.wording.counted, counted_polarity, e->title, ctx_.patterns));
    if (auto p = agreed(counted); p && v.for_side(opposite(*p)) == 0)
        return with_obs(known(*p, DirectionSource::counted, "by what the title counts, which no status contradicts"));
    return with_obs(d);
}

namespace {

// A row whose numbers a direction would judge: an actual and a target in a triple not printed
// as monitoring only (a status lost in conversion still counts), in either triple.
bool has_figures(const Record& r) {
    for (const auto& nt : triples_of(r))
        if (number_of(nt.triple->actual) && number_of(nt.triple->target) && !is_unrated(nt.triple->status))
            return true;
    return false;
}

}  // namespace

DirectionCoverage direction_coverage(const ReportRecords& report, const DirectionFinder& directions) {
    DirectionCoverage c;
    for (const auto& r : report.records) {
        if (!has_figures(r)) continue;
        ++c.measures;
        auto d = directions.of(r, report);
        if (d.kind != Direction::known) {
            c.unknown.push_back(r.measure_id);
            continue;
        }
        ++c.known;
        ++c.by_source[direction_source_name(d.source)];
    }
    return c;
}

std::string coverage_text(const DirectionCoverage& c) {
    std::string out = "direction known for " + std::to_string(c.known) + " of " + std::to_string(c.measures) +
                      " rated measures with figures";
    std::string parts;
    for (const auto& [source, n] : c.by_source) parts += (parts.empty() ? "" : ", ") + std::to_string(n) + " by " + source;
    return parts.empty() ? out : out + " (" + parts + ")";
}

}  // namespace occx
