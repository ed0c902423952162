#pragma once
// One error type carries context up to the CLI, which prints it as one line.
#include <stdexcept>
#include <string>

namespace occx {

class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Prefixes an error with where it happened ("file.pdf: page 3: ...").
[[noreturn]] inline void fail(const std::string& where, const std::string& what) {
    throw Error(where.empty() ? what : where + ": " + what);
}

}  // namespace occx
