// `exam start` through the real binary: a candidate identifier no gradebook
// could match is refused with its reason, nothing is started, and the issue's
// -007 / +c5@ candidate starts and reaches the gradebooks as typed.
#include "exam_sitting.hpp"

#include <catch2/catch.hpp>

TEST_CASE(
    "exam start refuses an unmatchable candidate ID or email, and starts -007 with +c5@ as typed") {
    exam_testing::Sitting s;
    const std::string exam =
        "exam start --exam " + testing_support::shellQuote(exam_testing::kExam) + " --name Ana";
    const auto spaced = s.run(exam + " --id " + testing_support::shellQuote("S-1 "));
    CHECK(spaced.exitCode != 0);
    CHECK(spaced.err.find("starts or ends with a space") != std::string::npos);
    const auto zero = s.run(exam + " --id 0");
    CHECK(zero.exitCode != 0);
    CHECK(zero.err.find("empty()") != std::string::npos);
    const auto email = s.run(exam + " --id S-1 --email c5.example.org");
    CHECK(email.exitCode != 0);
    CHECK(email.err.find("is not an email address") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(s.dir.path() / "data/mntrainer/exam/current.journal"));

    const auto good = s.run(exam + " --id -007 --email +c5@example.org");
    INFO(good.err);
    REQUIRE(good.exitCode == 0);
    const auto out = s.dir.path() / "results";
    const auto handIn =
        s.run("exam answer --script " +
              testing_support::shellQuote(s.script("hand-in.txt", {"submit-exam"}).string()) +
              " --export-dir " + testing_support::shellQuote(out.string()));
    INFO(handIn.err);
    REQUIRE(handIn.exitCode == 0);
    int csvs = 0;
    for (const auto& e : std::filesystem::directory_iterator(out)) {
        const std::string name = e.path().filename().string();
        // A blank attempt scores 0 on every case: the total is 0.0.
        if (name.ends_with(".moodle.csv"))
            CHECK(testing_support::readFile(e.path()).ends_with("\r\n-007,0.0\r\n"));
        if (name.ends_with(".generic.csv"))
            CHECK(testing_support::readFile(e.path()).find("\r\nAna,-007,+c5@example.org,") !=
                  std::string::npos);
        csvs += name.ends_with(".csv") ? 1 : 0;
    }
    CHECK(csvs == 2);
}
