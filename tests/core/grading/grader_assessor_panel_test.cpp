// The assessor panel: realistic flawed attempts whose verdicts (pass or fail,
// and each critical error in words with its reference) were written from
// clinical reasoning before the grader ran (tests/data/assessor/README.md).
// The grader must agree with every verdict.
#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <set>

namespace fs = std::filesystem;

namespace {

struct Panel {
    std::vector<fs::path> files;
    std::vector<core::Json> entries;
};

const Panel& panel() {
    static const Panel p = [] {
        Panel out;
        for (const auto& e : fs::directory_iterator(fs::path(MN_SOURCE_ROOT) / "tests/data/assessor")) {
            if (e.path().extension() == ".json") out.files.push_back(e.path());
        }
        std::sort(out.files.begin(), out.files.end());
        for (const auto& f : out.files) {
            std::ifstream in(f);
            out.entries.push_back(core::Json::parse(in));
        }
        return out;
    }();
    return p;
}

} // namespace

TEST_CASE("assessor panel: at least 40 attempts over at least 15 cases, each verdict reasoned and cited") {
    const auto& p = panel();
    REQUIRE(p.entries.size() >= 40);
    std::set<std::string> cases;
    int passes = 0;
    for (std::size_t i = 0; i < p.entries.size(); ++i) {
        const auto& e = p.entries[i];
        INFO(p.files[i].filename().string());
        cases.insert(e["case"].get<std::string>());
        CHECK(e["mistake"].get<std::string>().size() > 20);
        CHECK(e["verdict"]["reasoning"].get<std::string>().size() > 40);
        const bool pass = e["verdict"]["pass"].get<bool>();
        passes += pass ? 1 : 0;
        // A pass names no critical error; every critical error is in words and cites a real reference.
        if (pass) CHECK(e["verdict"]["critical"].empty());
        for (const auto& c : e["verdict"]["critical"]) {
            CHECK(c["why"].get<std::string>().size() > 10);
            CHECK(fixtures::referenceData().references.find(c["ref"].get<std::string>()) != nullptr);
        }
    }
    CHECK(cases.size() >= 15);
    // Both verdicts are well represented, so agreement cannot come from always failing.
    CHECK(passes >= 10);
    CHECK(static_cast<int>(p.entries.size()) - passes >= 10);
}

TEST_CASE("assessor panel: the grader agrees with every verdict, pass or fail and each critical error, each line fully cited") {
    const auto& p = panel();
    const auto& data = fixtures::referenceData();
    int agreed = 0;
    for (std::size_t i = 0; i < p.entries.size(); ++i) {
        const auto& e = p.entries[i];
        INFO(p.files[i].filename().string() << ": " << e["mistake"].get<std::string>());
        auto c = core::loadCaseFile(fs::path(MN_SOURCE_ROOT) / "cases/library" / (e["case"].get<std::string>() + ".json"), data);
        REQUIRE(c.has_value());
        core::Diagnostics d;
        const core::Attempt attempt = core::readAttempt(e["attempt"], d);
        core::checkAttemptAgainstCase(attempt, *c, data, d);
        std::string problems;
        for (const auto& diagnostic : d.items()) problems += core::formatDiagnostic(diagnostic) + "\n";
        INFO(problems);
        REQUIRE_FALSE(d.hasErrors());
        const core::Protocol* profile = data.protocol(e.value("profile", c->protocol));
        REQUIRE(profile);
        const core::Report r = core::grade(*c, attempt, *profile, data);
        std::vector<std::string> named;
        for (const auto& critical : r.critical) named.push_back(critical.id);
        std::vector<std::string> wanted;
        for (const auto& critical : e["verdict"]["critical"]) wanted.push_back(critical["id"].get<std::string>());
        std::sort(named.begin(), named.end());
        std::sort(wanted.begin(), wanted.end());
        INFO("grader: " << r.total << (r.passed ? " pass" : " fail"));
        CHECK(r.passed == e["verdict"]["pass"].get<bool>());
        CHECK(named == wanted);
        // Every rule shown in the debrief opens to a full citation from assets/references.json.
        for (const auto& item : r.items) {
            INFO(item.id() << " cites " << item.source.str());
            CHECK_FALSE(item.citations.empty());
        }
        agreed += (r.passed == e["verdict"]["pass"].get<bool>() && named == wanted) ? 1 : 0;
    }
    CHECK(agreed == static_cast<int>(p.entries.size()));
}
