// The Report as JSON: the one serialisation the CLI, exports and tools share.
#pragma once

#include "json/json_document.hpp"
#include "grading/report.hpp"

namespace core {

Json reportToJson(const Report& report);

} // namespace core
