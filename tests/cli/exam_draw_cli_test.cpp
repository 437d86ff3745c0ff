// Exam rules through the real binary: each candidate's own draw, and a blank
// case that sinks a sitting under the default rules.
#include "exam_sitting.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <memory>
#include <set>

namespace exam_draw_testing {

using testing_support::shellQuote;

const std::string kPooledExam = std::string(MN_SOURCE_ROOT) + "/cases/exams/foundation-certificate.json";

std::vector<std::string> drawnCases(const nlohmann::json& status) {
    std::vector<std::string> out;
    for (const auto& c : status["cases"]) out.push_back(c["case_id"].get<std::string>());
    return out;
}

// A library model answer as script lines (treat cases only: flags, zones,
// aftercare and schedule).
std::vector<std::string> scriptFor(const std::string& caseId) {
    std::ifstream in(std::string(MN_SOURCE_ROOT) + "/cases/answers/" + caseId + ".answer.json");
    const auto a = nlohmann::json::parse(in);
    std::vector<std::string> lines;
    for (const auto& f : a["flags"]) lines.push_back("flag " + f.get<std::string>());
    lines.push_back("decide " + a["decision"].get<std::string>());
    for (const auto& z : a["zones"]) {
        const std::string zone = z["zone"].get<std::string>();
        if (z["action"] == "avoid") {
            lines.push_back("avoid " + zone);
            continue;
        }
        lines.push_back("treat " + zone);
        lines.push_back("depth " + zone + " " + std::to_string(z["depth_mm"].get<double>()));
        for (const auto& p : z["patterns"]) lines.push_back("pattern " + zone + " " + p.get<std::string>());
        lines.push_back("passes " + zone + " " + std::to_string(z["passes"].get<int>()));
        lines.push_back("endpoint " + zone + " " + z["endpoint"].get<std::string>());
    }
    for (const auto& id : a["aftercare"]) lines.push_back("aftercare " + id.get<std::string>());
    lines.push_back("interval " + std::to_string(a["schedule"]["interval_weeks"].get<int>()));
    lines.push_back("sessions " + std::to_string(a["schedule"]["sessions"].get<int>()));
    return lines;
}

// Sits an exam of four listed treat cases, answering the first three with
// their model answers and leaving the fourth blank; returns the result JSON.
nlohmann::json sitWithOneBlankCase(const exam_testing::Sitting& s, bool allCasesRequired) {
    const std::vector<std::string> cases{"a-fine-lines-forehead-eyes", "a-sun-spots-soft-jawline", "a-texture-pores-type-vi",
                                         "b-alopecia-crown-hairline"};
    nlohmann::json exam{{"kind", "exam"}, {"schema_version", 1}, {"id", "blank-case"}, {"title", "Four cases"}, {"cases", cases},
                        {"time_limit_minutes", 30}, {"pass_mark", 70}, {"protocol", "clinic-standard"}, {"feedback", "score_only"}};
    if (!allCasesRequired) exam["all_cases_required"] = false;
    const auto examFile = s.dir.write("exam.json", exam.dump(2));
    std::vector<std::string> lines;
    for (int i = 0; i < 3; ++i) {
        lines.push_back("case " + std::to_string(i + 1));
        for (const auto& l : scriptFor(cases[static_cast<std::size_t>(i)])) lines.push_back(l);
    }
    lines.push_back("submit-exam");
    const auto out = s.dir.path() / "results";
    const auto r = s.run("exam run --exam " + shellQuote(examFile.string()) + " --name Ann --id S-7 --script " +
                         shellQuote(s.script("answers.txt", lines).string()) + " --export-dir " + shellQuote(out.string()));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    for (const auto& e : std::filesystem::directory_iterator(out)) {
        const std::string name = e.path().filename().string();
        if (name.ends_with(".json") && !name.ends_with(".xapi.json")) {
            std::ifstream in(e.path());
            return nlohmann::json::parse(in);
        }
    }
    FAIL("no result JSON was exported");
    return {};
}

} // namespace exam_draw_testing

TEST_CASE("two candidates sitting the same pooled exam draw differently, and a re-sit draws anew") {
    using namespace exam_draw_testing;
    std::set<std::vector<std::string>> draws;
    std::set<std::string> seeds;
    for (const std::string id : {"S-1", "S-2", "S-3", "S-4", "S-5"}) {
        exam_testing::Sitting s;
        REQUIRE(s.run("exam start --exam " + shellQuote(kPooledExam) + " --name Ann --id " + id).exitCode == 0);
        const auto status = s.status();
        draws.insert(drawnCases(status));
        seeds.insert(status["draw_seed"].get<std::string>());
        CHECK(drawnCases(status).size() == 4);
    }
    // Four cases shuffled, one from an advanced pool: five identical draws would
    // mean the candidate's id plays no part.
    CHECK(draws.size() > 1);
    CHECK(seeds.size() == 5);
    std::set<std::vector<std::string>> resits;
    for (int i = 0; i < 5; ++i) {
        exam_testing::Sitting s;
        REQUIRE(s.run("exam start --exam " + shellQuote(kPooledExam) + " --name Ann --id S-1").exitCode == 0);
        resits.insert(drawnCases(s.status()));
    }
    CHECK(resits.size() > 1);
}

