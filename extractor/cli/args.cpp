#include "cli/args.h"

#include <algorithm>
#include <sstream>

namespace occx::cli {

namespace {

const OptionSpec* find_long(const CommandSpec& spec, const std::string& name) {
    for (const auto& o : spec.options)
        if (o.name == name) return &o;
    return nullptr;
}

const OptionSpec* find_short(const CommandSpec& spec, char c) {
    for (const auto& o : spec.options)
        if (o.short_name == c) return &o;
    return nullptr;
}

UsageError unknown_option(const CommandSpec& spec, const std::string& shown) {
    return UsageError{"unknown option '" + shown + "' for '" + spec.name + "' (see occx help " + spec.name + ")"};
}

}  // namespace

// "-vj2", "-qv", "-ofile": flags one after another, the last may take the rest as its value
// (or the next argument). Returns the index of the last argument used.
size_t Args::parse_short_cluster(const CommandSpec& spec, const std::vector<std::string>& argv, size_t i) {
    const std::string& arg = argv[i];
    for (size_t k = 1; k < arg.size(); ++k) {
        const OptionSpec* opt = find_short(spec, arg[k]);
        if (!opt) throw unknown_option(spec, std::string("-") + arg[k]);
        if (!opt->takes_value) {
            values_.emplace(opt->name, "");
            continue;
        }
        if (k + 1 < arg.size()) {
            values_.emplace(opt->name, arg.substr(k + 1));
        } else {
            if (i + 1 >= argv.size()) throw UsageError{std::string("option '-") + arg[k] + "' needs a value"};
            values_.emplace(opt->name, argv[++i]);
        }
        return i;
    }
    return i;
}

Args Args::parse(const CommandSpec& spec, const std::vector<std::string>& argv) {
    Args a;
    bool only_positional = false;
    for (size_t i = 0; i < argv.size(); ++i) {
        const std::string& arg = argv[i];
        if (only_positional || arg == "-" || arg.size() < 2 || arg[0] != '-') {
            a.positional_.push_back(arg);
            continue;
        }
        if (arg == "--") {
            only_positional = true;
            continue;
        }
        if (arg.rfind("--", 0) != 0) {
            i = a.parse_short_cluster(spec, argv, i);
            continue;
        }
        std::string name = arg.substr(2);
        std::optional<std::string> inline_value;
        if (auto eq = name.find('='); eq != std::string::npos) {
            inline_value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        const OptionSpec* opt = find_long(spec, name);
        if (!opt) throw unknown_option(spec, "--" + name);
        if (!opt->takes_value) {
            if (inline_value) throw UsageError{"option '--" + name + "' takes no value"};
            a.values_.emplace(opt->name, "");
            continue;
        }
        if (!inline_value) {
            if (i + 1 >= argv.size()) throw UsageError{"option '--" + name + "' needs a value"};
            inline_value = argv[++i];
        }
        a.values_.emplace(opt->name, *inline_value);
    }
    return a;
}

bool Args::flag(const std::string& name) const { return values_.count(name) > 0; }

std::optional<std::string> Args::value(const std::string& name) const {
    auto range = values_.equal_range(name);
    if (range.first == range.second) return std::nullopt;
    return std::prev(range.second)->second;  // the last one given wins
}

std::vector<std::string> Args::values(const std::string& name) const {
    std::vector<std::string> out;
    auto range = values_.equal_range(name);
    for (auto it = range.first; it != range.second; ++it) out.push_back(it->second);
    return out;
}

std::string Args::value_or(const std::string& name, const std::string& fallback) const {
    return value(name).value_or(fallback);
}

std::optional<int> Args::int_value(const std::string& name, int min, int max) const {
    auto v = value(name);
    if (!v) return std::nullopt;
    try {
        size_t used = 0;
        int n = std::stoi(*v, &used);
        if (used == v->size() && n >= min && n <= max) return n;
    } catch (const std::exception&) {
    }
    throw UsageError{"option '--" + name + "' needs a whole number from " + std::to_string(min) +
                     " to " + std::to_string(max) + ", not '" + *v + "'"};
}

std::string Args::choice(const std::string& name, const std::vector<std::string>& choices,
                         const std::string& fallback) const {
    auto v = value(name);
    if (!v) return fallback;
    if (std::find(choices.begin(), choices.end(), *v) != choices.end()) return *v;
    std::string list;
    for (const auto& c : choices) list += (list.empty() ? "" : ", ") + c;
    throw UsageError{"option '--" + name + "' must be one of " + list + ", not '" + *v + "'"};
}

std::string help_text(const CommandSpec& spec) {
    std::ostringstream out;
    out << "Usage: " << spec.usage << "\n\n" << spec.summary << "\n";
    if (spec.options.empty()) return out.str();
    out << "\nOptions:\n";
    for (const auto& o : spec.options) {
        std::string left = o.short_name ? std::string("  -") + o.short_name + ", " : "      ";
        left += "--" + o.name;
        if (o.takes_value) left += " " + o.value_name;
        if (left.size() < 28) left.resize(28, ' ');
        else left += "\n" + std::string(28, ' ');
        out << left << o.help << "\n";
    }
    return out.str();
}

}  // namespace occx::cli
