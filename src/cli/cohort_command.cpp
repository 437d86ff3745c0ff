// Cohort results: reads each result file and prints what core's judgeResult
// decides (signature, case files, re-grade). Problems are reported by file
// name; everything else goes into the gradebook CSV.
#include "cohort_command.hpp"
#include "base/diagnostics.hpp"

#include "platform/atomic_file.hpp"
#include "validation/case_library.hpp"
#include "exam/cohort_verdict.hpp"
#include "exam/exam_result.hpp"
#include "exam/gradebook_csv.hpp"
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
    cmd->add_option("--moodle-map-from", o.moodleMapFrom, "Moodle preset: the identifier column, idnumber (default) or email")
        ->check(CLI::IsMember({"idnumber", "email"}));
    cmd->add_option("--canvas-assignment-id", o.canvasAssignmentId,
                    "Canvas preset: the assignment's id (the N in .../assignments/N); the column is titled \"Title (N)\"");
    cmd->add_flag("--bom", o.bom, "Start the CSV with a UTF-8 byte order mark, for Excel");
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
    const auto cases = core::cohortCases(library);
    const std::string keyFile = o.pubkey.empty() ? core::publicKeyPath(core::dataDir() / "keys").string() : o.pubkey;
    const auto keyText = core::readWholeFile(keyFile);
    auto key = keyText ? core::parsePublicKey(*keyText) : std::expected<core::PublicKey, core::Error>(std::unexpected(std::string("cannot read it")));
    if (!key) {
        std::cerr << "mntrainer cohort: public key " << keyFile << ": " << key.error().summary() << "\n";
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
            report(f, "unreadable (missing, not a regular file, or larger than 64 MiB)");
            continue;
        }
        auto verdict = core::judgeResult(*content, core::readWholeFile(f.string() + ".minisig"), *key, cases, *data);
        for (const auto& problem : verdict.problems) report(f, problem);
        for (const auto& note : verdict.notes) std::cerr << f.string() << ": note: " << note << "\n";
        if (verdict.accepted) good.push_back(std::move(*verdict.accepted));
    }
    core::GradebookOptions options;
    options.excelBom = o.bom;
    for (const auto& [name, value] : core::csvPresetChoices()) {
        if (name == o.preset) options.preset = value;
    }
    for (const auto& [name, value] : core::moodleMapFromChoices()) {
        if (name == o.moodleMapFrom) options.moodleMapFrom = value;
    }
    options.canvasAssignmentId = o.canvasAssignmentId;
    auto book = core::gradebookCsv(good, options);
    if (!book) {
        std::cerr << "mntrainer cohort: " << book.error().summary() << "\n";
        return 1;
    }
    // A result left out of the gradebook is a problem the instructor must settle by hand.
    for (const auto& warning : book->warnings) {
        std::cerr << "mntrainer cohort: warning: " << warning << "\n";
        ++problems;
    }
    const std::string& csv = book->csv;
    if (o.out.empty()) {
        std::cout << csv;
    } else if (auto problem = core::writeFileAtomically(o.out, csv); !problem) {
        std::cerr << "mntrainer cohort: " << problem.error().summary() << "\n";
        return 1;
    }
    std::cerr << "cohort: " << good.size() - book->warnings.size() << " result(s) in the gradebook, " << problems << " problem(s)\n";
    return problems == 0 ? 0 : 1;
}

} // namespace cli
