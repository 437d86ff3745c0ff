// `mntrainer trainee`, `record`, `progress` and `next` through the real binary:
// a scripted month of practice with the clock set by --at and --now.
#include "cli_binary.hpp"
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>

using namespace testing_support;

namespace progress_cli_test_detail {

// One machine's user data in a temporary folder.
struct Machine {
    TempDir dir;
    [[nodiscard]] ProcessResult run(const std::string& args) const {
        return runShell("XDG_DATA_HOME=" + shellQuote((dir.path() / "data").string()) + " " + cli_tests::quotedBinary() + " " + args);
    }
};

std::string golden(const std::string& name) { return shellQuote(cli_tests::sourceRoot() + "/tests/data/golden/" + name + ".attempt.json"); }
std::string answer(const std::string& caseId) {
    return shellQuote(cli_tests::sourceRoot() + "/cases/answers/" + caseId + ".answer.json");
}
std::string day(int d, const char* time = "09:00:00") {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "2026-11-%02dT%sZ", d, time);
    return buffer;
}

double masteryOf(const nlohmann::json& summary, const std::string& skill) {
    for (const auto& g : summary["groups"])
        for (const auto& s : g["skills"])
            if (s["id"] == skill) return s["mastery"].get<double>();
    FAIL("no skill " << skill << " in the summary");
    return -1;
}

} // namespace progress_cli_test_detail

using namespace progress_cli_test_detail;

TEST_CASE("trainee add and list and a clear refusal of a name already taken") {
    Machine m;
    auto r = m.run("trainee add 'Ana Souza'");
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    r = m.run("trainee add 'ana souza'");
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("Ana Souza"));
    r = m.run("trainee list --json");
    REQUIRE(r.exitCode == 0);
    const auto list = nlohmann::json::parse(r.out);
    REQUIRE(list.size() == 1);
    CHECK(list[0]["name"] == "Ana Souza");
}

TEST_CASE("progress without a trainee says how to add one and fails") {
    Machine m;
    const auto r = m.run("progress");
    CHECK(r.exitCode == 1);
    CHECK_THAT(r.err, Catch::Contains("mntrainer trainee add NAME"));
}

TEST_CASE("a clock that is not a UTC time is refused with exit 2") {
    Machine m;
    REQUIRE(m.run("trainee add Ana").exitCode == 0);
    const auto r = m.run("progress --now 2026-11-03T09:30:00");
    CHECK(r.exitCode == 2);
    CHECK_THAT(r.err, Catch::Contains("is not a UTC time"));
}

TEST_CASE("an attempt that does not grade is not recorded") {
    Machine m;
    REQUIRE(m.run("trainee add Ana").exitCode == 0);
    TempDir scratch;
    const auto bad = scratch.write("bad.json", R"({"kind": "attempt", "case_id": "no-such-case"})");
    const auto r = m.run("record " + shellQuote(bad.string()) + " --at " + day(1));
    CHECK(r.exitCode == 1);
    const auto after = m.run("progress --json --now " + day(2));
    REQUIRE(after.exitCode == 0);
    CHECK(nlohmann::json::parse(after.out)["attempts"] == 0);
}

