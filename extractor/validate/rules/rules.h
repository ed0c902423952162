#pragma once
// The rules validate runs: each one file in rules/, each with the common RuleFn signature.
#include "validate/context.h"

namespace occx::rules {

void status_vs_numbers(const ValidationContext& ctx, Findings& out);
void values(const ValidationContext& ctx, Findings& out);
void comment_month(const ValidationContext& ctx, Findings& out);
void comment_status(const ValidationContext& ctx, Findings& out);
void duplicates(const ValidationContext& ctx, Findings& out);
void across_months(const ValidationContext& ctx, Findings& out);
void cabinet_counts(const ValidationContext& ctx, Findings& out);
void cabinet_vs_annex(const ValidationContext& ctx, Findings& out);
void polarity_coverage(const ValidationContext& ctx, Findings& out);

}  // namespace occx::rules
