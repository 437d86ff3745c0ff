// Gradebook CSVs (generic, Moodle, Canvas) that the LMS imports read
// unchanged: identifiers written exactly, free text neutralised against
// spreadsheet formulas, rows no importer could match left out with a warning.
// The presets follow Moodle's grade/import/csv/classes/load_data.php and
// Canvas's app/models/gradebook_importer.rb as their code is written.
#pragma once

#include "base/diagnostics.hpp"
#include "exam/exam_result.hpp"

#include "json/object_reader.hpp"
#include <string>
#include <vector>

namespace core {

enum class CsvPreset { Generic, Moodle, Canvas };
const Choices<CsvPreset>& csvPresetChoices(); // "generic", "moodle", "canvas"

// The identifier column of the Moodle preset: the one the import's
// "Map from" is set to (Map to: "ID number" or "Email address").
enum class MoodleMapFrom { IdNumber, Email };
const Choices<MoodleMapFrom>& moodleMapFromChoices(); // "idnumber", "email"

struct GradebookOptions {
    CsvPreset preset = CsvPreset::Generic;
    MoodleMapFrom moodleMapFrom = MoodleMapFrom::IdNumber;
    std::string canvasAssignmentId; // the number in .../assignments/N; the Canvas preset needs it
    bool excelBom = false;          // a UTF-8 byte order mark, so Excel reads the file as UTF-8
};

struct Gradebook {
    std::string csv;
    std::vector<std::string> warnings; // one per result left out, saying why
};

// RFC 4180 cells (quoted when they hold , " CR or LF; quotes doubled).
// Free text (names, titles) starting with = + - @ tab or CR gets a leading '
// so spreadsheets do not run it; identifiers are written exactly.
std::string csvTextCell(const std::string& value);
std::string csvExactCell(const std::string& value);

// Why Canvas could not use "title (id)" as the column of one assignment.
[[nodiscard]] Status checkCanvasAssignmentId(const std::string& id);
[[nodiscard]] Status checkCanvasTitle(const std::string& title);
// Why Moodle would read the title's column as something other than grades.
[[nodiscard]] Status checkMoodleTitle(const std::string& title);

// One row per result. Fails on options or a title the LMS would misread.
[[nodiscard]] Result<Gradebook> gradebookCsv(const std::vector<ExamResult>& results,
                                             const GradebookOptions& options);

} // namespace core
