#include "util/module_loader.h"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>
#include <vector>

#include "util/error.h"
#include "util/text.h"

namespace occx {

namespace {

namespace fs = std::filesystem;

fs::path executable_dir() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
}

std::vector<fs::path> module_dirs() {
    std::vector<fs::path> dirs;
    if (const char* env = std::getenv("OCCX_MODULES"); env && *env) dirs.emplace_back(env);
    const fs::path exe_dir = executable_dir();
    if (!exe_dir.empty()) {
        dirs.push_back(exe_dir / OCCX_MODULES_FROM_BUILD_BIN);
        dirs.push_back(exe_dir / OCCX_MODULES_FROM_INSTALL_BIN);
    }
    return dirs;
}

void* open_module(const std::string& file, const std::string& purpose) {
    std::string why;
    for (const fs::path& dir : module_dirs()) {
        const fs::path path = dir / file;
        std::error_code ec;
        if (!fs::exists(path, ec)) continue;
        if (void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL)) return handle;
        const char* error = dlerror();
        why = collapse_whitespace(error ? error : "cannot be loaded");
        break;  // a module that is there but broken is reported, not passed over
    }
    if (why.empty())
        fail("", purpose + " needs occx's module " + file + ", not found in " + module_search_path() +
                     " (set OCCX_MODULES to its directory)");
    fail("", purpose + " needs occx's module " + file + ", which cannot be loaded: " + why);
}

}  // namespace

std::string module_search_path() {
    std::vector<std::string> parts;
    for (const fs::path& dir : module_dirs()) parts.push_back(dir.lexically_normal().string());
    return join(parts, ":");
}

void* module_symbol(const std::string& file, const char* symbol, const std::string& purpose) {
    static std::mutex mu;
    static std::map<std::string, void*> handles;  // never closed: modules live as long as the process
    std::lock_guard lock(mu);
    void*& handle = handles[file];
    if (!handle) handle = open_module(file, purpose);
    void* address = dlsym(handle, symbol);
    if (!address) fail("", purpose + ": occx's module " + file + " lacks " + symbol + " (reinstall occx)");
    return address;
}

}  // namespace occx
