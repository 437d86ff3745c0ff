// Finding an exam by file path or by id, the same way for the window, its
// scripts and the command line; and checking it against the library it draws from.
#pragma once

#include "base/diagnostics.hpp"
#include "json/json_document.hpp"
#include "model/exam.hpp"
#include "model/reference_data.hpp"
#include "validation/case_library.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace core {

// A path to an existing file is taken as it is; anything else is an exam id
// (or file name without .json) looked up in the folders, in order.
[[nodiscard]] Result<std::filesystem::path> findExamFile(const std::string& idOrPath, const std::vector<std::filesystem::path>& folders);

// An exam read and checked against the cases it may use: the exam, its cases
// by id, and each case's library entry.
struct ExamWithCases {
    Exam exam;
    CaseById byId;
    std::map<std::string, const CaseEntry*> entries;
};

// Reads the exam and checks its meaning against the library (its cases
// exist, pools can be filled, the profile exists). Errors are located in doc.
[[nodiscard]] Result<ExamWithCases> checkExamWithCases(JsonDocument& doc, const ReferenceData& data, const CaseLibrary& library);

} // namespace core
