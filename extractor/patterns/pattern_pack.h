#pragma once
// Pattern packs: RE2 patterns kept as data in patterns/*.re2, so that layouts and
// OCR repairs change without touching code.
//
// File format, one entry per line:   key = REGEX            (a match pattern)
//                                     key = REGEX => TEXT   (a rewrite; \1.. refer to groups)
// Blank lines and lines starting with '#' are ignored. A key may repeat: its entries form a
// list, tried in file order. Keys are addressed as "<file stem>.<key>", e.g. "ids.measure_id".
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <re2/re2.h>

#include "patterns/match_memo.h"
#include "patterns/pattern_key.h"
#include "util/string_hash.h"

namespace occx {

struct PatternEntry;

class PatternPack {
public:
    // Loads every *.re2 file of dir; throws occx::Error naming the file and line of a malformed
    // line. A key's patterns are compiled when it is first read, and a bad one is named then
    // (the keys code reads as one pattern, check_pack_rules, are read here).
    static PatternPack load(const std::string& dir);
    // Parses and compiles one file's text (exposed for tests).
    void add_file(const std::string& name, std::string_view text);
    // Compiles every key now; throws at the first bad entry.
    void compile_all() const;

    bool has(std::string_view key) const;
    // The entries of a key, compiled; throws occx::Error when the pack lacks it or an entry is bad.
    const std::vector<Pattern>& list(std::string_view key) const;
    const RE2& one(std::string_view key) const;

    // True when any entry of key matches part of text.
    bool matches_any(std::string_view key, std::string_view text) const;
    // True when any entry of key matches all of text.
    bool full_matches_any(std::string_view key, std::string_view text) const;
    // The rewrite text of the first entry of key that matches all of text: a classifier.
    std::optional<std::string> classify(std::string_view key, std::string_view text) const;
    // Applies every rewrite entry of key in order, globally; returns the result.
    std::string apply_rewrites(std::string_view key, std::string_view text) const;

    const std::string& dir() const { return dir_; }

private:
    // Takes each entry, in order, to be compiled when its key is read.
    void add_entries(std::vector<PatternEntry> entries);

    std::string dir_;
    std::unordered_map<std::string, PatternKey, StringHash, std::equal_to<>> entries_;
    std::vector<const PatternKey*> key_order_;  // as the files first give them (nodes stay put)
    // What keys answered for texts (the pack is immutable once loaded; add_file clears it).
    std::unique_ptr<MatchMemo> memo_ = std::make_unique<MatchMemo>();
};

// Where patterns live: the override when given, else $OCCX_PATTERNS, else the installed
// share/occx/patterns, else the source tree's patterns/ (a build that was not installed).
std::string resolve_patterns_dir(const std::optional<std::string>& override_dir);

}  // namespace occx
