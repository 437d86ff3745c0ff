// What `mntrainer cohort` tells the proctor: a table with one row per file
// (where it ended up and which machine signed it) and the same as a JSON
// report. The gradebook CSVs stay free of these columns so they import as is.
#pragma once

#include "cohort/cohort_batch.hpp"

#include "json/json_document.hpp"
#include <map>
#include <string>

namespace cli {

// Fixed-width text: FILE, STANDING, SIGNED BY, EXAM, CANDIDATE, TOTAL.
std::string cohortTable(const core::Cohort& cohort);

// exam id -> the CSV written for it ("" for standard output).
using WrittenBooks = std::map<std::string, std::string>;

core::Json cohortReportJson(const core::Cohort& cohort, const core::KeyRoster& roster,
                            const std::vector<core::OfficialExam>& officials,
                            const WrittenBooks& books);

} // namespace cli
