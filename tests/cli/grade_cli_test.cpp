// `mntrainer grade` through the real binary: JSON fields, readable output,
// exit codes, bad attempts, and batch rows.
#include "cli_binary.hpp"
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using namespace testing_support;

namespace {


std::string caseFile(const std::string& id) { return cli_tests::sourceRoot() + "/cases/library/" + id + ".json"; }
std::string answerFile(const std::string& id) { return cli_tests::sourceRoot() + "/cases/answers/" + id + ".answer.json"; }

ProcessResult grade(const std::string& args) { return runShell(cli_tests::quotedBinary() + " grade " + args); }

} // namespace

TEST_CASE("grade with the json flag prints exactly one object with the documented fields") {
    const auto r = grade("--case " + shellQuote(caseFile("a-acne-scars-cheeks")) + " --attempt " +
                         shellQuote(cli_tests::sourceRoot() + "/tests/data/golden/acne-past-safety-max.attempt.json") + " --json");
    INFO(r.err);
    REQUIRE(r.exitCode == 0); // graded, even though it failed
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["case_id"] == "a-acne-scars-cheeks");
    CHECK(j["score"].get<double>() == Approx(96.8));
    CHECK(j["passed"] == false);
    REQUIRE(j["critical"].size() == 1);
    CHECK(j["critical"][0]["id"] == "deeper_than_safety_max:cheek_left");
    CHECK_FALSE(j["critical"][0]["message"].get<std::string>().empty());
    REQUIRE(j["sections"].size() == 4);
    for (const auto& s : j["sections"]) {
        CHECK(s.contains("id"));
        CHECK(s.contains("score"));
        CHECK(s.contains("max"));
    }
    bool sawDepth = false;
    for (const auto& item : j["items"]) {
        for (const char* field : {"section", "id", "expected", "given", "points", "max", "explanation", "source", "tier"}) {
            CHECK(item.contains(field));
        }
        if (item["id"] == "zone:cheek_left:depth") {
            sawDepth = true;
            CHECK(item["expected"] == "1.5-2 mm");
            CHECK(item["given"] == "2.75 mm");
            CHECK(item["points"].get<double>() == 0.0);
            CHECK(item["max"].get<double>() == 2.0);
        }
    }
    CHECK(sawDepth);
}

TEST_CASE("every bundled model answer grades to 100 and passed through the CLI") {
    const auto r = runShell(cli_tests::quotedBinary() + " grade --attempts " + shellQuote(cli_tests::sourceRoot() + "/cases/answers"));
    INFO(r.err);
    CHECK(r.exitCode == 0);
    int rows = 0;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
        const auto j = nlohmann::json::parse(line);
        INFO(line);
        CHECK(j["score"].get<double>() == 100.0);
        CHECK(j["passed"] == true);
        ++rows;
    }
    CHECK(rows >= 24);
}

TEST_CASE("the readable report leads with the verdict and the critical errors") {
    const auto r = grade("--attempt " + shellQuote(cli_tests::sourceRoot() + "/tests/data/golden/pregnant-missed-and-treated.attempt.json") + " --case " +
                         shellQuote(caseFile("a-melasma-pregnant-rosacea-flare")));
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.find("Score 25.0 / 100: FAILED") != std::string::npos);
    CHECK(r.out.find("Critical errors:") < r.out.find("Sections:"));
    CHECK(r.out.find("[missed_absolute:pregnancy]") != std::string::npos);
    CHECK(r.out.find("plan: not graded in this case") != std::string::npos);
}

TEST_CASE("the readable report ends with each reference it cites, once") {
    const auto r = grade("--attempt " + shellQuote(cli_tests::sourceRoot() + "/tests/data/golden/pregnant-missed-and-treated.attempt.json") + " --case " +
                         shellQuote(caseFile("a-melasma-pregnant-rosacea-flare")));
    REQUIRE(r.exitCode == 0);
    const auto references = r.out.find("\nreferences\n");
    REQUIRE(references != std::string::npos);
    CHECK(references > r.out.find("source: "));
    // Pregnancy cites the SkinPen De Novo decision; the list holds it once though several rules cite it.
    const std::string deNovo = "  - US Food and Drug Administration, Center for Devices and Radiological Health. De Novo classification DEN160029";
    const auto first = r.out.find(deNovo, references);
    REQUIRE(first != std::string::npos);
    CHECK(r.out.find(deNovo, first + 1) == std::string::npos);
}

TEST_CASE("an attempt for another case, or with unknown ids, is an error, not a zero") {
    TempDir dir;
    auto attempt = nlohmann::json::parse(readFile(answerFile("a-acne-scars-cheeks")));
    auto r = grade("--case " + shellQuote(caseFile("a-fine-lines-forehead-eyes")) + " --attempt " + shellQuote(answerFile("a-acne-scars-cheeks")));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("/case_id: this attempt is for case \"a-acne-scars-cheeks\"") != std::string::npos);

    attempt["zones"][0]["zone"] = "cheek_lft";
    attempt["flags"] = {"active_acnee"};
    const auto bad = dir.write("bad.json", attempt.dump(2));
    r = grade("--attempt " + shellQuote(bad.string()));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("Did you mean \"active_acne\"?") != std::string::npos);

    attempt = nlohmann::json::parse(readFile(answerFile("a-acne-scars-cheeks")));
    attempt["zones"][0]["depth_mm"] = 1.6;
    r = grade("--attempt " + shellQuote(dir.write("step.json", attempt.dump(2)).string()));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("multiple of 0.25") != std::string::npos);

    attempt = nlohmann::json::parse(readFile(answerFile("a-acne-scars-cheeks")));
    attempt["case_id"] = "no-such-case";
    r = grade("--attempt " + shellQuote(dir.write("orphan.json", attempt.dump(2)).string()));
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("no case with id \"no-such-case\"") != std::string::npos);
}

