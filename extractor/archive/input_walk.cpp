#include "archive/input_walk.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "util/text.h"

namespace fs = std::filesystem;

namespace occx {

namespace {

// Documents that sit beside reports in a folder, with an input's extension but never a report.
const std::set<std::string> kDocumentStems = {"readme", "changelog", "changes", "license", "licence",
                                              "contributing", "copying", "authors", "todo"};

bool in_this_shard(const InputFilter& keep, const fs::path& key, InputSet& out) {
    if (!keep || keep(key.lexically_normal().generic_string())) return true;
    ++out.other_shards;
    return false;
}

void walk_directory(const std::string& dir, const InputFilter& keep, InputSet& out) {
    std::error_code ec;
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
        out.failures.push_back({dir, "cannot read directory: " + ec.message()});
        return;
    }
    for (; it != end; it.increment(ec)) {
        if (ec) {
            out.failures.push_back({dir, "cannot read directory: " + ec.message()});
            break;
        }
        std::error_code type_ec;
        if (!it->is_regular_file(type_ec)) continue;
        const std::string path = it->path().string();
        if (!is_input_name(path)) out.not_inputs.push_back(path);
        else if (in_this_shard(keep, it->path().lexically_relative(dir), out)) found.push_back(path);
    }
    std::sort(found.begin(), found.end());
    std::sort(out.not_inputs.begin(), out.not_inputs.end());
    out.files.insert(out.files.end(), found.begin(), found.end());
}

void remove_repeats(std::vector<std::string>& files) {
    std::set<std::string> seen;
    std::vector<std::string> kept;
    for (auto& f : files) {
        std::error_code ec;
        auto key = fs::weakly_canonical(f, ec).string();
        if (seen.insert(ec ? f : key).second) kept.push_back(std::move(f));
    }
    files = std::move(kept);
}

}  // namespace

bool has_input_extension(const std::string& path) {
    auto ext = to_lower_ascii(fs::path(path).extension().string());
    return ext == ".pdf" || ext == ".txt" || ext == ".md";
}

bool is_input_name(const std::string& path) {
    const fs::path p(path);
    const std::string name = p.filename().string();
    if (name.empty() || name[0] == '.') return false;
    return has_input_extension(path) && !kDocumentStems.count(to_lower_ascii(p.stem().string()));
}

InputSet collect_inputs(const std::vector<std::string>& paths, const InputFilter& keep) {
    InputSet out;
    for (const auto& p : paths) {
        std::error_code ec;
        auto status = fs::status(p, ec);
        if (fs::is_directory(status)) walk_directory(p, keep, out);
        else if (!in_this_shard(keep, p, out)) continue;
        else if (fs::exists(status)) out.files.push_back(p);  // named files are read whatever their name
        else out.failures.push_back({p, "cannot read file"});
    }
    remove_repeats(out.files);
    return out;
}

std::vector<std::string> read_path_list(std::istream& in) {
    std::vector<std::string> out;
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();  // a list written on Windows
        if (!line.empty()) out.push_back(std::move(line));
    }
    return out;
}

}  // namespace occx
