// The Canvas preset read back through a model of Canvas's own importer
// (canvas_gradebook_import.hpp, from app/models/gradebook_importer.rb): the
// column is "Title (id)" and lands on that assignment, students are found by
// SIS User ID exactly, no row is blank. The failing headers are read
// by the same model first, to show it catches what Canvas did with them.
#include "canvas_gradebook_import.hpp"
#include "exam/gradebook_csv.hpp"
#include "gradebook_sample.hpp"

#include <catch2/catch.hpp>

namespace gradebook_canvas_test {

// The Canvas course: assignment 4711 was renamed since, so only its id matches.
const std::vector<canvas_gradebook_import::Assignment>& course() {
    static const std::vector<canvas_gradebook_import::Assignment> a{
        {4711, "Foundation 1 (renamed)"}, {2024, "Another assignment"}};
    return a;
}

const std::vector<canvas_gradebook_import::Student>& students() {
    static const std::vector<canvas_gradebook_import::Student> s{
        {501, "James Bond", "-007", "bond@example.org"},
        {502, "Cee Five", "S-2", "+c5@example.org"},
        {503, "Cy", "1.234", "cy@example.org"}};
    return s;
}

std::vector<core::ExamResult> cohort() {
    return {gradebook_sample::result("=Bond, James", "-007", "bond@example.org",
                                     "Foundation, part 1", {80, 90}),
            gradebook_sample::result("Cee Five", "S-2", "+c5@example.org", "Foundation, part 1",
                                     {60, 70})};
}

core::GradebookOptions canvas() {
    return gradebook_sample::options(core::CsvPreset::Canvas, core::MoodleMapFrom::IdNumber,
                                     "4711");
}

} // namespace gradebook_canvas_test

TEST_CASE(
    "the model reproduces the issue: a plain title, a Final Score title and a (2024) suffix") {
    namespace c = canvas_gradebook_import;
    const std::string students =
        "Points Possible,,,,,100\r\nJames Bond,,-007,bond@example.org,,85.0\r\n";
    // Plain title: no id, no exact title match -> a new assignment.
    const auto plain = c::import(
        "Student,ID,SIS User ID,SIS Login ID,Section,\"Foundation, part 1\"\r\n" + students,
        gradebook_canvas_test::students(), gradebook_canvas_test::course());
    REQUIRE(plain.columns.size() == 1);
    CHECK_FALSE(plain.columns[0].existingId.has_value());
    // "Final Score" anywhere in the header: the column is dropped as a total.
    const auto dropped =
        c::import("Student,ID,SIS User ID,SIS Login ID,Section,Module Final Score\r\n" + students,
                  gradebook_canvas_test::students(), gradebook_canvas_test::course());
    CHECK(dropped.columns.empty());
    CHECK(dropped.droppedHeaders == std::vector<std::string>{"Module Final Score"});
    // A trailing " (2024)" is read as assignment 2024.
    const auto year =
        c::import("Student,ID,SIS User ID,SIS Login ID,Section,Cohort (2024)\r\n" + students,
                  gradebook_canvas_test::students(), gradebook_canvas_test::course());
    REQUIRE(year.columns.size() == 1);
    CHECK(year.columns[0].existingId == 2024);
    // A neutralised SIS ID matches no one, and the name differs: an unknown student.
    const auto neutralised =
        c::import("Student,ID,SIS User ID,SIS Login ID,Section,X (4711)\r\nPoints "
                  "Possible,,,,,100\r\n'=Bond,,'-007,,,85.0\r\n",
                  gradebook_canvas_test::students(), gradebook_canvas_test::course());
    REQUIRE(neutralised.rows.size() == 1);
    CHECK_FALSE(neutralised.rows[0].studentId.has_value());
}

TEST_CASE("Canvas: the column is Title (id), it lands on that assignment, students match by SIS "
          "User ID exactly") {
    const auto book =
        core::gradebookCsv(gradebook_canvas_test::cohort(), gradebook_canvas_test::canvas());
    REQUIRE(book.has_value());
    CHECK(book->warnings.empty());
    // Worked by hand: the name is free text (' then quoted), the IDs exact, (80+90)/2 = 85.0,
    // (60+70)/2 = 65.0.
    CHECK(book->csv ==
          "Student,ID,SIS User ID,SIS Login ID,Section,\"Foundation, part 1 (4711)\"\r\n"
          "Points Possible,,,,,100\r\n"
          "\"'=Bond, James\",,-007,bond@example.org,,85.0\r\n"
          "Cee Five,,S-2,+c5@example.org,,65.0\r\n");
    const auto imported = canvas_gradebook_import::import(
        book->csv, gradebook_canvas_test::students(), gradebook_canvas_test::course());
    REQUIRE_FALSE(imported.invalidHeader);
    CHECK(imported.separator == ',');
    CHECK(imported.droppedHeaders.empty());
    REQUIRE(imported.columns.size() == 1);
    CHECK(imported.columns[0].existingId == 4711);
    CHECK(imported.columns[0].title == "Foundation, part 1");
    CHECK(imported.pointsRows == 1);
    REQUIRE(imported.rows.size() == 2); // no blank or unknown rows
    CHECK(imported.rows[0].studentId == 501);
    CHECK(imported.rows[0].matchedBy == "sis_user_id");
    CHECK(imported.rows[0].grades == std::vector<std::string>{"85.0"});
    CHECK(imported.rows[1].studentId == 502);
    CHECK(imported.rows[1].matchedBy == "sis_user_id");
    CHECK(imported.rows[1].grades == std::vector<std::string>{"65.0"});
}

