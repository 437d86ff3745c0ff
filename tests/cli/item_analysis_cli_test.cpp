// `mntrainer cohort --item-analysis`: five candidates sit four cases, each
// answered with its model answer (100) or left unanswered (0), so the case
// marks are 100 x a 0/1 matrix worked out by hand below; the text, JSON and
// CSV outputs give those figures, flag the one negatively discriminating
// case, and print the cohort error map. Wrong option mixes are refused.
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace testing_support;

namespace item_analysis_cli_test_support {

const std::string kExam = std::string(MN_SOURCE_ROOT) + "/tests/data/item_analysis/four-decisions.json";

// Each case's model answer (cases/answers/*.answer.json) as script lines: 100 each.
const char* const kModelAnswers[4] = {
    "case 1\nflag pregnancy\nflag rosacea_flare\ndecide defer\nrebook 40\nadvice protect_from_sun\nadvice let_skin_settle\n",
    "case 2\nflag unexplained_rash\nflag metal_allergy\ndecide refer\nrefer-to gp\nadvice let_skin_settle\n",
    "case 3\nflag skin_cancer\nflag immunosuppression\ndecide refer\nrefer-to dermatologist\nadvice protect_from_sun\n",
    "case 4\nflag eczema_psoriasis_flare\ndecide defer\nrebook 6\nadvice let_skin_settle\n"};

// Which cases each candidate answers (1) or leaves without a decision (0, scoring 0).
//        C1 C2 C3 C4 | total
//    A    1  1  1  0 |  3
//    B    1  1  1  0 |  3
//    C    1  1  0  1 |  3
//    D    1  0  0  1 |  2
//    E    0  0  0  0 |  0
// Marks are 100 x these; facility, SD %, discrimination, efficiency and alpha
// are ratios, so they are worked out on the 0/1 marks (variances over s - 1 = 4,
// rest = total - the case's mark, as Moodle's calculator.php):
// C1: marks 1 1 1 1 0, mean .8 -> facility 80%; dev .2 .2 .2 .2 -.8, squares .16 + .64 = .8,
//     var .2, sd .447214 -> 44.72%. rest 2 2 2 1 0, mean 1.4, dev .6 .6 .6 -.4 -1.4,
//     squares 1.08 + .16 + 1.96 = 3.2, var .8. cross .36 - .08 + 1.12 = 1.4, cov .35.
//     DI = 35 / sqrt(.2 x .8) = 35 / .4 = 87.50%. covmax: sorted 0 1 1 1 1 with
//     0 1 2 2 2: 1.12 - .08 + .36 = 1.4, .35 -> DE 100.00%.
// C2: marks 1 1 1 0 0, mean .6 -> 60%; var (.48 + .72) / 4 = .3, sd 54.77%.
//     rest 2 2 2 2 0, mean 1.6, squares .64 + 2.56 = 3.2, var .8.
//     cross .48 - .24 + .96 = 1.2, cov .3; DI = 30 / sqrt(.24) = 61.24%.
//     covmax: sorted 0 0 1 1 1 with 0 2 2 2 2: .96 - .24 + .48 = 1.2 -> DE 100.00%.
// C3: marks 1 1 0 0 0, mean .4 -> 40%; var .3, sd 54.77%.
//     rest 2 2 3 2 0, mean 1.8, dev .2 .2 1.2 .2 -1.8, squares 4.8, var 1.2.
//     cross .24 - .48 - .08 + .72 = .4, cov .1; DI = 10 / sqrt(.36) = 16.67%.
//     covmax: sorted 0 0 0 1 1 with 0 2 2 2 3: .72 - .08 - .08 + .12 + .72 = 1.4, .35;
//     DE = .1 / .35 = 28.57% (not dubious: 15% or more).
// C4: marks 0 0 1 1 0, mean .4 -> 40%; var .3, sd 54.77%.
//     rest 3 3 2 1 0, mean 1.8, dev 1.2 1.2 .2 -.8 -1.8, squares 6.8, var 1.7.
//     cross -.96 + .12 - .48 + .72 = -.6, cov -.15; DI = -15 / sqrt(.51) = -21.00%
//     -> NEGATIVE DISCRIMINATION. covmax: sorted 0 0 0 1 1 with 0 1 2 3 3:
//     .72 + .32 - .08 + .72 + .72 = 2.4, .6; DE = -.15 / .6 = -25.00% -> dubious.
// Test: totals 3 3 3 2 0, mean 2.2, dev .8 .8 .8 -.2 -2.2, squares 6.8, k2 1.7,
//     sd 1.303840; sum of variances .2 + .3 + .3 + .3 = 1.1;
//     alpha = 100 x 4/3 x (1 - 1.1/1.7) = 800/17 = 47.06%;
//     error ratio = 100 x sqrt(9/17) = 72.76%; standard error = sqrt(9/17 x 1.7) = sqrt(.9) = .948683.
//     In marks (x 100): mean 220.00, sd 130.38, standard error 94.87.
const int kAnswered[5][4] = {{1, 1, 1, 0}, {1, 1, 1, 0}, {1, 1, 0, 1}, {1, 0, 0, 1}, {0, 0, 0, 0}};

struct Cohort {
    TempDir dir;
    std::string bin;
    std::filesystem::path results;
    Cohort() {
        bin = "XDG_DATA_HOME=" + shellQuote((dir.path() / "data").string()) + " XDG_CONFIG_HOME=" + shellQuote((dir.path() / "config").string()) +
              " " + shellQuote(MNTRAINER_BIN);
        const std::string unlock = " --passphrase-file " + shellQuote(dir.write("proctor.pass", "proctor\n").string());
        REQUIRE(runShell(bin + " keys init --kdf-cost interactive" + unlock).exitCode == 0);
        results = dir.path() / "class";
        const char* ids[5] = {"A", "B", "C", "D", "E"};
        for (int c = 0; c < 5; ++c) {
            std::string script;
            for (int k = 0; k < 4; ++k) script += kAnswered[c][k] ? kModelAnswers[k] : "";
            const auto file = dir.write(std::string("answers-") + ids[c] + ".txt", script + "submit-exam\n");
            const auto r = runShell(bin + " exam run --exam " + shellQuote(kExam) + " --name " + shellQuote(std::string("Candidate ") + ids[c]) +
                                    " --id " + ids[c] + " --script " + shellQuote(file.string()) + " --export-dir " + shellQuote(results.string()) + unlock);
            INFO(r.err);
            REQUIRE(r.exitCode == 0);
        }
    }
    ProcessResult run(const std::string& args) const { return runShell(bin + " cohort " + shellQuote(results.string()) + " " + args); }
};

} // namespace item_analysis_cli_test_support