TEST_CASE("a sitting with one blank case of four cannot pass under the default rules, and can when the exam allows blanks") {
    using namespace exam_draw_testing;
    exam_testing::Sitting strict;
    const auto failed = sitWithOneBlankCase(strict, true);
    // Three model answers (100 each) and one blank (0): (3 * 100 + 0) / 4 = 75, over the pass mark of 70.
    CHECK(failed["total"].get<double>() == Approx(75.0));
    CHECK(failed["cases"][3]["answered"] == false);
    CHECK(failed["cases"][3]["score"].get<double>() == 0.0);
    CHECK(failed["passed"] == false);
    REQUIRE(failed["fail_reasons"].size() == 1);
    CHECK(failed["fail_reasons"][0] == "case 4 (b-alopecia-crown-hairline) was left unanswered, and this exam requires every case");

    exam_testing::Sitting lenient;
    const auto passed = sitWithOneBlankCase(lenient, false);
    CHECK(passed["total"].get<double>() == Approx(75.0));
    CHECK(passed["passed"] == true);
}

TEST_CASE("cohort reproduces each candidate's draw from the recorded seed, and refuses a result whose seed was changed") {
    using namespace exam_draw_testing;
    testing_support::TempDir room;
    const auto classDir = room.path() / "class";
    std::filesystem::create_directories(classDir);
    std::vector<std::unique_ptr<exam_testing::Sitting>> machines;
    std::set<std::vector<std::string>> draws;
    std::string pubkeys;
    std::filesystem::path firstResult;
    for (const std::string id : {"S-1", "S-2", "S-3"}) {
        machines.push_back(std::make_unique<exam_testing::Sitting>());
        const auto& s = *machines.back();
        const auto out = s.dir.path() / "results";
        const auto r = s.run("exam run --exam foundation-certificate --name Ann --id " + id + " --script " +
                             shellQuote(s.script("a.txt", {"decide treat", "case 2", "decide defer", "submit-exam"}).string()) +
                             " --export-dir " + shellQuote(out.string()));
        INFO(r.err);
        REQUIRE(r.exitCode == 0);
        for (const auto& e : std::filesystem::directory_iterator(out)) {
            const std::string name = e.path().filename().string();
            if (!name.ends_with(".json") || name.ends_with(".xapi.json")) continue;
            std::ifstream in(e.path());
            const auto result = nlohmann::json::parse(in);
            std::vector<std::string> cases;
            for (const auto& c : result["cases"]) cases.push_back(c["case_id"].get<std::string>());
            draws.insert(cases);
            std::filesystem::copy_file(e.path(), classDir / name);
            std::filesystem::copy_file(e.path().string() + ".minisig", classDir / (name + ".minisig"));
            if (firstResult.empty()) firstResult = classDir / name;
        }
        pubkeys += " --pubkey " + shellQuote((s.dir.path() / "data/mntrainer/keys/public.pub").string());
    }
    // 12 advanced cases times 24 orders: three identical draws would mean the seed plays no part.
    CHECK(draws.size() > 1);
    const std::string cohort = testing_support::shellQuote(MNTRAINER_BIN) + " cohort " + shellQuote(classDir.string()) + pubkeys +
                               " --exam " + shellQuote(kPooledExam);
    auto r = testing_support::runShell(cohort);
    INFO(r.out << r.err);
    CHECK(r.err.find("cohort: 3 result(s) in 1 gradebook(s), 0 problem(s)") != std::string::npos);

    // The first candidate's seed changed and the file signed again by its own machine's key:
    // the signature holds, but the cases sat are no longer the seed's draw.
    std::ifstream in(firstResult);
    auto doctored = nlohmann::json::parse(in);
    in.close();
    doctored["draw_seed"] = "0000000000000001";
    { std::ofstream(firstResult, std::ios::trunc) << doctored.dump(2); }
    const auto& first = *machines.front();
    REQUIRE(first.run("sign " + shellQuote(firstResult.string()) + first.unlock()).exitCode == 0);
    r = testing_support::runShell(cohort);
    CHECK(r.exitCode == 1);
    CHECK(r.err.find("the cases sat are not this exam's draw for the recorded seed 0000000000000001") != std::string::npos);
    CHECK(r.err.find("cohort: 2 result(s) in 1 gradebook(s), 1 problem(s)") != std::string::npos);
}
