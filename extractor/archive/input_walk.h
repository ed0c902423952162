#pragma once
// The files a back-fill reads: the named files, and every PDF or text input (.pdf, .txt, .md)
// found by walking the named directories, except those whose names say they are not reports
// (README.md, LICENSE.txt, hidden files).
#include <functional>
#include <istream>
#include <string>
#include <vector>

namespace occx {

struct WalkFailure {
    std::string path;
    std::string reason;
};

struct InputSet {
    std::vector<std::string> files;     // sorted within each directory walk, duplicates removed
    std::vector<std::string> not_inputs;  // files under the directories skipped by their names
    std::vector<WalkFailure> failures;  // missing paths, unreadable directories
    int other_shards = 0;               // inputs left to the other workers of a sharded run
};

// Whether this worker takes the input with this key: the path relative to the directory it
// was found under, or a named file's path as given (lexically normalised, '/' separated).
using InputFilter = std::function<bool(const std::string& key)>;

bool has_input_extension(const std::string& path);
// True for a name that is an input by its extension and not a project's own document.
bool is_input_name(const std::string& path);
InputSet collect_inputs(const std::vector<std::string>& paths, const InputFilter& keep = {});
// A list of inputs, one path a line (a manifest a scheduler hands out); blank lines are skipped.
std::vector<std::string> read_path_list(std::istream& in);

}  // namespace occx
