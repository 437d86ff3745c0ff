// The official exam files a proctor collects against: the exam each result
// was sat on must be byte-for-byte the official one, or every field that
// differs is named (a doctored copy with pass mark 5 and 600 minutes, sat and
// signed honestly, is still refused).
#pragma once

#include "base/diagnostics.hpp"
#include "exam/exam_result.hpp"
#include "model/exam.hpp"

#include "json/json_document.hpp"
#include <filesystem>
#include <string>
#include <vector>

namespace core {

struct OfficialExam {
    std::filesystem::path file;
    std::string sha256; // of the file's bytes, as the exam session records it
    Json json;
    Exam exam;
};

// Reads and structure-checks one official exam file.
[[nodiscard]] Result<OfficialExam> loadOfficialExam(const std::filesystem::path& file);

// Loads each file; refuses two files with the same exam id (which would be official?).
[[nodiscard]] Result<std::vector<OfficialExam>>
loadOfficialExams(const std::vector<std::filesystem::path>& files);

// Empty when the result was sat on exactly the official exam. Otherwise one
// line per difference: the SHA-256, then each field as sat and as official
// ("pass_mark: as sat 5, official 70").
[[nodiscard]] std::vector<std::string> examDifferences(const ExamResult& result,
                                                       const OfficialExam& official);

} // namespace core
