// The readable, terminal version of a Report.
#pragma once

#include "grading/report.hpp"

#include <string>

namespace cli {

std::string formatReportText(const core::Report& report, const std::string& caseTitle);

} // namespace cli
