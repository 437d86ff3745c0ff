// The Moodle preset read back through a model of Moodle's own import
// (moodle_grade_import.hpp: csvlib.class.php load_csv_content, load_data.php
// prepare_import_grade_data / map_user_data_with_value): every grade lands on
// the student it belongs to, identifiers match exactly, no row is blank.
// The failing files are read by the same model first, to show it
// catches what Moodle did with them.
#include "exam/gradebook_csv.hpp"
#include "gradebook_sample.hpp"
#include "moodle_grade_import.hpp"

#include <catch2/catch.hpp>

namespace gradebook_moodle_test {

// The Moodle site: three users, one with an ID number starting with - and one
// with an address starting with +.
const std::vector<moodle_grade_import::User>& site() {
    static const std::vector<moodle_grade_import::User> users{{11, "-007", "bond@example.org"},
                                                              {12, "S-2", "+c5@example.org"},
                                                              {13, "S-3", "cy@example.org"}};
    return users;
}

std::vector<core::ExamResult> cohort() {
    return {
        gradebook_sample::result("=Bond, James", "-007", "bond@example.org", "Foundation, part 1",
                                 {80, 90}),
        gradebook_sample::result("Cee Five", "S-2", "+c5@example.org", "Foundation, part 1",
                                 {60, 70}),
        gradebook_sample::result("Cy", "S-3", "cy@example.org", "Foundation, part 1", {50, 52})};
}

} // namespace gradebook_moodle_test

TEST_CASE("the model reproduces the issue: a neutralised ID aborts the import, a blank email hands "
          "the grade to the row above") {
    namespace m = moodle_grade_import;
    const auto& users = gradebook_moodle_test::site();
    // The old writer's file: '-007 matches no idnumber, and usermappingerror aborts the whole
    // import.
    const auto neutralised =
        m::import("ID number,Email address,Exam\r\n'-007,bond@example.org,85.0\r\n", users, {});
    CHECK(neutralised.abortedWith == "usermappingerror: '-007");
    // Mapped by email, the blank cell is skipped (!empty) and $this->studentid still holds user 11.
    const auto blank =
        m::import("ID number,Email address,Exam\r\n-007,bond@example.org,85.0\r\nS-2,,61.0\r\n",
                  users, {.mapFrom = 1, .mapTo = "useremail", .gradeColumn = 2});
    CHECK(blank.abortedWith.empty());
    CHECK(blank.grades.at(11) == Approx(61.0)); // Bond's 85 overwritten with the other student's 61
    CHECK(blank.grades.count(12) == 0);
}

TEST_CASE(
    "Moodle by ID number (the default): the ID column first, every grade on its own student") {
    const auto book = core::gradebookCsv(gradebook_moodle_test::cohort(),
                                         gradebook_sample::options(core::CsvPreset::Moodle));
    REQUIRE(book.has_value());
    CHECK(book->warnings.empty());
    // Worked by hand: (80+90)/2 = 85.0, (60+70)/2 = 65.0, (50+52)/2 = 51.0; -007 written as is.
    CHECK(book->csv == "ID number,\"Foundation, part 1\"\r\n-007,85.0\r\nS-2,65.0\r\nS-3,51.0\r\n");
    // The form's defaults: Map from = the first column; Map to is set to ID number.
    const auto imported = moodle_grade_import::import(book->csv, gradebook_moodle_test::site(), {});
    INFO(imported.abortedWith);
    REQUIRE(imported.abortedWith.empty());
    CHECK(imported.headers == std::vector<std::string>{"ID number", "Foundation, part 1"});
    CHECK(imported.grades.size() == 3);
    CHECK(imported.grades.at(11) == Approx(85.0));
    CHECK(imported.grades.at(12) == Approx(65.0));
    CHECK(imported.grades.at(13) == Approx(51.0));
}

