// Gradebook CSV writing: the three presets, their title rules, and the
// warning for each result left out.
#include "exam/gradebook_csv.hpp"

#include "exam/candidate_identity.hpp"

#include <array>
#include <cstdio>
#include <string_view>

namespace core {
namespace gradebook_csv_detail {

std::string quotedIfNeeded(const std::string& value) {
    if (value.find_first_of(",\"\r\n") == std::string::npos) return value;
    std::string out = "\"";
    for (char ch : value)
        out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return out + "\"";
}

std::string oneDecimal(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", v);
    return text;
}

// A cell is written by the rule of its column: exact for identifiers.
struct Cell {
    std::string value;
    bool exact = false;
};
Cell text(std::string value) {
    return {std::move(value), false};
}
Cell exact(std::string value) {
    return {std::move(value), true};
}

std::string row(const std::vector<Cell>& cells) {
    std::string out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        out += (i ? "," : "") +
               (cells[i].exact ? csvExactCell(cells[i].value) : csvTextCell(cells[i].value));
    }
    return out + "\r\n";
}

std::string whose(const ExamResult& r) {
    return "the result of " + r.candidate.name + " (attempt " + r.attemptId + ")";
}

// Canvas drops every header holding one of these (gradebook_importer.rb,
// NON_ASSIGNMENT_COLUMN_HEADERS through strip_non_assignment_columns: an
// unanchored, case-sensitive regexp, so "Unposted Final Score" and
// "Quiz Final Score" are dropped as well).
constexpr std::array<std::string_view, 9> kCanvasNonAssignmentHeaders{
    "Current Score", "Current Points", "Current Grade",  "Final Score",    "Final Points",
    "Final Grade",   "Override Score", "Override Grade", "Override Status"};

bool endsWithSpaceParenDigits(const std::string& title) {
    if (!title.ends_with(')')) return false;
    std::size_t i = title.size() - 1;
    std::size_t digits = 0;
    while (i > 0 && title[i - 1] >= '0' && title[i - 1] <= '9') {
        --i;
        ++digits;
    }
    if (digits == 0 || i < 2 || title[i - 1] != '(') return false;
    const char before = title[i - 2];
    return before == ' ' || before == '\t' || before == '\n' || before == '\r' || before == '\f' ||
           before == '\v';
}

std::string generic(const std::vector<ExamResult>& results) {
    // One column per case id, in the order first met; other draws go by case id.
    std::vector<std::string> caseIds;
    for (const auto& r : results) {
        for (const auto& c : r.cases) {
            if (std::find(caseIds.begin(), caseIds.end(), c.caseId) == caseIds.end())
                caseIds.push_back(c.caseId);
        }
    }
    std::vector<Cell> header{text("candidate_name"), text("candidate_id"), text("email"),
                             text("exam_id"), text("attempt_id")};
    for (const auto& id : caseIds)
        header.push_back(text(id));
    header.insert(header.end(), {text("total"), text("passed"), text("submitted_at")});
    std::string out = row(header);
    for (const auto& r : results) {
        std::vector<Cell> cells{text(r.candidate.name), exact(r.candidate.id),
                                exact(r.candidate.email), exact(r.exam.id), exact(r.attemptId)};
        for (const auto& id : caseIds) {
            std::string score;
            for (const auto& c : r.cases) {
                if (c.caseId == id) score = oneDecimal(c.answered() ? c.report.total : 0.0); // a blank case earns nothing
            }
            cells.push_back(exact(score));
        }
        cells.insert(cells.end(), {exact(oneDecimal(r.total())),
                                   exact(r.passed() ? "true" : "false"), exact(r.submittedAt)});
        out += row(cells);
    }
    return out;
}

// Moodle: the identifier column first, so the import form's "Map from"
// already points at it; the exam's column is then mapped to a grade item.
[[nodiscard]] Result<Gradebook> moodle(const std::vector<ExamResult>& results,
                                       const std::string& title, MoodleMapFrom mapFrom) {
    if (auto bad = checkMoodleTitle(title); !bad) return std::unexpected(bad.error());
    const bool byEmail = mapFrom == MoodleMapFrom::Email;
    Gradebook book;
    book.csv = row({text(byEmail ? "Email address" : "ID number"), text(title)});
    for (const auto& r : results) {
        const std::string& identifier = byEmail ? r.candidate.email : r.candidate.id;
        const auto usable = byEmail ? checkEmail("the candidate's email", identifier)
                                    : checkIdentifier("the candidate's ID", identifier);
        if (!usable) {
            book.warnings.push_back(
                whose(r) + " is left out of the Moodle gradebook: " + usable.error().summary());
            continue;
        }
        book.csv += row({exact(identifier), exact(oneDecimal(r.total()))});
    }
    return book;
}

// Canvas: the student columns its header check wants (row_has_student_headers?,
// update_column_count), the Points Possible row, then one row per student
// found by SIS User ID, else SIS Login ID (process_student).
[[nodiscard]] Result<Gradebook> canvas(const std::vector<ExamResult>& results,
                                       const std::string& title, const std::string& assignmentId) {
    if (auto bad = checkCanvasAssignmentId(assignmentId); !bad) return std::unexpected(bad.error());
    if (auto bad = checkCanvasTitle(title); !bad) return std::unexpected(bad.error());
    Gradebook book;
    book.csv = row({text("Student"), text("ID"), text("SIS User ID"), text("SIS Login ID"),
                    text("Section"), text(title + " (" + assignmentId + ")")});
    book.csv +=
        row({text("Points Possible"), exact(""), exact(""), exact(""), exact(""), exact("100")});
    for (const auto& r : results) {
        if (auto usable = checkIdentifier("the candidate's ID", r.candidate.id); !usable) {
            book.warnings.push_back(
                whose(r) + " is left out of the Canvas gradebook: " + usable.error().summary());
            continue;
        }
        // check_for_non_student_row reads any row whose first cell holds this as the points row.
        if (r.candidate.name.find("Points Possible") != std::string::npos) {
            book.warnings.push_back(whose(r) +
                                    " is left out of the Canvas gradebook: Canvas reads a row "
                                    "whose name holds \"Points Possible\" "
                                    "as the points row (gradebook_importer.rb, "
                                    "check_for_non_student_row). Enter this grade by hand");
            continue;
        }
        book.csv += row({text(r.candidate.name), exact(""), exact(r.candidate.id),
                         exact(r.candidate.email), exact(""), exact(oneDecimal(r.total()))});
    }
    return book;
}

} // namespace gradebook_csv_detail

