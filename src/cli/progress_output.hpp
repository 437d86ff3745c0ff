// How `mntrainer progress` prints a summary: text for a person, JSON, and
// CSV (one row per attempt) for a spreadsheet.
#pragma once

#include "json/json_document.hpp"
#include "progress/progress_summary.hpp"
#include "progress/trainee_registry.hpp"

#include <string>

namespace cli {

[[nodiscard]] core::Json summaryJson(const core::Trainee& trainee, const core::ProgressSummary& s, double now);
// The summary's curve should hold every attempt (CurveDetail::Every).
void printSummaryCsv(const core::ProgressSummary& s);
void printSummaryText(const core::Trainee& trainee, const core::ProgressSummary& s);

} // namespace cli
