#pragma once
// Small statistics over measurements (word heights, gaps, shifts).
#include <vector>

namespace occx {

// The middle value (the upper of the two middle ones for an even count); 0 for none.
double median(std::vector<double> v);

}  // namespace occx
