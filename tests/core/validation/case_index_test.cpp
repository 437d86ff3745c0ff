// The fast case index exam commands use: id, difficulty and tags from each
// case file's head, and look-up by id with a fallback to the whole folder.
#include "validation/case_index.hpp"

#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

namespace case_index_testing {

std::string caseText(const std::string& id, const std::string& difficulty, const std::string& tags, const std::string& padding = "") {
    return R"({"kind": "case", "schema_version": 1, "id": ")" + id + R"(", "title": "T", "difficulty": ")" + difficulty +
           R"(", "tags": [)" + tags + R"(], "client": {"name": "N", "tags": ["not-a-case-tag"]}, "notes": ")" + padding + R"("})";
}

} // namespace case_index_testing

TEST_CASE("the case index reads id, difficulty and tags, and skips files that are not cases") {
    using case_index_testing::caseText;
    testing_support::TempDir dir;
    dir.write("lib/b.json", caseText("b-case", "advanced", R"("scars", "acne")"));
    dir.write("lib/sub/a.json", caseText("a-case", "intermediate", ""));
    dir.write("lib/exam.json", R"({"kind": "exam", "id": "not-a-case"})");
    dir.write("lib/broken.json", "{ not json");
    dir.write("lib/notes.txt", caseText("txt-case", "beginner", ""));
    const auto library = core::indexCaseLibrary({dir.path() / "lib"});
    REQUIRE(library.entries.size() == 2);
    const auto& b = library.entries[0]; // sorted by path: lib/b.json before lib/sub/a.json
    CHECK(b.id == "b-case");
    CHECK(b.summaryOnly);
    CHECK(b.playable->difficulty == core::Difficulty::Advanced);
    CHECK(b.playable->tags == std::vector<std::string>{"scars", "acne"});
    CHECK(library.entries[1].id == "a-case");
    CHECK(library.entries[1].playable->difficulty == core::Difficulty::Intermediate);
    CHECK(library.entries[1].playable->tags.empty());
}

TEST_CASE("a case whose members lie past the first 4 KB is still indexed, from the whole file") {
    testing_support::TempDir dir;
    // The padding comes before the members the index needs.
    const std::string text = R"({"kind": "case", "notes": ")" + std::string(6000, 'x') +
                             R"(", "schema_version": 1, "id": "late", "difficulty": "beginner", "tags": ["t"]})";
    dir.write("lib/late.json", text);
    const auto library = core::indexCaseLibrary({dir.path() / "lib"});
    REQUIRE(library.entries.size() == 1);
    CHECK(library.entries[0].id == "late");
    CHECK(library.entries[0].playable->tags == std::vector<std::string>{"t"});
}

TEST_CASE("cases by id are found by file name, and by the whole folder when a file is named otherwise") {
    using case_index_testing::caseText;
    testing_support::TempDir dir;
    dir.write("lib/one.json", caseText("one", "beginner", ""));
    dir.write("lib/two.json", caseText("two", "beginner", ""));
    dir.write("lib/renamed.json", caseText("three", "beginner", ""));
    const auto byName = core::indexCasesById({dir.path() / "lib"}, {"one"});
    REQUIRE(byName.entries.size() == 1); // only the named case, not the folder
    CHECK(byName.entries[0].id == "one");
    const auto fallback = core::indexCasesById({dir.path() / "lib"}, {"one", "three"});
    CHECK(fallback.entries.size() == 3); // "three" is not three.json: the whole folder was indexed
}
