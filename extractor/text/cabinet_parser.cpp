#include "text/cabinet_parser.h"

namespace occx {

bool looks_like_cabinet_report(const std::vector<std::string>&, const PatternPack&) { return false; }

CabinetReport parse_cabinet_lines(const std::vector<std::string>&, const PatternPack&) { return {}; }

}  // namespace occx