TEST_CASE("a scripted month of practice: the curve rises, mastery follows outcomes, proficiency is crossed, the pick changes") {
    Machine m;
    REQUIRE(m.run("trainee add 'Month Trainee'").exitCode == 0);
    // Days 1-4: four failed attempts (scores from tests/data/golden/*.expected.json:
    // 25.0, 21.4, 50.0, 22.1, all below the pass mark of 70). The first misses
    // the pregnancy flag, the others flag it.
    const char* failures[] = {"pregnant-missed-and-treated", "acne-deferred-instead", "pregnant-treated-anyway", "pregnant-referred"};
    for (int d = 1; d <= 4; ++d) {
        const auto r = m.run("record " + golden(failures[d - 1]) + " --at " + day(d));
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
    }
    auto early = m.run("progress --json --now " + day(4, "18:00:00"));
    REQUIRE(early.exitCode == 0);
    const auto earlySummary = nlohmann::json::parse(early.out);
    const double pregnancyEarly = masteryOf(earlySummary, "screen.pregnancy");
    auto nextEarly = m.run("next --json --now " + day(4, "18:00:00"));
    REQUIRE(nextEarly.exitCode == 0);
    const auto pickEarly = nlohmann::json::parse(nextEarly.out)["picks"][0];
    CHECK_FALSE(pickEarly["reason"].get<std::string>().empty());

    // Days 5-30: model answers (each grades to 100, see grade_cli_test), the
    // pregnancy case every third day.
    const char* models[] = {"a-melasma-pregnant-rosacea-flare", "a-acne-scars-cheeks", "b-dark-circles-toxin-filler"};
    for (int d = 5; d <= 30; ++d) {
        const auto r = m.run("record " + answer(models[d % 3]) + " --at " + day(d));
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
    }
    const auto late = m.run("progress --json --now " + day(30, "18:00:00"));
    REQUIRE(late.exitCode == 0);
    const auto summary = nlohmann::json::parse(late.out);
    REQUIRE(summary["attempts"] == 30);
    const auto& curve = summary["curve"];
    REQUIRE(curve.size() == 30);
    double first = 0, last = 0;
    for (int i = 0; i < 4; ++i) first += curve[i]["total"].get<double>() / 4;
    for (int i = 20; i < 30; ++i) last += curve[i]["total"].get<double>() / 10;
    CHECK(first < 70.0);
    CHECK(last == Approx(100.0));
    // Mastery follows outcomes: the pregnancy flag, missed once then caught, is learned.
    CHECK(masteryOf(summary, "screen.pregnancy") > pregnancyEarly);
    CHECK(masteryOf(summary, "screen.pregnancy") > 0.9);
    // LC-CUSUM with p0 0.10, p1 0.30, alpha 0.05, beta 0.20 (the default
    // profile): each success adds ln(0.9/0.7) = 0.2513, h = ln(0.8/0.05) = 2.7726,
    // so the 12th straight success crosses: 4 failures (floored at 0), then
    // attempts 5..16 succeed, and attempt 16 (index 15) is where it crosses.
    REQUIRE(summary["cusum"]["proficient_at"].is_number());
    CHECK(summary["cusum"]["proficient_at"] == 15);
    CHECK(summary["cusum"]["relapses"].empty());
    CHECK(summary["streak_days"] == 30);

    const auto nextLate = m.run("next --json --now " + day(30, "18:00:00"));
    REQUIRE(nextLate.exitCode == 0);
    const auto pickLate = nlohmann::json::parse(nextLate.out)["picks"][0];
    CHECK(pickLate["case_id"] != pickEarly["case_id"]);

    const auto csv = m.run("progress --csv --now " + day(30, "18:00:00"));
    REQUIRE(csv.exitCode == 0);
    CHECK(std::count(csv.out.begin(), csv.out.end(), '\n') == 31); // header + 30 attempts
}

TEST_CASE("progress --png writes the progress screen as a 1280x800 PNG from the app binary, and the headless binary says it cannot") {
    Machine m;
    REQUIRE(m.run("trainee add Ana").exitCode == 0);
    REQUIRE(m.run("record " + answer("a-acne-scars-cheeks") + " --at " + day(1)).exitCode == 0);
    const auto png = m.dir.path() / "portfolio" / "progress.png";
    std::filesystem::create_directories(png.parent_path());
    const auto r = m.run("progress --png " + shellQuote(png.string()) + " --now " + day(2));
    if (std::string(MNTRAINER_BIN).ends_with("mntrainer-cli")) {
        CHECK(r.exitCode == 2);
        CHECK_THAT(r.err, Catch::Contains("with the app binary"));
        CHECK_FALSE(std::filesystem::exists(png));
        return;
    }
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const std::string bytes = readFile(png);
    REQUIRE(bytes.size() > 24);
    // PNG signature, then the IHDR chunk: width and height as big-endian 32-bit numbers at bytes 16..23.
    CHECK(bytes.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
    const auto be32 = [&](std::size_t at) {
        return (static_cast<unsigned>(static_cast<unsigned char>(bytes[at])) << 24) |
               (static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 1])) << 16) |
               (static_cast<unsigned>(static_cast<unsigned char>(bytes[at + 2])) << 8) | static_cast<unsigned char>(bytes[at + 3]);
    };
    CHECK(be32(16) == 1280);
    CHECK(be32(20) == 800);
}
