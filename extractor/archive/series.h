#pragma once
// A measure's history as series: ids get reused for different measures over the years, so a
// series is a measure id plus a title that stays recognisably the same.
#include <set>
#include <unordered_map>
#include <string>
#include <vector>

#include "archive/archive_store.h"
#include "patterns/pattern_pack.h"

namespace occx {

// Titles whose token sets overlap this much (Jaccard) name the same measure.
inline constexpr double kSameTitleSimilarity = 0.5;

class TitleComparer {
public:
    // Uses series.title_qualifier and series.stop_word from the pack.
    explicit TitleComparer(const PatternPack& pack) : pack_(pack) {}
    // Lower-cased words of the title without its trailing date qualifier and stop words.
    std::set<std::string> tokens(const std::string& title) const;
    double similarity(const std::string& a, const std::string& b) const;
    bool same_measure(const std::string& a, const std::string& b) const {
        return similarity(a, b) >= kSameTitleSimilarity;
    }
    // Whether title b continues a series whose latest title is a: the same measure, or one
    // title's words all within the other's (a title cut short, or a rewording that only
    // drops or adds words, such as a qualifier).
    bool continues(const std::string& a, const std::string& b) const;
    // Whether the record's own warnings say its title was read only in part.
    bool partial_title(const Record& r) const;

private:
    std::set<std::string> read_tokens(const std::string& title) const;
    const PatternPack& pack_;
    // A title's tokens, read once: a series compares each title with many others. A comparer
    // belongs to one thread (each command or back-fill stage makes its own).
    mutable std::unordered_map<std::string, std::set<std::string>> tokens_;
};

double jaccard(const std::set<std::string>& a, const std::set<std::string>& b);

struct Series {
    int number = 1;             // 1, 2 ... in period order
    std::string title;          // the first title the series shows ("" when none is known)
    std::vector<StoredObservation> observations;
};

// Splits observations (in period order) where the title changes in substance: a new series
// starts only where an observation's title does not continue (TitleComparer::continues) the
// current series' latest title. An observation without a title, or with one its record flags
// as partial, stays in the current series and leaves its title as it was.
std::vector<Series> split_series(const std::vector<StoredObservation>& observations,
                                 const TitleComparer& titles);

}  // namespace occx
