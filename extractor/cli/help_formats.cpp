#include "cli/help_formats.h"

#include <sstream>

namespace occx::cli {

namespace {

// roff: a backslash is an escape, a leading dot or quote a request, '-' a hyphen.
std::string roff(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '\\') out += "\\e";
        else if (c == '-') out += "\\-";
        else out += c;
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\'')) out = "\\&" + out;
    return out;
}

std::string option_words(const OptionSpec& o) {
    std::string words = "--" + o.name;
    if (o.short_name) words += std::string(" -") + o.short_name;
    return words;
}

// The values the completion offers after an option, or "" for files.
std::string value_words(const OptionSpec& o) {
    if (o.name == "format") return "table csv json jsonl text html";
    if (o.name == "ocr") return "auto never always";
    if (o.name == "input-format") return "auto pdf text";
    if (o.name == "min-severity") return "info warning error";
    return "";
}

}  // namespace

std::string man_page(const std::vector<CommandSpec>& specs, const std::string& version) {
    std::ostringstream out;
    out << ".TH OCCX 1 \"\" \"occx " << version << "\" \"User Commands\"\n"
        << ".SH NAME\noccx \\- turn Oxfordshire County Council performance reports into records, archive and check them\n"
        << ".SH SYNOPSIS\n.B occx\n\\fICOMMAND\\fR [\\fIOPTIONS\\fR] ...\n.br\n.B occx help\n\\fICOMMAND\\fR\n"
        << ".SH DESCRIPTION\noccx reads report PDFs (text layer or scanned) and text made from them, writes one record "
           "per measure, keeps them in an archive (SQLite or PostgreSQL), finds contradictions and draws the "
           "history as an HTML page.\n"
           ".PP\nEvery command that writes takes \\fB\\-o\\fR \\fIFILE\\fR, written atomically (a failed run leaves "
           "an existing file as it was); the format follows the file's extension unless \\fB\\-f\\fR is given. "
           "Short options combine (\\fB\\-vj2\\fR).\n"
        << ".SH COMMANDS\n";
    for (const auto& s : specs) {
        out << ".SS " << s.name << "\n" << roff(s.usage) << "\n.PP\n" << roff(s.summary) << ".\n";
        for (const auto& o : s.options) {
            out << ".TP\n";
            if (o.short_name) out << "\\fB\\-" << o.short_name << "\\fR, ";
            out << "\\fB\\-\\-" << roff(o.name) << "\\fR";
            if (o.takes_value) out << " \\fI" << roff(o.value_name) << "\\fR";
            out << "\n" << roff(o.help) << "\n";
        }
    }
    out << ".SH EXIT STATUS\n0 success; 1 findings (validate); 2 usage or input error; 3 some inputs of a batch "
           "failed and the rest succeeded.\n"
        << ".SH ENVIRONMENT\n.TP\n.B NO_COLOR\nwhen set (to anything), no colour even on a terminal.\n"
        << ".TP\n.B OCCX_MAX_INPUT_MB, OCCX_MAX_TEXT_MB, OCCX_MAX_PAGES, OCCX_MAX_RENDER_MPX, OCCX_RENDER_TIMEOUT\n"
           "limits for hostile input, as the options of the same names.\n"
        << ".SH SEE ALSO\nThe README and docs/ of the occx source.\n";
    return out.str();
}

std::string bash_completion(const std::vector<CommandSpec>& specs) {
    std::ostringstream out;
    std::string names;
    for (const auto& s : specs) names += (names.empty() ? "" : " ") + s.name;
    out << "# bash completion for occx (made by 'occx help --bash-completion')\n"
        << "_occx() {\n"
        << "  local cur=\"${COMP_WORDS[COMP_CWORD]}\" prev=\"${COMP_WORDS[COMP_CWORD-1]}\" opts=\"\" words=\"\"\n"
        << "  if [ \"$COMP_CWORD\" -eq 1 ]; then\n"
        << "    COMPREPLY=($(compgen -W \"" << names << " help --help --version\" -- \"$cur\")); return\n  fi\n"
        << "  case \"${COMP_WORDS[1]}\" in\n"
        << "    help) COMPREPLY=($(compgen -W \"" << names << "\" -- \"$cur\")); return ;;\n";
    for (const auto& s : specs) {
        std::string opts, value_cases;
        for (const auto& o : s.options) {
            opts += (opts.empty() ? "" : " ") + option_words(o);
            if (!o.takes_value) continue;
            std::string pattern = "--" + o.name + (o.short_name ? std::string("|-") + o.short_name : "");
            const std::string values = value_words(o);
            const bool path = o.value_name == "FILE" || o.value_name == "DIR" || o.value_name == "URL";
            const std::string reply = !values.empty() ? "$(compgen -W \"" + values + "\" -- \"$cur\")"
                                      : path          ? "$(compgen -f -- \"$cur\")"
                                                      : "";  // a number, a month, an id: nothing to offer
            value_cases += "        " + pattern + ") COMPREPLY=(" + reply + "); return ;;\n";
        }
        out << "    " << s.name << ")\n      case \"$prev\" in\n" << value_cases << "      esac\n      opts=\"" << opts
            << " --help\"" << (s.name == "list" ? "; words=\"measures reports\"" : "") << " ;;\n";
    }
    out << "  esac\n"
        << "  if [[ \"$cur\" == -* ]]; then COMPREPLY=($(compgen -W \"$opts\" -- \"$cur\"));\n"
        << "  elif [ -n \"$words\" ]; then COMPREPLY=($(compgen -W \"$words\" -- \"$cur\"));\n"
        << "  else COMPREPLY=($(compgen -f -- \"$cur\")); fi\n"
        << "}\n"
        << "complete -o filenames -F _occx occx\n";
    return out.str();
}

}  // namespace occx::cli
