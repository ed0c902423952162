// Rule comment-vs-status: a comment that states the measure's status in words, compared with
// the status printed beside it. "This measure is currently reported as red" beside GREEN is an
// error; softer claims (on/above/below/off target, ahead of/behind plan, improving/worsening
// against target) that the status contradicts are warnings. The wording is data
// (validate.comment_* in patterns/validate.re2); a negation in the clause ("not on target",
// "no longer red") turns the claim round, and hedged sentences (plans, forecasts, other
// months: validate.comment_hedge) are left alone.
#include <re2/re2.h>

#include <algorithm>

#include "util/text.h"
#include "validate/direction.h"
#include "validate/facts.h"
#include "validate/rules/rules.h"

namespace occx::rules {

namespace {

const char* kRule = "comment-vs-status";

// What a comment's sentence claims about the measure against its target.
enum class Claim { meets, misses, higher, lower, improving, worsening };

struct ClaimKey {
    const char* key;
    Claim claim;
};
const ClaimKey kClaims[] = {{"validate.comment_meets", Claim::meets},       {"validate.comment_misses", Claim::misses},
                            {"validate.comment_above", Claim::higher},      {"validate.comment_below", Claim::lower},
                            {"validate.comment_improving", Claim::improving}, {"validate.comment_worsening", Claim::worsening}};

Claim negated(Claim c) {
    switch (c) {
        case Claim::meets: return Claim::misses;
        case Claim::misses: return Claim::meets;
        case Claim::higher: return Claim::lower;
        case Claim::lower: return Claim::higher;
        case Claim::improving: return Claim::worsening;
        case Claim::worsening: return Claim::improving;
    }
    return c;
}

int rank(const std::string& status) { return status == "GREEN" ? 0 : status == "AMBER" ? 1 : 2; }

// The RAG statuses printed beside the comment: period first, then YTD.
std::vector<std::string> rag_statuses(const Record& r) {
    std::vector<std::string> out;
    for (const auto& nt : triples_of(r))
        if (is_rag(nt.triple->status)) out.push_back(*nt.triple->status);
    return out;
}

bool any_is(const std::vector<std::string>& statuses, const std::string& s) {
    return std::find(statuses.begin(), statuses.end(), s) != statuses.end();
}

bool all_are(const std::vector<std::string>& statuses, const std::string& s) {
    return std::all_of(statuses.begin(), statuses.end(), [&](const std::string& x) { return x == s; });
}

std::string statuses_text(const std::vector<std::string>& statuses) {
    if (statuses.size() == 2 && statuses[0] != statuses[1])
        return "the period status is " + statuses[0] + " and the YTD status " + statuses[1];
    return "the status is " + statuses[0];
}

struct Context {
    const Record& record;
    const ReportRecords& report;
    const ValidationContext& ctx;
    const DirectionFinder& directions;
};

// The same measure's status in the latest earlier report, for improving / worsening.
std::optional<std::string> previous_status(const Context& c) {
    const Record* best = nullptr;
    for (const auto* rep : c.ctx.others(c.report)) {
        if (!rep->period_end || !c.report.period_end || *rep->period_end >= *c.report.period_end) continue;
        if (best && *rep->period_end <= *best->report.period_end) continue;
        if (const Record* r = find_measure(*rep, c.record); r && is_rag(r->period.status)) best = r;
    }
    if (!best) return std::nullopt;
    return best->period.status;
}

// The message when a claim contradicts the statuses, none when they agree or cannot be judged.
std::optional<std::string> judge_claim(Claim claim, const std::vector<std::string>& statuses, const Context& c) {
    if (claim == Claim::higher || claim == Claim::lower) {
        auto d = c.directions.of(c.record, c.report);
        if (!d.polarity) return std::nullopt;
        const bool better = (claim == Claim::higher) == (*d.polarity == Polarity::higher);
        claim = better ? Claim::meets : Claim::misses;
    }
    if (claim == Claim::meets && !any_is(statuses, "GREEN")) return "says the target is met but " + statuses_text(statuses);
    if (claim == Claim::misses && all_are(statuses, "GREEN"))
        return "says the target is missed but " + statuses_text(statuses);
    if (claim == Claim::improving || claim == Claim::worsening) {
        auto before = previous_status(c);
        if (!before) return std::nullopt;
        const int was = rank(*before), now = rank(statuses.front());
        if ((claim == Claim::improving && now > was) || (claim == Claim::worsening && now < was))
            return std::string("says performance is ") + (claim == Claim::improving ? "improving" : "worsening") +
                   " against target but the status went from " + *before + " to " + statuses.front();
    }
    return std::nullopt;
}

struct Hit {
    std::string phrase;
    bool negated;
    std::string colour;  // explicit RAG claims
};

std::optional<Hit> find_hit(const RE2& re, const std::string& sentence, const PatternPack& p) {
    re2::StringPiece groups[2];
    if (!re.Match(sentence, 0, sentence.size(), RE2::UNANCHORED, groups, 2)) return std::nullopt;
    // The clause up to the end of the phrase ("is not on target", "no longer reported as
    // red"): from the last comma or "but" before it, so a negation elsewhere does not count.
    const size_t start = groups[0].data() - sentence.data(), end = start + groups[0].size();
    const std::string before = sentence.substr(0, start);
    size_t from = before.rfind(',');
    from = from == std::string::npos ? 0 : from;
    if (size_t but = to_lower_ascii(before).rfind(" but "); but != std::string::npos && but > from) from = but;
    const std::string clause = sentence.substr(from, end - from);
    Hit h{collapse_whitespace(std::string(groups[0])), p.matches_any("validate.comment_negation", clause), ""};
    if (groups[1].data()) h.colour = to_upper_ascii(std::string(groups[1]));
    return h;
}

void check_sentence(const std::string& sentence, const std::vector<std::string>& statuses, const Context& c,
                    Findings& out) {
    const PatternPack& p = c.ctx.patterns;
    if (p.matches_any("validate.comment_hedge", sentence)) return;
    for (const auto& pat : p.list("validate.comment_rag")) {
        auto hit = find_hit(*pat.re, sentence, p);
        if (!hit || !is_rag(hit->colour)) continue;
        // "no longer red" contradicts only a status that is still red throughout.
        const bool contradicts = hit->negated ? all_are(statuses, hit->colour) : !any_is(statuses, hit->colour);
        if (contradicts)
            out.push_back(finding_about(c.record, Severity::error, kRule,
                                        "comment says '" + hit->phrase + "' but " + statuses_text(statuses)));
        return;
    }
    for (const auto& ck : kClaims)
        for (const auto& pat : p.list(ck.key)) {
            auto hit = find_hit(*pat.re, sentence, p);
            if (!hit) continue;
            auto why = judge_claim(hit->negated ? negated(ck.claim) : ck.claim, statuses, c);
            if (why) out.push_back(finding_about(c.record, Severity::warning, kRule, "comment '" + hit->phrase + "' " + *why));
            return;
        }
}

}  // namespace

void comment_status(const ValidationContext& ctx, Findings& out) {
    DirectionFinder directions(ctx);
    for (const auto& report : ctx.input.reports)
        for (const auto& r : report.records) {
            if (!r.comment) continue;
            const auto statuses = rag_statuses(r);
            if (statuses.empty()) continue;
            Context c{r, report, ctx, directions};
            const size_t before = out.size();
            for (const auto& s : sentences(*r.comment)) {
                check_sentence(s, statuses, c, out);
                if (out.size() > before) break;  // one finding per comment
            }
        }
}

}  // namespace occx::rules
