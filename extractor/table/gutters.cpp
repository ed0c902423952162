#include "table/gutters.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <limits>

#include "util/text.h"

namespace occx {

namespace {

constexpr size_t kMinGutter = 3;  // points: wider than a word space
constexpr int kAlignSlack = 1;    // points either side of a strip's edge that count as aligned
// Words crossing a gutter, as a share of the busiest strip's, that still leave it a gutter.
constexpr double kGutterNoiseShare = 0.05;
// Points of page width that get evidence strips: the largest page side PDF allows (200 inches,
// ISO 32000 annex C). A page may declare any width; memory must not follow it.
constexpr double kMaxEvidenceWidth = 14400;

size_t evidence_strips(double page_width) {
    const double width = std::isfinite(page_width) ? std::clamp(std::ceil(page_width), 1.0, kMaxEvidenceWidth) : 1.0;
    return static_cast<size_t>(width) + 1;
}

size_t bin_of(double x, size_t bins) { return static_cast<size_t>(std::clamp(x, 0.0, double(bins - 1))); }

int aligned_near(const std::vector<int>& counts, size_t at) {
    int n = 0;
    for (size_t b = at > size_t(kAlignSlack) ? at - kAlignSlack : 0; b <= at + kAlignSlack && b < counts.size(); ++b)
        n += counts[b];
    return n;
}

struct Run {
    size_t start = 0, len = 0;
    int score = -1;
};

// The best run in [from, to) of strips covered by at most `level` words: the one most words
// align against, then the widest; else the longest such run (shorter than a gutter).
Run best_run_at(const ColumnEvidence& ev, size_t from, size_t to, int level) {
    const auto& cov = ev.coverage;
    Run best, longest;
    for (size_t b = from; b < to;) {
        if (cov[b] > level) {
            ++b;
            continue;
        }
        Run r{b, 0, 0};
        while (b < to && cov[b] <= level) ++b;
        r.len = b - r.start;
        if (r.len > longest.len) longest = r;
        if (r.len < kMinGutter) continue;
        r.score = aligned_near(ev.starts, r.start + r.len) + aligned_near(ev.ends, r.start);
        if (r.score > best.score || (r.score == best.score && r.len > best.len)) best = r;
    }
    return best.len ? best : longest;
}

// The chosen run of least-covered strips in [from, to), or an empty run when none qualifies.
// Where no empty strip is a gutter's width (a long word or two in a wrapped cell run into
// it), strips crossed by a few words still are: that noise is a small share of the busiest
// strip's words.
Run best_gutter(const ColumnEvidence& ev, size_t from, size_t to) {
    // Labels less than a strip apart ("1.5" to "2.6" holds no whole strip) leave nothing to
    // choose, and an empty range's least coverage would be int's maximum.
    if (from >= to) return {};
    const auto& cov = ev.coverage;
    int least = std::numeric_limits<int>::max(), most = 0;
    for (size_t b = from; b < to; ++b) {
        least = std::min(least, cov[b]);
        most = std::max(most, cov[b]);
    }
    Run clean = best_run_at(ev, from, to, least);
    if (clean.len >= kMinGutter) return clean;
    const int noise = std::max(1, static_cast<int>(kGutterNoiseShare * most));
    Run noisy = best_run_at(ev, from, to, least + noise);
    return noisy.len >= kMinGutter ? noisy : clean;
}

}  // namespace

ColumnEvidence::ColumnEvidence(double page_width)
    : coverage(evidence_strips(page_width), 0),
      starts(coverage.size(), 0),
      ends(coverage.size(), 0),
      numbers(coverage.size(), 0) {}

void ColumnEvidence::add(const std::vector<const Line*>& body) {
    const size_t n = coverage.size();
    lines += body.size();
    for (const auto* line : body)
        for (const auto* w : line->words) {
            size_t b0 = bin_of(w->box.x0, n), b1 = bin_of(w->box.x1, n);
            const bool number = is_number_word(w->text);
            for (size_t b = b0; b < b1; ++b) {
                ++coverage[b];
                numbers[b] += number;
            }
            ++starts[b0];
            ++ends[b1];
        }
}

namespace {

// A coordinate as a whole number for a signature, whatever a damaged page says it is (huge,
// infinite or not a number would overflow the conversion).
long long signature_number(double v) {
    if (!std::isfinite(v)) return 0;
    return static_cast<long long>(std::clamp(v, -1e12, 1e12));
}

}  // namespace

std::string evidence_signature(const Header& header, double page_width) {
    std::string signature = std::to_string(signature_number(page_width));
    for (const auto& c : header.columns)
        signature += "|" + (c.key.empty() ? "@" + std::to_string(signature_number(c.label_x0 / 4)) : c.key);
    return signature;
}

void set_column_extents(Header& header, const ColumnEvidence& evidence) {
    auto& cols = header.columns;
    if (cols.empty()) return;
    const double last_bin = double(evidence.coverage.size() - 1);
    cols.front().x0 = -std::numeric_limits<double>::infinity();
    cols.back().x1 = std::numeric_limits<double>::infinity();
    for (size_t i = 0; i + 1 < cols.size(); ++i) {
        // A boundary never cuts a label: labels sit inside their columns.
        double lo = std::clamp(cols[i].label_x1, 0.0, last_bin);
        double hi = std::clamp(cols[i + 1].label_x0, 0.0, last_bin);
        double boundary = (cols[i].label_x1 + cols[i + 1].label_x0) / 2;
        if (hi > lo + 1) {
            Run r = best_gutter(evidence, size_t(std::ceil(lo)), size_t(hi));
            if (r.len) boundary = r.start + r.len / 2.0;
        }
        cols[i].x1 = boundary;
        cols[i + 1].x0 = boundary;
    }
}

void set_missing_extents(Header& header, const ColumnEvidence& evidence) {
    Header fresh = header;
    set_column_extents(fresh, evidence);
    auto& cols = header.columns;
    for (size_t i = 0; i < cols.size(); ++i) {
        if (cols[i].x0 != cols[i].x1) continue;
        cols[i].x0 = fresh.columns[i].x0;
        cols[i].x1 = fresh.columns[i].x1;
        if (i > 0) cols[i - 1].x1 = cols[i].x0;
        if (i + 1 < cols.size()) cols[i + 1].x0 = cols[i].x1;
    }
}

// A cell value rather than prose: digits, with at most the punctuation numbers are printed with,
// or "n/a", which a value column prints where it has no figure.
bool is_number_word(const std::string& text) {
    if (text.size() == 3 && to_lower_ascii(text) == "n/a") return true;
    size_t digits = 0, other = 0;
    for (unsigned char c : text) {
        if (std::isdigit(c)) ++digits;
        else if (!std::strchr(".,%()-+£$]|[", c)) ++other;
    }
    return digits > 0 && other <= 1;
}

size_t column_at(const Header& header, double x) {
    for (size_t i = 0; i < header.columns.size(); ++i)
        if (x < header.columns[i].x1) return i;
    return header.columns.size() - 1;
}

}  // namespace occx
