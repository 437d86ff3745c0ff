// What `mntrainer cohort --item-analysis` prints: core's item analysis of each
// exam as fixed-width text, JSON or CSV, and the cohort error map as text.
#pragma once

#include "cohort/item_analysis.hpp"
#include "json/json_document.hpp"

#include <string>
#include <vector>

namespace cli {

enum class ItemAnalysisFormat { Text, Json, Csv };

// Percentages as Moodle shows them: two decimals and "%" ("-" when undefined).
std::string percentText(const std::optional<double>& value);

std::string itemAnalysisText(const std::vector<core::CohortItemAnalysis>& exams);
core::Json itemAnalysisJson(const std::vector<core::CohortItemAnalysis>& exams);
// One row per item and one per test (level "cases" or "line_items").
std::string itemAnalysisCsv(const std::vector<core::CohortItemAnalysis>& exams);

} // namespace cli
