#pragma once
// The files a back-fill reads: the named files, and every PDF or text input (.pdf, .txt, .md)
// found by walking the named directories, except those whose names say they are not reports
// (README.md, LICENSE.txt, hidden files).
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
};

bool has_input_extension(const std::string& path);
// True for a name that is an input by its extension and not a project's own document.
bool is_input_name(const std::string& path);
InputSet collect_inputs(const std::vector<std::string>& paths);

}  // namespace occx
