#pragma once
// The files a back-fill reads: the named files, and every PDF or text input (.pdf, .txt, .md)
// found by walking the named directories.
#include <string>
#include <vector>

namespace occx {

struct WalkFailure {
    std::string path;
    std::string reason;
};

struct InputSet {
    std::vector<std::string> files;     // sorted within each directory walk, duplicates removed
    int not_inputs = 0;                 // files under the directories that are not inputs
    std::vector<WalkFailure> failures;  // missing paths, unreadable directories
};

bool has_input_extension(const std::string& path);
InputSet collect_inputs(const std::vector<std::string>& paths);

}  // namespace occx
