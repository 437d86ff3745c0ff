// Gradebook CSV cells and the generic preset: RFC 4180 quoting everywhere,
// formula neutralising on free text only, identifiers exactly as given;
// the options each preset needs, and the Excel byte order mark.
#include "exam/gradebook_csv.hpp"
#include "gradebook_sample.hpp"

#include <catch2/catch.hpp>

TEST_CASE("csv text cells: quotes, commas, newlines, formulas and non-Latin text") {
    CHECK(core::csvTextCell("plain") == "plain");
    CHECK(core::csvTextCell("O'Brien, Aoife") == "\"O'Brien, Aoife\"");
    CHECK(core::csvTextCell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(core::csvTextCell("two\nlines") == "\"two\nlines\"");
    CHECK(core::csvTextCell("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"");
    CHECK(core::csvTextCell("+1") == "'+1");
    CHECK(core::csvTextCell("-2") == "'-2");
    CHECK(core::csvTextCell("@SUM(A1)") == "'@SUM(A1)");
    CHECK(core::csvTextCell("\tx") == "'\tx");
    CHECK(core::csvTextCell("李 小龍 Ελένη") == "李 小龍 Ελένη");
}

TEST_CASE("csv exact cells: identifiers keep their first character, and are still quoted when they "
          "must be") {
    CHECK(core::csvExactCell("-007") == "-007");
    CHECK(core::csvExactCell("+c5@example.org") == "+c5@example.org");
    CHECK(core::csvExactCell("S,1") == "\"S,1\"");
    CHECK(core::csvExactCell("a\"b") == "\"a\"\"b\"");
    CHECK(core::csvExactCell("") == "");
}

TEST_CASE("the generic preset: names neutralised, identifiers exact, a column per case") {
    const auto r = gradebook_sample::result("=Smith, \"Jo\"", "-007", "+c5@example.org");
    const auto book = core::gradebookCsv({r}, {});
    REQUIRE(book.has_value());
    CHECK(book->warnings.empty());
    // Worked by hand: the name gets ' then is quoted with its quotes doubled;
    // -007 and +c5@ stay as they are; total (80 + 91) / 2 = 85.5 >= 70 passes.
    CHECK(book->csv == "candidate_name,candidate_id,email,exam_id,attempt_id,case-a,case-b,total,"
                       "passed,submitted_at\r\n"
                       "\"'=Smith, "
                       "\"\"Jo\"\"\",-007,+c5@example.org,foundation-certificate,5d9ae1c2-3f3e-"
                       "4a8b-9c1d-0e1f2a3b4c5d,80.0,91.0,85.5,true,"
                       "2026-11-20T09:41:30Z\r\n");
}

TEST_CASE("the byte order mark goes first, only when asked for") {
    const auto r = gradebook_sample::result("Ann", "S-1", "");
    const auto plain = core::gradebookCsv({r}, gradebook_sample::options(core::CsvPreset::Moodle));
    const auto marked =
        core::gradebookCsv({r}, gradebook_sample::options(core::CsvPreset::Moodle,
                                                          core::MoodleMapFrom::IdNumber, "", true));
    REQUIRE(plain.has_value());
    REQUIRE(marked.has_value());
    CHECK(plain->csv.starts_with("ID number,"));
    CHECK(marked->csv == "\xEF\xBB\xBF" + plain->csv);
}

TEST_CASE("the Canvas preset needs a real assignment id, and says where to find it") {
    const auto r = gradebook_sample::result("Ann", "S-1", "");
    const auto missing =
        core::gradebookCsv({r}, gradebook_sample::options(core::CsvPreset::Canvas));
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().summary().find("--canvas-assignment-id") != std::string::npos);
    CHECK(missing.error().summary().find("/assignments/N") != std::string::npos);
    for (const char* bad : {"0", "000", "-5", "12a", "1 2", "1234567890123456789"}) {
        INFO(bad);
        CHECK_FALSE(core::checkCanvasAssignmentId(bad).has_value());
    }
    CHECK(core::checkCanvasAssignmentId("4711").has_value());
}
