// The Report as JSON: the one serialisation the CLI, exports and tools share.
#pragma once

#include "json/json_document.hpp"
#include "grading/report.hpp"
#include "base/diagnostics.hpp"

#include <string>

namespace core {

Json reportToJson(const Report& report);

// The inverse of reportToJson, for reports saved in attempt records (the
// progress store imports them). `pointer` locates the report in its file.
// Line item ids are split back into kind, subject and aspect; a verdict and
// teaching point come back as one explanation (the teaching text).
Report readReport(const Json& root, Diagnostics& diagnostics, const std::string& pointer = "");

} // namespace core
