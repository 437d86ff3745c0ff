// `mntrainer generate` through the real binary: the variant and its model
// answer are written, validate and grade 100; the same seed writes the same
// bytes; unknown ids, bad seeds and unusable folders fail with a clear message.
#include "cli_binary.hpp"
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

using namespace testing_support;

namespace {

ProcessResult generate(const std::string& args) { return runShell(cli_tests::quotedBinary() + " generate " + args); }

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

} // namespace

TEST_CASE("generate writes a variant and its model answer, which validate and grade 100") {
    TempDir dir;
    const std::string out = dir.path().string();
    const auto r = generate("--from a-tired-skin-chemo-blood-thinner --seed 1234 --out " + shellQuote(out));
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    const std::string caseFile = out + "/a-tired-skin-chemo-blood-thinner--v1234.json";
    const std::string answerFile = out + "/a-tired-skin-chemo-blood-thinner--v1234.answer.json";
    const auto variant = nlohmann::json::parse(slurp(caseFile));
    CHECK(variant["id"] == "a-tired-skin-chemo-blood-thinner--v1234");
    CHECK(variant["variant_of"]["seed"] == "1234");
    const auto validated = runShell(cli_tests::quotedBinary() + " validate " + shellQuote(caseFile));
    INFO(validated.out);
    CHECK(validated.exitCode == 0);
    const auto graded = runShell(cli_tests::quotedBinary() + " grade --case " + shellQuote(caseFile) + " --attempt " + shellQuote(answerFile) + " --json");
    INFO(graded.err);
    REQUIRE(graded.exitCode == 0);
    CHECK(nlohmann::json::parse(graded.out)["score"].get<double>() == Approx(100.0));
    // The same seed again: byte for byte the same file.
    TempDir again;
    REQUIRE(generate("--from a-tired-skin-chemo-blood-thinner --seed 1234 --out " + shellQuote(again.path().string())).exitCode == 0);
    CHECK(slurp(again.path().string() + "/a-tired-skin-chemo-blood-thinner--v1234.json") == slurp(caseFile));
}

TEST_CASE("generate refuses an unknown case with a suggestion, a bad seed and an unusable folder") {
    TempDir dir;
    const std::string out = shellQuote(dir.path().string());
    const auto unknown = generate("--from a-tired-skin-chemo-blood-thiner --seed 1 --out " + out);
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.find("no case with id \"a-tired-skin-chemo-blood-thiner\"") != std::string::npos);
    CHECK(unknown.err.find("Did you mean \"a-tired-skin-chemo-blood-thinner\"") != std::string::npos);
    for (const std::string seed : {"-3", "12x", "18446744073709551616"}) {
        const auto bad = generate("--from a-tired-skin-chemo-blood-thinner --seed " + seed + " --out " + out);
        INFO(seed);
        CHECK(bad.exitCode == 1);
        CHECK(bad.err.find("is not a seed") != std::string::npos);
    }
    // A file where the folder should be.
    const std::string file = dir.path().string() + "/taken";
    std::ofstream(file) << "x";
    const auto unusable = generate("--from a-tired-skin-chemo-blood-thinner --seed 1 --out " + shellQuote(file));
    CHECK(unusable.exitCode == 1);
    CHECK(unusable.err.find("cannot use") != std::string::npos);
}
