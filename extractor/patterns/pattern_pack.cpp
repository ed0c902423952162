#include "patterns/pattern_pack.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "patterns/pack_rules.h"
#include "util/error.h"
#include "util/text.h"

namespace fs = std::filesystem;

namespace occx {

// An entry as written, before its pattern is compiled.
struct PatternEntry {
    std::string key;  // "<stem>.<key>"
    std::string regex;
    std::optional<std::string> rewrite;
    std::string where;
};

namespace {

const std::string kRewriteArrow = " => ";

std::string file_stem(const std::string& name) {
    auto base = base_name(name);
    auto dot = base.rfind('.');
    return dot == std::string::npos ? base : base.substr(0, dot);
}

std::vector<PatternEntry> parse_entries(const std::string& name, std::string_view text) {
    const std::string stem = file_stem(name);
    std::vector<PatternEntry> entries;
    auto lines = split(text, '\n');
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string line = lines[i];
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::string trimmed = trim(line);
        if (trimmed.empty() || trimmed[0] == '#') continue;
        const std::string where = name + ":" + std::to_string(i + 1);
        auto eq = line.find(" = ");
        if (eq == std::string::npos) fail(where, "expected 'key = pattern'");
        std::string key = trim(line.substr(0, eq));
        if (key.empty() || key.find_first_of(" \t.") != std::string::npos)
            fail(where, "bad key '" + key + "'");
        std::string body = line.substr(eq + 3);
        std::optional<std::string> rewrite;
        if (auto arrow = body.find(kRewriteArrow); arrow != std::string::npos) {
            rewrite = body.substr(arrow + kRewriteArrow.size());
            body = body.substr(0, arrow);
        }
        if (body.empty()) fail(where, "empty pattern");
        entries.push_back({stem + "." + key, std::move(body), std::move(rewrite), where});
    }
    return entries;
}

// The key's answer for text: remembered, or worked out by compute and remembered.
template <class Compute>
MemoAnswer ask_once(MatchMemo& memo, const std::vector<Pattern>& list, MatchMemo::Ask ask, std::string_view text,
                    Compute compute) {
    if (auto known = memo.find(&list, ask, text)) return *std::move(known);
    MemoAnswer answer = compute();
    memo.store(&list, ask, text, answer);
    return answer;
}

// Whether any of a key's entries matches text (match says how), remembered.
template <class Match>
bool any_entry_matches(MatchMemo& memo, const std::vector<Pattern>& entries, MatchMemo::Ask ask,
                       std::string_view text, Match match) {
    return ask_once(memo, entries, ask, text, [&] {
               for (const auto& p : entries)
                   if (match(text, *p.re)) return MemoAnswer{true, std::nullopt};
               return MemoAnswer{};
           }).matched;
}

}  // namespace

void PatternPack::add_entries(std::vector<PatternEntry> entries) {
    for (auto& e : entries) {
        auto [it, added] = entries_.try_emplace(e.key);
        if (added) key_order_.push_back(&it->second);
        it->second.add(Pattern{nullptr, std::move(e.rewrite), std::move(e.where), std::move(e.regex)});
    }
    memo_->clear();  // a key given more entries may answer differently
}

void PatternPack::add_file(const std::string& name, std::string_view text) {
    add_entries(parse_entries(name, text));
    compile_all();
}

void PatternPack::compile_all() const {
    for (const PatternKey* key : key_order_) key->compiled();
}

PatternPack PatternPack::load(const std::string& dir) {
    PatternPack pack;
    pack.dir_ = dir;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) fail(dir, "pattern directory not found");
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.path().extension() == ".re2") files.push_back(entry.path());
    if (files.empty()) fail(dir, "no *.re2 pattern files");
    std::sort(files.begin(), files.end());
    std::vector<PatternEntry> entries;
    for (const auto& f : files) {
        auto in_file = parse_entries(f.string(), read_file(f.string()));
        // An emptied file would silently remove every key it held.
        if (in_file.empty()) fail(f.string() + ":1", "no entries in the pattern file");
        for (auto& e : in_file) entries.push_back(std::move(e));
    }
    pack.add_entries(std::move(entries));
    check_pack_rules(pack);
    return pack;
}

bool PatternPack::has(std::string_view key) const { return entries_.find(key) != entries_.end(); }

const std::vector<Pattern>& PatternPack::list(std::string_view key) const {
    auto it = entries_.find(key);
    if (it == entries_.end())
        fail(dir_, "pattern '" + std::string(key) + "' is missing from the pattern pack");
    return it->second.compiled();
}

const RE2& PatternPack::one(std::string_view key) const { return *list(key).front().re; }

bool PatternPack::matches_any(std::string_view key, std::string_view text) const {
    return any_entry_matches(*memo_, list(key), MatchMemo::Ask::partial, text,
                             [](std::string_view t, const RE2& re) { return RE2::PartialMatch(t, re); });
}

bool PatternPack::full_matches_any(std::string_view key, std::string_view text) const {
    return any_entry_matches(*memo_, list(key), MatchMemo::Ask::full, text,
                             [](std::string_view t, const RE2& re) { return RE2::FullMatch(t, re); });
}

std::optional<std::string> PatternPack::classify(std::string_view key, std::string_view text) const {
    const auto& entries = list(key);
    return ask_once(*memo_, entries, MatchMemo::Ask::classify, text, [&] {
               for (const auto& p : entries) {
                   if (!p.rewrite || !RE2::FullMatch(text, *p.re)) continue;
                   std::string out(text);
                   RE2::Replace(&out, *p.re, *p.rewrite);
                   return MemoAnswer{true, std::move(out)};
               }
               return MemoAnswer{};
           }).rewritten;
}

std::string PatternPack::apply_rewrites(std::string_view key, std::string_view text) const {
    std::string out(text);
    for (const auto& p : list(key))
        if (p.rewrite) RE2::GlobalReplace(&out, *p.re, *p.rewrite);
    return out;
}

std::string resolve_patterns_dir(const std::optional<std::string>& override_dir) {
    if (override_dir) return *override_dir;
    if (const char* env = std::getenv("OCCX_PATTERNS"); env && *env) return env;
    std::error_code ec;
    if (fs::is_directory(OCCX_INSTALL_PATTERNS_DIR, ec)) return OCCX_INSTALL_PATTERNS_DIR;
    return OCCX_SOURCE_PATTERNS_DIR;
}

}  // namespace occx