using Catch::Detail::Approx;

TEST_CASE("cohort item analysis: the synthetic cohort's figures match the hand working, in text, JSON and CSV") {
    const item_analysis_cli_test_support::Cohort cohort;

    const auto text = cohort.run("--item-analysis");
    INFO(text.err);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.find("item analysis of exam four-decisions (5 candidates)") != std::string::npos);
    // One row per case: facility, SD, discrimination, efficiency, flag.
    CHECK(text.out.find("case:a-melasma-pregnant-rosacea-flare  100.00  80.00%    44.72%  87.50%          100.00%") != std::string::npos);
    CHECK(text.out.find("case:b-neck-rash-nickel-allergy        100.00  60.00%    54.77%  61.24%          100.00%") != std::string::npos);
    CHECK(text.out.find("case:b-transplant-temple-lesion        100.00  40.00%    54.77%  16.67%          28.57%\n") != std::string::npos);
    CHECK(text.out.find("case:c-eczema-flare-cheeks             100.00  40.00%    54.77%  -21.00%         -25.00%     NEGATIVE DISCRIMINATION, "
                        "dubious (efficiency under 15%)") != std::string::npos);
    CHECK(text.out.find("test: 5 candidates, mean 220.00, sd 130.38, alpha 47.06%, error ratio 72.76%, standard error 94.87") != std::string::npos);
    // Defer and refer cases plan no zones: 3 + 3 + 3 + 2 + 0 = 11 answered cases, none judged on the map.
    CHECK(text.out.find("cohort error map of the face: 0 answered case(s) judged on the map, 11 without zone verdicts\n  no zone judged") !=
          std::string::npos);
    CHECK(text.err.find("cohort: item analysis of 5 result(s) in 1 exam(s), 0 problem(s)") != std::string::npos);

    const auto json = cohort.run("--item-analysis --json");
    REQUIRE(json.exitCode == 0);
    const auto j = nlohmann::json::parse(json.out);
    CHECK(j["kind"] == "item_analysis");
    REQUIRE(j["exams"].size() == 1);
    const auto& cases = j["exams"][0]["cases"];
    CHECK(cases["candidates"] == nlohmann::json{"A", "B", "C", "D", "E"});
    REQUIRE(cases["items"].size() == 4);
    CHECK(cases["items"][3]["marks"] == nlohmann::json{0.0, 0.0, 100.0, 100.0, 0.0});
    CHECK(cases["items"][0]["discrimination_index"].get<double>() == Approx(87.5));
    CHECK(cases["items"][1]["discrimination_index"].get<double>() == Approx(61.2372).epsilon(1e-5));
    CHECK(cases["items"][2]["discriminative_efficiency"].get<double>() == Approx(28.5714).epsilon(1e-5));
    CHECK(cases["items"][3]["discrimination_index"].get<double>() == Approx(-21.0042).epsilon(1e-5));
    CHECK(cases["items"][3]["discriminative_efficiency"].get<double>() == Approx(-25.0));
    for (int k = 0; k < 3; ++k) CHECK_FALSE(cases["items"][k]["negative_discrimination"].get<bool>());
    CHECK(cases["items"][3]["negative_discrimination"].get<bool>());
    CHECK(cases["test"]["cronbach_alpha"].get<double>() == Approx(800.0 / 17.0));
    CHECK(cases["test"]["error_ratio"].get<double>() == Approx(72.7607).epsilon(1e-5));
    CHECK(cases["test"]["standard_error"].get<double>() == Approx(94.8683).epsilon(1e-5));
    CHECK(cases["test"]["sd"].get<double>() == Approx(130.3840).epsilon(1e-5));
    // Every candidate's reports hold each case's line items (an unanswered case earns 0 on them).
    CHECK(j["exams"][0]["line_items"]["candidates"].size() == 5);
    CHECK_FALSE(j["exams"][0]["line_items"]["items"].empty());
    CHECK(j["exams"][0]["error_map"]["cases_without_zones"] == 11);

    const auto csv = cohort.run("--item-analysis --csv");
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.rfind("exam,level,item,max_mark,candidates,facility,sd,discrimination_index,discriminative_efficiency,negative_discrimination,"
                        "dubious,mean,cronbach_alpha,error_ratio,standard_error\n",
                        0) == 0);
    CHECK(csv.out.find("four-decisions,cases,case:c-eczema-flare-cheeks,100.00,5,40.00,54.77,-21.00,-25.00,yes,yes,,,,\n") != std::string::npos);
    CHECK(csv.out.find("four-decisions,cases,TEST,,5,,130.38,,,,,220.00,47.06,72.76,94.87\n") != std::string::npos);
}

TEST_CASE("cohort item analysis: output options that do not go together are refused before any file is read") {
    TempDir dir;
    const std::string bin = shellQuote(MNTRAINER_BIN) + " cohort " + shellQuote(dir.path().string());
    const auto both = runShell(bin + " --item-analysis --json --csv");
    CHECK(both.exitCode == 1);
    CHECK(both.err.find("--item-analysis prints text, --json or --csv: give one of them") != std::string::npos);
    const auto preset = runShell(bin + " --item-analysis --csv moodle");
    CHECK(preset.exitCode == 1);
    CHECK(preset.err.find("--item-analysis writes no gradebook, so --csv moodle has no use") != std::string::npos);
    const auto json = runShell(bin + " --json");
    CHECK(json.exitCode == 1);
    CHECK(json.err.find("--json prints the item analysis: give it with --item-analysis") != std::string::npos);
    const auto bare = runShell(bin + " --csv");
    CHECK(bare.exitCode == 1);
    CHECK(bare.err.find("--csv needs a gradebook format") != std::string::npos);
}
