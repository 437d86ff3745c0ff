// Writing a handed-in exam's result files, each atomically and each with a
// detached minisign signature: the JSON record, the generic and Moodle
// gradebook CSVs and the xAPI statements. (Canvas needs its assignment id in
// the header, which a sitting cannot know: `cohort --csv canvas` writes it.)
#pragma once

#include "exam/exam_result.hpp"
#include "platform/signing.hpp"

#include <expected>
#include <filesystem>
#include <string>
#include <vector>

namespace core {

// "<exam>-<candidate id>-<submitted time>", safe as a file name.
std::string exportBaseName(const ExamResult& result);

// Writes every file (and its .minisig) into exportDir. On failure nothing is
// left half-written under a final name, and calling again retries.
[[nodiscard]] std::expected<std::vector<std::filesystem::path>, core::Error> writeExamExports(const ExamResult& result,
                                                                              const std::filesystem::path& exportDir,
                                                                              const SigningKey& key);

} // namespace core
