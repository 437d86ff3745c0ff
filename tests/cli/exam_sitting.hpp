// A headless exam sitting in its own XDG folder, and the answers the exam CLI
// tests give (shared by the sitting tests and the kill-point tests).
#pragma once

#include "../support/run_process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace exam_testing {

using namespace testing_support;

// One draw for every sitting: these tests replay the same answers in several
// sittings and compare them, which per-candidate draws would make meaningless.
inline const std::string kExam = std::string(MN_SOURCE_ROOT) + "/tests/data/exams/foundation-same-draw.json";

// The answer lines; each is committed to the journal as one record.
inline const std::vector<std::string> kAnswers{
    "case 1", "flag pregnancy", "flag rosacea_flare", "decide defer", "case 2", "decide treat", "depth forehead 0.25",
    "patterns forehead vertical horizontal oblique", "passes forehead 2", "endpoint forehead erythema", "review 2", "case 3",
    "decide treat_modified", "flag active_acne", "case 4", "decide refer", "aftercare spf30_daily"};

// The proctor's passphrase for every sitting's key (a file, as a proctor's tooling would pass it).
inline const std::string kProctorPassphrase = "proctor: correct horse battery";

struct Sitting {
    TempDir dir;
    // Each sitting gets a copy of one proctor's key, made once per test run
    // with the interactive scrypt cost (the kill-point tests make hundreds of sittings).
    Sitting() {
        dir.write("proctor.pass", kProctorPassphrase + "\n");
        static const std::unique_ptr<TempDir> made = [this] {
            auto keyHome = std::make_unique<TempDir>();
            const auto r = runShell("XDG_DATA_HOME=" + shellQuote(keyHome->path().string()) + " " + shellQuote(MNTRAINER_BIN) +
                                    " keys init --kdf-cost interactive" + unlock());
            if (r.exitCode != 0) throw std::runtime_error("keys init failed: " + r.err);
            return keyHome;
        }();
        std::filesystem::create_directories(dir.path() / "data/mntrainer");
        std::filesystem::copy(made->path() / "mntrainer/keys", dir.path() / "data/mntrainer/keys", std::filesystem::copy_options::recursive);
    }
    std::string unlock() const { return " --passphrase-file " + shellQuote((dir.path() / "proctor.pass").string()); }
    // The exam commands that unlock the key get the proctor's passphrase.
    std::string withKey(const std::string& args) const {
        for (const char* command : {"exam start", "exam run", "exam answer", "exam export"}) {
            if (args.rfind(command, 0) == 0) return args + unlock();
        }
        return args;
    }
    std::string env() const { return "XDG_DATA_HOME=" + shellQuote((dir.path() / "data").string()) + " "; }
    std::string bin() const { return env() + shellQuote(MNTRAINER_BIN); }
    std::filesystem::path script(const std::string& name, const std::vector<std::string>& lines, int waitMs = 0) const {
        std::string text;
        for (const auto& l : lines) text += l + "\n" + (waitMs > 0 ? "wait " + std::to_string(waitMs) + "\n" : "");
        return dir.write(name, text);
    }
    ProcessResult run(const std::string& args) const { return runShell(bin() + " " + withKey(args)); }
    nlohmann::json status() const {
        const auto r = run("exam status");
        REQUIRE(r.exitCode == 0);
        return nlohmann::json::parse(r.out);
    }
};

inline std::string startArgs(const std::string& name = "Ana Ruiz") {
    return "--exam " + shellQuote(kExam) + " --name " + shellQuote(name) + " --id S-1";
}

inline std::vector<nlohmann::json> attempts(const nlohmann::json& status) {
    std::vector<nlohmann::json> out;
    for (const auto& c : status["cases"]) out.push_back(c["attempt"]);
    return out;
}


} // namespace exam_testing
