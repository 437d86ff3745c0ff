// A fast index of a large case library for exam commands: each case file's
// id, difficulty and tags, read from the head of the file without validating
// it. An exam draws from the index and then loads and validates only the
// cases it drew, so a sitting's commands do not re-validate 10,000 cases.
#pragma once

#include "validation/case_library.hpp"

#include <filesystem>
#include <vector>

namespace core {

// Every file under the folders whose top-level "kind" is "case". Each entry's
// `playable` holds only id, difficulty and tags, and `summaryOnly` is set:
// load the file itself before using anything else (ExamSession does).
[[nodiscard]] CaseLibrary indexCaseLibrary(const std::vector<std::filesystem::path>& folders);

// The same for the named cases only: each is looked for first as
// FOLDER/ID.json (the library's naming), and the folders are indexed in full
// only when one of them is not found that way. Cases found nowhere are
// simply absent: the sitting reports them by id.
[[nodiscard]] CaseLibrary indexCasesById(const std::vector<std::filesystem::path>& folders, const std::vector<std::string>& ids);

} // namespace core