TEST_CASE("Moodle by email: +c5@ matches exactly, a blank email is left out with a warning, never "
          "written blank") {
    auto results = gradebook_moodle_test::cohort();
    results[1].candidate.email.clear(); // the middle student gave no email
    const auto book = core::gradebookCsv(
        results, gradebook_sample::options(core::CsvPreset::Moodle, core::MoodleMapFrom::Email));
    REQUIRE(book.has_value());
    REQUIRE(book->warnings.size() == 1);
    CHECK(book->warnings[0].find("Cee Five") != std::string::npos);
    CHECK(book->warnings[0].find("left out of the Moodle gradebook") != std::string::npos);
    CHECK(
        book->csv ==
        "Email address,\"Foundation, part 1\"\r\nbond@example.org,85.0\r\ncy@example.org,51.0\r\n");
    const auto imported =
        moodle_grade_import::import(book->csv, gradebook_moodle_test::site(),
                                    {.mapFrom = 0, .mapTo = "useremail", .gradeColumn = 1});
    REQUIRE(imported.abortedWith.empty());
    CHECK(imported.grades.at(11) == Approx(85.0)); // not overwritten by the left-out row
    CHECK(imported.grades.count(12) == 0);
    CHECK(imported.grades.at(13) == Approx(51.0));

    // With the email present, +c5@example.org is written and matched exactly.
    const auto all = core::gradebookCsv(
        gradebook_moodle_test::cohort(),
        gradebook_sample::options(core::CsvPreset::Moodle, core::MoodleMapFrom::Email));
    REQUIRE(all.has_value());
    CHECK(all->csv.find("\r\n+c5@example.org,65.0\r\n") != std::string::npos);
    const auto matched =
        moodle_grade_import::import(all->csv, gradebook_moodle_test::site(),
                                    {.mapFrom = 0, .mapTo = "useremail", .gradeColumn = 1});
    REQUIRE(matched.abortedWith.empty());
    CHECK(matched.grades.at(12) == Approx(65.0));
}

TEST_CASE("Moodle: older results whose ID no import can match are left out with the reason") {
    auto results = gradebook_moodle_test::cohort();
    results[0].candidate.id = "0";    // PHP's empty("0"): the row would take the previous student
    results[2].candidate.id = "S-3 "; // trimmed by Moodle, then compared
    const auto book =
        core::gradebookCsv(results, gradebook_sample::options(core::CsvPreset::Moodle));
    REQUIRE(book.has_value());
    REQUIRE(book->warnings.size() == 2);
    CHECK(book->warnings[0].find("empty()") != std::string::npos);
    CHECK(book->warnings[1].find("space") != std::string::npos);
    CHECK(book->csv == "ID number,\"Foundation, part 1\"\r\nS-2,65.0\r\n");
}

TEST_CASE("Moodle: a title Moodle reads as the export date is refused, and the BOM is stripped by "
          "Moodle") {
    auto results = gradebook_moodle_test::cohort();
    for (auto& r : results)
        r.exam.title = "Last downloaded from this course";
    const std::string hand = "ID number,Last downloaded from this course\r\n-007,85.0\r\n";
    CHECK(moodle_grade_import::import(hand, gradebook_moodle_test::site(), {}).abortedWith ==
          "invalidgradeexporteddate");
    const auto refused =
        core::gradebookCsv(results, gradebook_sample::options(core::CsvPreset::Moodle));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().summary().find("export date") != std::string::npos);

    const auto marked =
        core::gradebookCsv(gradebook_moodle_test::cohort(),
                           gradebook_sample::options(core::CsvPreset::Moodle,
                                                     core::MoodleMapFrom::IdNumber, "", true));
    REQUIRE(marked.has_value());
    const auto imported =
        moodle_grade_import::import(marked->csv, gradebook_moodle_test::site(), {});
    REQUIRE(imported.abortedWith.empty());
    CHECK(imported.headers[0] == "ID number");
    CHECK(imported.grades.size() == 3);
}
