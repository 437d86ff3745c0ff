// Cohort results: every result is verified (signature), re-graded from its raw
// answers and today's case files, and compared. Problems are reported by file
// name; everything else goes into the gradebook CSV.
#include "cohort_command.hpp"

#include "platform/atomic_file.hpp"
#include "validation/case_library.hpp"
#include "exam/exam_result.hpp"
#include "grading/grader.hpp"
#include "model/reference_data.hpp"
#include "platform/signing.hpp"
#include "platform/user_dirs.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iostream>
#include <sstream>

namespace cli {
namespace {

namespace fs = std::filesystem;

} // namespace

void addCohortCommand(CLI::App& app, CohortOptions& o) {
    CLI::App* cmd = app.add_subcommand("cohort", "Verify, re-grade and collect a folder of exam results into one gradebook CSV");
    cmd->add_option("dir", o.dir, "Folder of result files (*.json with .minisig)")->required();
    cmd->add_option("--csv", o.preset, "Gradebook format: generic, moodle or canvas")->check(CLI::IsMember({"generic", "moodle", "canvas"}));
    cmd->add_option("--pubkey", o.pubkey, "Public key the results must be signed with (default: this install's)");
    cmd->add_option("--out", o.out, "Write the CSV here (default: standard output)");
    cmd->callback([&o] { o.chosen = true; });
}

int runCohort(const CohortOptions& o) {
    const auto root = core::findDataRoot();
    auto data = core::loadReferenceData(root);
    if (!data) {
        std::cerr << data.error().summary() << "\n";
        return 1;
    }
    const auto library = core::loadCaseLibrary(root / "cases" / "library", *data);
    std::map<std::string, const core::CaseEntry*> cases;
    for (const auto& e : library.entries) {
        if (e.playable) cases[e.playable->id] = &e;
    }
    const std::string keyFile = o.pubkey.empty() ? core::publicKeyPath(core::dataDir() / "keys").string() : o.pubkey;
    const auto keyText = core::readWholeFile(keyFile);
    auto key = keyText ? core::parsePublicKey(*keyText) : std::expected<core::PublicKey, std::string>(std::unexpected(std::string("cannot read it")));
    if (!key) {
        std::cerr << "mntrainer cohort: public key " << keyFile << ": " << key.error() << "\n";
        return 1;
    }
    std::error_code ec;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(o.dir, ec)) {
        const std::string name = e.path().filename().string();
        if (e.path().extension() == ".json" && !name.ends_with(".xapi.json")) files.push_back(e.path());
    }
    if (ec) {
        std::cerr << "mntrainer cohort: cannot read " << o.dir << ": " << ec.message() << "\n";
        return 1;
    }
    std::sort(files.begin(), files.end());
    std::vector<core::ExamResult> good;
    int problems = 0;
    const auto report = [&](const fs::path& f, const std::string& what) {
        std::cerr << f.string() << ": " << what << "\n";
        ++problems;
    };
    for (const auto& f : files) {
        const auto content = core::readWholeFile(f);
        if (!content) {
            report(f, "unreadable");
            continue;
        }
        const auto sig = core::readWholeFile(f.string() + ".minisig");
        if (!sig) {
            report(f, "UNSIGNED: no .minisig beside it");
            continue;
        }
        if (auto ok = core::verifyDetached(*key, *content, *sig); !ok) {
            report(f, "TAMPERED or wrongly signed: " + ok.error());
            continue;
        }
        core::Json json;
        try {
            json = core::Json::parse(*content);
        } catch (const std::exception&) {
            report(f, "unreadable: not JSON");
            continue;
        }
        auto result = core::examResultFromJson(json);
        if (!result) {
            report(f, "unreadable: " + result.error());
            continue;
        }
        const core::Protocol* protocol = data->protocol(result->exam.protocol);
        bool fine = protocol != nullptr;
        if (!protocol) report(f, "unknown protocol profile \"" + result->exam.protocol + "\"");
        for (auto& c : result->cases) {
            const auto it = cases.find(c.caseId);
            if (it == cases.end()) {
                report(f, "case " + c.caseId + " is not in the library: cannot re-grade");
                fine = false;
                continue;
            }
            const std::string sha = core::sha256Hex(core::readWholeFile(it->second->file).value_or(""));
            if (sha != c.caseSha256) {
                report(f, "case " + c.caseId + " has changed since the exam (SHA-256 differs): re-grade by hand");
                fine = false;
            }
            if (!protocol) continue;
            const core::Report regraded = core::grade(*it->second->playable, c.attempt, *protocol, *data);
            if (std::abs(regraded.total - c.report.total) > 0.05) {
                char text[160];
                std::snprintf(text, sizeof text, "stored score %.1f for case %s differs from the re-grade %.1f", c.report.total, c.caseId.c_str(),
                              regraded.total);
                report(f, text);
                fine = false;
            }
            c.report = regraded;
        }
        if (fine && std::abs(json.value("total", -1.0) - result->total()) > 0.05) {
            report(f, "stored total differs from the re-graded total");
            fine = false;
        }
        if (fine) good.push_back(std::move(*result));
    }
    core::CsvPreset preset = core::CsvPreset::Generic;
    for (const auto& [name, value] : core::csvPresetChoices()) {
        if (name == o.preset) preset = value;
    }
    const std::string csv = core::examResultCsv(good, preset);
    if (o.out.empty()) {
        std::cout << csv;
    } else if (const std::string problem = core::writeFileAtomically(o.out, csv); !problem.empty()) {
        std::cerr << "mntrainer cohort: " << problem << "\n";
        return 1;
    }
    std::cerr << "cohort: " << good.size() << " result(s) in the gradebook, " << problems << " problem(s)\n";
    return problems == 0 ? 0 : 1;
}

} // namespace cli