TEST_CASE("usage errors and unknown profiles") {
    CHECK(grade("").exitCode == 2);
    CHECK(grade("--attempt a.json --attempts b.json").exitCode == 2);
    const auto r = grade("--attempt " + shellQuote(answerFile("a-acne-scars-cheeks")) + " --protocol clinic-standart");
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("Did you mean \"clinic-standard\"?") != std::string::npos);
}

TEST_CASE("the protocol option takes an id or a file") {
    auto r = grade("--attempt " + shellQuote(answerFile("a-acne-scars-cheeks")) + " --protocol device-label --json");
    REQUIRE(r.exitCode == 0);
    CHECK(nlohmann::json::parse(r.out)["passed"] == false);
    r = grade("--attempt " + shellQuote(answerFile("a-acne-scars-cheeks")) + " --protocol " +
              shellQuote(cli_tests::sourceRoot() + "/cases/protocols/device-label.json") + " --json");
    REQUIRE(r.exitCode == 0);
    CHECK(nlohmann::json::parse(r.out)["protocol"] == "device-label");
}

TEST_CASE("batch: an unreadable attempt is an error row and the rest are still graded") {
    TempDir dir;
    std::filesystem::copy_file(answerFile("a-acne-scars-cheeks"), dir.path() / "1-good.json");
    dir.write("2-broken.json", "{ not json");
    std::filesystem::copy_file(cli_tests::sourceRoot() + "/tests/data/golden/acne-too-deep.attempt.json", dir.path() / "3-deep.json");

    auto r = runShell(cli_tests::quotedBinary() + " grade --attempts " + shellQuote(dir.path().string()));
    CHECK(r.exitCode == 1); // something could not be graded
    std::vector<nlohmann::json> rows;
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) rows.push_back(nlohmann::json::parse(line));
    REQUIRE(rows.size() == 3);
    CHECK(rows[0]["score"].get<double>() == 100.0);
    CHECK(rows[1]["error"].get<std::string>().find("not valid JSON") != std::string::npos);
    CHECK(rows[2]["score"].get<double>() == Approx(98.4));

    r = runShell(cli_tests::quotedBinary() + " grade --format csv --attempts " + shellQuote(dir.path().string()));
    std::istringstream csv(r.out);
    std::string header, first, second, third;
    std::getline(csv, header);
    std::getline(csv, first);
    std::getline(csv, second);
    std::getline(csv, third);
    CHECK(header == "attempt,case_id,score,passed,critical,error\r");
    CHECK(first.find(",a-acne-scars-cheeks,100.0,true,,") != std::string::npos);
    CHECK(second.find(",,,,,") != std::string::npos);
    CHECK(third.find(",98.4,true,,") != std::string::npos);
}

TEST_CASE("grade refuses an attempt with no decision as the window refuses to submit it, naming the field") {
    TempDir dir;
    auto attempt = nlohmann::json::parse(readFile(answerFile("a-fine-lines-forehead-eyes")));
    attempt.erase("decision");
    const auto file = dir.write("no-decision.json", attempt.dump(2));
    const auto r = grade("--attempt " + shellQuote(file.string()));
    CHECK(r.exitCode == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find("no-decision.json") != std::string::npos);
    CHECK(r.err.find("/decision: choose a decision before submitting") != std::string::npos);
    // The same attempt with its decision is graded (the model answer scores 100).
    const auto ok = grade("--attempt " + shellQuote(answerFile("a-fine-lines-forehead-eyes")) + " --json");
    REQUIRE(ok.exitCode == 0);
    CHECK(nlohmann::json::parse(ok.out)["score"].get<double>() == Approx(100.0));
}

TEST_CASE("grade reads the app's saved attempt records, and names the kinds it reads for any other file") {
    TempDir dir;
    // A record as the app's AttemptStore writes it: the attempt is one member.
    const auto attempt = nlohmann::json::parse(readFile(answerFile("a-fine-lines-forehead-eyes")));
    nlohmann::json record{{"kind", "attempt_record"}, {"schema_version", 1}, {"finished_at", "2026-11-30T10:00:00Z"},
                          {"attempt", attempt}, {"report", {{"case_id", "a-fine-lines-forehead-eyes"}, {"score", 100.0}}}};
    dir.write("history/a-fine-lines-forehead-eyes--2026-11-30T10-00-00Z.json", record.dump(2));
    const auto r = grade("--attempts " + shellQuote((dir.path() / "history").string()));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const auto row = nlohmann::json::parse(r.out.substr(0, r.out.find('\n')));
    CHECK(row["case_id"] == "a-fine-lines-forehead-eyes");
    CHECK(row["score"].get<double>() == Approx(100.0));

    // A damaged member is located inside the record.
    record["attempt"]["decision"] = "maybe";
    dir.write("bad/record.json", record.dump(2));
    const auto bad = grade("--attempts " + shellQuote((dir.path() / "bad").string()));
    CHECK(bad.exitCode == 1);
    CHECK(bad.out.find("/attempt/decision") != std::string::npos);

    nlohmann::json result{{"kind", "exam_result"}, {"schema_version", 1}};
    dir.write("other/result.json", result.dump(2));
    const auto other = grade("--attempts " + shellQuote((dir.path() / "other").string()));
    CHECK(other.exitCode == 1);
    CHECK(other.out.find("grade reads attempt files (kind \\\"attempt\\\") and the app's saved attempt records (kind \\\"attempt_record\\\")") !=
          std::string::npos);
}
