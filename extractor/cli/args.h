#pragma once
// A small GNU-style option parser: --name=value, --name value, -n value, -nVALUE, combined
// short options (-vj2), --, and one-line usage errors. Each command declares its options and gets them back by name.
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace occx::cli {

enum Exit : int { kOk = 0, kFindings = 1, kUsage = 2, kPartial = 3 };

struct OptionSpec {
    std::string name;   // long name without dashes
    char short_name;    // 0 when none
    bool takes_value;
    std::string value_name;  // shown in help: FILE, N, URL
    std::string help;
};

struct CommandSpec {
    std::string name;
    std::string usage;    // "occx extract [OPTIONS] FILE..."
    std::string summary;  // one line
    std::vector<OptionSpec> options;
};

// Thrown for a usage error; the CLI prints "occx: MESSAGE" and exits 2.
struct UsageError {
    std::string message;
};

class Args {
public:
    static Args parse(const CommandSpec& spec, const std::vector<std::string>& argv);

    bool flag(const std::string& name) const;
    std::optional<std::string> value(const std::string& name) const;
    // All values of a repeatable option, in order.
    std::vector<std::string> values(const std::string& name) const;
    std::string value_or(const std::string& name, const std::string& fallback) const;
    // A positive integer option; throws UsageError when it is not one.
    std::optional<int> int_value(const std::string& name, int min, int max) const;
    // The value must be one of choices.
    std::string choice(const std::string& name, const std::vector<std::string>& choices,
                       const std::string& fallback) const;
    const std::vector<std::string>& positional() const { return positional_; }

private:
    size_t parse_short_cluster(const CommandSpec& spec, const std::vector<std::string>& argv, size_t i);
    std::multimap<std::string, std::string> values_;
    std::vector<std::string> positional_;
};

std::string help_text(const CommandSpec& spec);

}  // namespace occx::cli