TEST_CASE("Canvas: titles its importer treats specially are refused, and say why") {
    for (const char* title : {"Final Score", "Module 3 Final Score", "Unposted Current Score",
                              "Current Points", "Final Points", "Current Grade", "Final Grade",
                              "Override Score", "Override Grade", "Override Status"}) {
        INFO(title);
        const auto refused = core::checkCanvasTitle(title);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().summary().find("NON_ASSIGNMENT_COLUMN_HEADERS") != std::string::npos);
    }
    for (const char* title : {"Cohort (2024)", "Cohort\t(7)"}) {
        INFO(title);
        const auto refused = core::checkCanvasTitle(title);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().summary().find("assignment id") != std::string::npos);
    }
    CHECK_FALSE(core::checkCanvasTitle("Two\nlines").has_value());
    CHECK_FALSE(core::checkCanvasTitle(" ").has_value());
    // Near misses Canvas reads as plain titles (its match is case-sensitive and needs the space
    // before the bracket).
    for (const char* title : {"final score review", "Cohort(2024)", "Cohort (2024) retake",
                              "Cohort (twenty)", "Foundation, part 1"}) {
        INFO(title);
        CHECK(core::checkCanvasTitle(title).has_value());
    }
    auto results = gradebook_canvas_test::cohort();
    for (auto& r : results)
        r.exam.title = "Cohort (2024)";
    CHECK_FALSE(core::gradebookCsv(results, gradebook_canvas_test::canvas()).has_value());
}

TEST_CASE("Canvas: rows it could not match, or would read as the points row, are left out with a "
          "warning") {
    auto results = gradebook_canvas_test::cohort();
    results.push_back(gradebook_sample::result(
        "Cy", "1,234", "cy@example.org")); // an older result: Canvas reads 1.234
    results.push_back(gradebook_sample::result("Points Possible Jr", "S-9", ""));
    results.push_back(gradebook_sample::result("No Id", "", ""));
    const auto book = core::gradebookCsv(results, gradebook_canvas_test::canvas());
    REQUIRE(book.has_value());
    REQUIRE(book->warnings.size() == 3);
    CHECK(book->warnings[0].find("decimal_comma_to_period") != std::string::npos);
    CHECK(book->warnings[1].find("points row") != std::string::npos);
    CHECK(book->warnings[2].find("is required") != std::string::npos);
    // What Canvas would do with such a row: "1,234" becomes "1.234", the SIS ID of another student.
    const auto model = canvas_gradebook_import::import(
        "Student,ID,SIS User ID,SIS Login ID,Section,X (4711)\r\nZed,,\"1,234\",,,50.0\r\n",
        gradebook_canvas_test::students(), gradebook_canvas_test::course());
    REQUIRE(model.rows.size() == 1);
    CHECK(model.rows[0].studentId == 503); // the wrong student
    const auto imported = canvas_gradebook_import::import(
        book->csv, gradebook_canvas_test::students(), gradebook_canvas_test::course());
    CHECK(imported.rows.size() == 2);
    CHECK(imported.pointsRows == 1);
}

TEST_CASE("Canvas: with the Excel byte order mark the header is still recognised") {
    auto options = gradebook_canvas_test::canvas();
    options.excelBom = true;
    const auto book = core::gradebookCsv(gradebook_canvas_test::cohort(), options);
    REQUIRE(book.has_value());
    CHECK(book->csv.starts_with("\xEF\xBB\xBFStudent,"));
    // Canvas opens the file without "bom|utf-8": the mark stays in the first cell, and
    // row_has_student_headers? tests it with include?("Student").
    const auto imported = canvas_gradebook_import::import(
        book->csv, gradebook_canvas_test::students(), gradebook_canvas_test::course());
    REQUIRE_FALSE(imported.invalidHeader);
    REQUIRE(imported.columns.size() == 1);
    CHECK(imported.columns[0].existingId == 4711);
    CHECK(imported.rows.size() == 2);
}