const Choices<CsvPreset>& csvPresetChoices() {
    static const Choices<CsvPreset> c{{"generic", CsvPreset::Generic},
                                      {"moodle", CsvPreset::Moodle},
                                      {"canvas", CsvPreset::Canvas}};
    return c;
}

const Choices<MoodleMapFrom>& moodleMapFromChoices() {
    static const Choices<MoodleMapFrom> c{{"idnumber", MoodleMapFrom::IdNumber},
                                          {"email", MoodleMapFrom::Email}};
    return c;
}

std::string csvTextCell(const std::string& value) {
    std::string v = value;
    if (!v.empty() && std::string_view("=+-@\t\r").find(v.front()) != std::string_view::npos)
        v.insert(0, "'");
    return gradebook_csv_detail::quotedIfNeeded(v);
}

std::string csvExactCell(const std::string& value) {
    return gradebook_csv_detail::quotedIfNeeded(value);
}

Status checkCanvasAssignmentId(const std::string& id) {
    const std::string where = "Canvas matches the grade column by \"Title (assignment id)\"; "
                              "without the id it matches by exact title or makes "
                              "a new assignment. Give the number at the end of the assignment's "
                              "address, .../courses/C/assignments/N";
    if (id.empty())
        return std::unexpected("the Canvas gradebook needs --canvas-assignment-id N: " + where);
    const bool digits = id.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || id.size() > 18 || id.find_first_not_of('0') == std::string::npos) {
        return std::unexpected("the Canvas assignment id \"" + id +
                               "\" is not an assignment id (digits, not zero): " + where);
    }
    return {};
}

Status checkCanvasTitle(const std::string& title) {
    const std::string fix = ". Rename the exam's title in its exam file and export again";
    if (title.find_first_not_of(" \t\r\n") == std::string::npos)
        return std::unexpected("the exam has no title for the Canvas grade column" + fix);
    if (title.find('\n') != std::string::npos) {
        return std::unexpected(
            "the exam title holds a line break: Canvas's Assignment.title_and_id reads the id with "
            "/\\A(.*)\\s\\((\\d+)\\)\\z/, "
            "whose . stops at a line break, so the id would be lost" +
            fix);
    }
    for (const auto word : gradebook_csv_detail::kCanvasNonAssignmentHeaders) {
        if (title.find(word) != std::string::npos) {
            return std::unexpected("the exam title \"" + title + "\" holds \"" + std::string(word) +
                                   "\": Canvas's gradebook import drops every column "
                                   "whose header holds it as a total, not an assignment "
                                   "(gradebook_importer.rb, NON_ASSIGNMENT_COLUMN_HEADERS)" +
                                   fix);
        }
    }
    if (gradebook_csv_detail::endsWithSpaceParenDigits(title)) {
        return std::unexpected(
            "the exam title \"" + title +
            "\" ends with a number in brackets: Canvas reads a trailing \" (digits)\" as the "
            "assignment id (Assignment.title_and_id), so the title would not survive a re-import "
            "without the id" +
            fix);
    }
    return {};
}

Status checkMoodleTitle(const std::string& title) {
    const std::string fix = ". Rename the exam's title in its exam file and export again";
    if (title.find_first_not_of(" \t\r\n") == std::string::npos)
        return std::unexpected("the exam has no title for the Moodle grade column" + fix);
    // prepare_import_grade_data reads the (trimmed) header equal to gradeexport_txt's
    // 'timeexported' string as the export date, and aborts when its cells are not dates.
    std::string trimmed = title.substr(title.find_first_not_of(" \t\r\n"));
    trimmed.erase(trimmed.find_last_not_of(" \t\r\n") + 1);
    if (trimmed == "Last downloaded from this course") {
        return std::unexpected("the exam title \"" + title +
                               "\" is the header Moodle reads as the gradebook's export date "
                               "(load_data.php, prepare_import_grade_data), not as grades" +
                               fix);
    }
    return {};
}

Result<Gradebook> gradebookCsv(const std::vector<ExamResult>& results,
                               const GradebookOptions& options) {
    const std::string title = results.empty() ? std::string("exam") : results.front().exam.title;
    Result<Gradebook> book = Gradebook{};
    switch (options.preset) {
    case CsvPreset::Generic:
        book->csv = gradebook_csv_detail::generic(results);
        break;
    case CsvPreset::Moodle:
        book = gradebook_csv_detail::moodle(results, title, options.moodleMapFrom);
        break;
    case CsvPreset::Canvas:
        book = gradebook_csv_detail::canvas(results, title, options.canvasAssignmentId);
        break;
    }
    if (book && options.excelBom) book->csv.insert(0, "\xEF\xBB\xBF");
    return book;
}

} // namespace core
