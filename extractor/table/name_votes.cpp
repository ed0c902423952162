#include "table/name_votes.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <sstream>
#include <string>

#include "util/text.h"

namespace occx {

namespace {

// A slip is at most one edit in this many characters of the name it is taken for ("Tremiett"
// for "Tremlett"); two people's names differ by more.
constexpr size_t kCharsPerSlip = 8;
// A slip is in a word of at least this many letters: initials that differ ("Cllr A Bellamy",
// "Cllr T Bellamy") are as likely two councillors as one misread.
constexpr size_t kMinSlipWordLetters = 3;
// Rows a name must be read on, whole, before another reading is taken for a slip of it, and it
// must be read on more rows than that reading.
constexpr int kMinWitnesses = 2;

using Counts = std::map<std::string, int>;

std::vector<std::string> words_of(const std::string& s) {
    std::istringstream in(s);
    std::vector<std::string> words;
    for (std::string w; in >> w;) words.push_back(w);
    return words;
}

// A word a name may hold: an initial, or a capitalised word of letters.
bool name_word(const std::string& w) {
    return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])) &&
           std::all_of(w.begin() + 1, w.end(), [](unsigned char c) { return std::isalpha(c) || c == '-' || c == '\''; });
}

// Whether the words of name hold read's words in order, and more, each a name's word.
bool fuller_name(const std::vector<std::string>& read, const std::vector<std::string>& name) {
    if (read.empty() || read.size() >= name.size()) return false;
    size_t matched = 0;
    for (const auto& w : name) {
        if (matched < read.size() && w == read[matched]) ++matched;
        else if (!name_word(w)) return false;
    }
    return matched == read.size();
}

// Whether read is name with a letter or so misread inside a word of a few letters.
bool slip_of(const std::vector<std::string>& read, const std::vector<std::string>& name, size_t name_chars) {
    if (read.size() != name.size()) return false;
    size_t edits = 0;
    for (size_t i = 0; i < read.size(); ++i) {
        if (read[i] == name[i]) continue;
        if (std::min(read[i].size(), name[i].size()) < kMinSlipWordLetters) return false;
        edits += edit_distance(read[i], name[i]);
    }
    return edits <= std::max<size_t>(1, name_chars / kCharsPerSlip);
}

// The one reading of counts that `read` can only be a slip of; "" when none or several fit.
std::string name_for(const std::string& read, const Counts& counts) {
    const std::vector<std::string> words = words_of(read);
    const int read_count = counts.at(read);
    std::string found;
    int fits = 0;
    for (const auto& [name, count] : counts) {
        if (name == read || count < kMinWitnesses || count <= read_count) continue;
        const std::vector<std::string> name_words = words_of(name);
        // A name read short on several rows is likelier another name, always cut the same way.
        if ((read_count == 1 && fuller_name(words, name_words)) || slip_of(words, name_words, name.size())) {
            found = name;
            ++fits;
        }
    }
    return fits == 1 ? found : "";
}

void settle_field(std::vector<Record>& records, OptString Record::*field, const std::string& label) {
    Counts counts;
    for (const Record& r : records)
        if (r.*field) ++counts[*(r.*field)];
    std::map<std::string, std::string> taken;
    for (const auto& entry : counts)
        if (std::string name = name_for(entry.first, counts); !name.empty()) taken[entry.first] = name;
    for (Record& r : records) {
        if (!(r.*field) || r.source.method != "ocr") continue;
        const auto it = taken.find(*(r.*field));
        if (it == taken.end()) continue;
        r.warnings.push_back(label + " read as '" + it->first + "': taken as '" + it->second +
                             "', as the document prints it on " + std::to_string(counts[it->second]) + " other rows");
        r.*field = it->second;
    }
}

}  // namespace

void settle_names_by_vote(std::vector<Record>& records) {
    settle_field(records, &Record::director, "director");
    settle_field(records, &Record::portfolio_holder, "portfolio holder");
}

}  // namespace occx
