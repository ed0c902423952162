// Rule comment-month: a comment that names another month as the one being reported on
// ("during the month of October" in a November report), a sign of commentary carried over
// from an earlier report. Comments mention other months legitimately all the time, so only
// the phrases in validate.current_month count, and a month that starts a range
// ("April-October") or carries another year ("In June 22,") is left alone.
#include <re2/re2.h>

#include "util/text.h"
#include "validate/facts.h"
#include "validate/rules/rules.h"

namespace occx::rules {

namespace {

std::optional<int> month_from_word(const std::string& word, const PatternPack& p) {
    const auto& months = p.list("validate.month");
    for (size_t i = 0; i < months.size() && i < 12; ++i)
        if (RE2::FullMatch(word, *months[i].re)) return static_cast<int>(i) + 1;
    return std::nullopt;
}

std::optional<int> year_from_text(const std::string& text) {
    if (text.empty()) return std::nullopt;
    int y = std::stoi(text);
    return text.size() == 2 ? 2000 + y : y;
}

struct MonthMention {
    int month;
    std::optional<int> year;
    std::string phrase;
};

// The current-month phrases of one pattern in text that are not the start of a range.
void find_mentions(const RE2& re, const std::string& text, const PatternPack& p,
                   std::vector<MonthMention>& out) {
    re2::StringPiece groups[3];
    size_t pos = 0;
    while (pos <= text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, groups, 3)) {
        const size_t start = groups[0].data() - text.data();
        const size_t end = start + groups[0].size();
        pos = end > start ? end : start + 1;
        if (!groups[1].data()) continue;
        auto month = month_from_word(std::string(groups[1]), p);
        if (!month) continue;
        const re2::StringPiece& last = groups[2].data() ? groups[2] : groups[1];
        const size_t after = last.data() - text.data() + last.size();
        if (p.matches_any("validate.month_range_tail", std::string_view(text).substr(after))) continue;
        std::string phrase = trim(std::string(groups[0]));
        while (!phrase.empty() && std::string(".!?:;-").find(phrase[0]) != std::string::npos)
            phrase = trim(phrase.substr(1));
        out.push_back({*month, year_from_text(std::string(groups[2])), collapse_whitespace(phrase)});
    }
}

void check_comment(const Record& r, YearMonth period, const PatternPack& p, Findings& out) {
    std::vector<MonthMention> mentions;
    for (const auto& pat : p.list("validate.current_month")) find_mentions(*pat.re, *r.comment, p, mentions);
    std::string quoted;
    for (const auto& m : mentions) {
        if (m.month == period.month) continue;
        if (m.year && *m.year != period.year) continue;  // plainly another year
        const std::string q = "'" + m.phrase + "'";
        if (quoted.find(q) == std::string::npos) quoted += (quoted.empty() ? "" : ", ") + q;
    }
    if (quoted.empty()) return;
    out.push_back(finding_about(r, Severity::warning, "comment-month",
                                "comment speaks of another month as the current one (" + quoted +
                                    ") but the report's period ends " + *r.report.period_end +
                                    " (" + month_name(period.month) + ")"));
}

}  // namespace

void comment_month(const ValidationContext& ctx, Findings& out) {
    for (const auto& report : ctx.input.reports)
        for (const auto& r : report.records) {
            auto period = year_month(r.report.period_end);
            if (r.comment && period) check_comment(r, *period, ctx.patterns, out);
        }
}

}  // namespace occx::rules
