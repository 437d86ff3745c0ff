// Cohort results: gathers the roster, the official exams and the result files,
// prints what core's judgeCohort decides (per file: standing, signing machine,
// problems) and writes one gradebook CSV per exam, or refuses to mix exams.
#include "cohort_command.hpp"

#include "cohort_items.hpp"
#include "cohort_report.hpp"

#include "cohort/cohort_batch.hpp"
#include "exam/exam_result.hpp"
#include "exam/gradebook_csv.hpp"
#include "cohort/item_analysis.hpp"
#include "grading/grader.hpp"
#include "model/reference_data.hpp"
#include "platform/atomic_file.hpp"
#include "platform/user_dirs.hpp"
#include "validation/case_library.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <iostream>
#include <thread>

namespace cli {
namespace cohort_command_detail {

namespace fs = std::filesystem;

constexpr std::string_view kExamPlaceholder = "{exam}";

// The exam id as part of a file name: nothing that could leave the folder.
std::string fileSafe(const std::string& id) {
    std::string out;
    for (unsigned char ch : id) out += (std::isalnum(ch) || ch == '-' || ch == '_' || ch == '.') && !(ch == '.' && out.empty()) ? static_cast<char>(ch) : '_';
    return out.empty() ? std::string("exam") : out;
}

std::string csvPathFor(const std::string& pattern, const std::string& examId) {
    std::string out = pattern;
    for (auto at = out.find(kExamPlaceholder); at != std::string::npos; at = out.find(kExamPlaceholder, at + 1)) {
        out.replace(at, kExamPlaceholder.size(), fileSafe(examId));
    }
    return out;
}

core::Result<core::KeyRoster> roster(const CohortOptions& o) {
    std::vector<fs::path> files(o.pubkeys.begin(), o.pubkeys.end());
    const std::vector<fs::path> dirs(o.trustedKeys.begin(), o.trustedKeys.end());
    if (!files.empty() || !dirs.empty()) return core::loadKeyRoster(files, dirs, o.dir);
    // No roster given: this install's own key (results sat on this machine).
    auto own = core::loadKeyRoster({core::publicKeyPath(core::dataDir() / "keys")}, {}, o.dir);
    if (!own) return std::unexpected(own.error().context("no --pubkey or --trusted-keys given, and this install's key is unusable"));
    core::KeyRoster named;
    for (auto key : own->keys()) {
        key.machine = "this-install";
        if (auto added = named.add(std::move(key)); !added) return std::unexpected(added.error());
    }
    return named;
}

void printFindings(const core::Cohort& cohort) {
    for (const auto& f : cohort.files) {
        const std::string name = f.file.string();
        for (const auto& problem : f.verdict.problems) std::cerr << name << ": " << problem << "\n";
        if (f.practice) {
            std::cerr << name << ": PRACTICE: case " << f.practice->caseId;
            if (f.practice->regraded) {
                char scores[96];
                std::snprintf(scores, sizeof scores, " re-graded %.1f (stored %.1f)", f.practice->regradedScore, f.practice->storedScore);
                std::cerr << scores;
            }
            std::cerr << "; not signed, never in an exam gradebook\n";
            for (const auto& problem : f.practice->problems) std::cerr << name << ": practice record: " << problem << "\n";
            for (const auto& note : f.practice->notes) std::cerr << name << ": practice record: " << note << "\n";
            continue;
        }
        for (const auto& note : f.verdict.notes) std::cerr << name << ": note: " << note << "\n";
    }
}

// The exams to write a gradebook for, or why none can be written.
core::Result<std::vector<std::string>> examsToWrite(const CohortOptions& o, const core::Cohort& cohort, const std::vector<core::OfficialExam>& officials) {
    std::vector<std::string> ids;
    if (officials.empty()) {
        for (const auto& [id, results] : cohort.gradebooks) ids.push_back(id);
        if (ids.size() > 1) {
            return std::unexpected("the results are of " + std::to_string(ids.size()) + " exams: " + core::examCounts(cohort) +
                                   ". A gradebook holds one exam, and without the official exam files nothing checks what was sat: pass --exam "
                                   "FILE (the official exam file) for each exam to collect, with --out 'FOLDER/{exam}.csv' for one CSV per exam");
        }
        return ids;
    }
    for (const auto& official : officials) ids.push_back(official.exam.id);
    if (ids.size() > 1 && o.out.find(kExamPlaceholder) == std::string::npos) {
        return std::unexpected("--exam names " + std::to_string(ids.size()) +
                               " exams, and each gets its own gradebook: give --out a pattern with {exam} in it, such as --out 'books/{exam}.csv'");
    }
    return ids;
}

// Returns 1 when a file could not be written or a gradebook refused its
// options; `leftOut` counts results a preset had to leave out (each warned).
int writeBooks(const CohortOptions& o, const core::Cohort& cohort, const std::vector<std::string>& ids, const core::GradebookOptions& options,
               WrittenBooks& written, int& leftOut) {
    // No accepted results and no --exam: the header-only CSV, as before.
    const std::vector<std::string> targets = ids.empty() ? std::vector<std::string>{""} : ids;
    for (const auto& id : targets) {
        const auto it = cohort.gradebooks.find(id);
        auto book = core::gradebookCsv(it == cohort.gradebooks.end() ? std::vector<core::ExamResult>{} : it->second, options);
        if (!book) {
            std::cerr << "mntrainer cohort: " << book.error().summary() << "\n";
            return 1;
        }
        // A result left out of the gradebook is a problem the instructor must settle by hand.
        for (const auto& warning : book->warnings) std::cerr << "mntrainer cohort: warning: " << warning << "\n";
        leftOut += static_cast<int>(book->warnings.size());
        const std::string& csv = book->csv;
        if (o.out.empty()) {
            std::cout << csv;
            if (!id.empty()) written[id] = "";
            continue;
        }
        const std::string path = csvPathFor(o.out, id);
        if (auto problem = core::writeFileAtomically(path, csv); !problem) {
            std::cerr << "mntrainer cohort: " << problem.error().summary() << "\n";
            return 1;
        }
        if (!id.empty()) written[id] = path;
    }
    return 0;
}

// The output options that only go together: a bare --csv and --json ask for the item analysis.
[[nodiscard]] core::Status checkOutputChoice(const CohortOptions& o) {
    if (!o.itemAnalysis) {
        if (o.json) return std::unexpected(core::Error("--json prints the item analysis: give it with --item-analysis"));
        if (o.csvBare) return std::unexpected(core::Error("--csv needs a gradebook format: generic, moodle or canvas (or add --item-analysis for the analysis as CSV)"));
        return {};
    }
    if (o.json && o.csvBare) return std::unexpected(core::Error("--item-analysis prints text, --json or --csv: give one of them"));
    if (!o.csvBare && o.preset != "generic") {
        return std::unexpected(core::Error("--item-analysis writes no gradebook, so --csv " + o.preset + " has no use: give --csv alone for the analysis as CSV"));
    }
    if (o.out.find(kExamPlaceholder) != std::string::npos) {
        return std::unexpected(core::Error("--item-analysis writes one file for every exam: give --out a plain file name, without {exam}"));
    }
    return {};
}

// Prints (or writes to --out) the item analysis of every exam collected; 1 when one could not be analysed or written.
int writeItemAnalysis(const CohortOptions& o, const core::Cohort& cohort, int& analysed) {
    std::vector<core::CohortItemAnalysis> exams;
    int failed = 0;
    for (const auto& [examId, results] : cohort.gradebooks) {
        auto analysis = core::analyseCohortItems(examId, results);
        if (!analysis) {
            std::cerr << "mntrainer cohort: " << analysis.error().summary() << "\n";
            failed = 1;
            continue;
        }
        analysed += static_cast<int>(results.size());
        exams.push_back(std::move(*analysis));
    }
    const std::string text = o.json ? itemAnalysisJson(exams).dump(2) + "\n" : o.csvBare ? itemAnalysisCsv(exams) : itemAnalysisText(exams);
    if (o.out.empty()) {
        std::cout << text;
    } else if (auto written = core::writeFileAtomically(o.out, text); !written) {
        std::cerr << "mntrainer cohort: " << written.error().summary() << "\n";
        failed = 1;
    }
    return failed;
}

} // namespace cohort_command_detail

void addCohortCommand(CLI::App& app, CohortOptions& o) {
    CLI::App* cmd = app.add_subcommand("cohort", "Verify, re-grade and collect a folder of exam results into one gradebook CSV per exam");
    cmd->add_option("dir", o.dir, "Folder of result files (*.json with .minisig)")->required();
    // With --item-analysis a bare --csv asks for the analysis as CSV; a preset names a gradebook format.
    CLI::Option* csv = cmd->add_option("--csv", o.preset, "Gradebook format: generic, moodle or canvas (with --item-analysis: --csv alone, the analysis as CSV)")
        ->expected(0, 1)
        ->check(CLI::IsMember({"", "generic", "moodle", "canvas"}));
    cmd->add_option("--pubkey", o.pubkeys,
                    "A machine's public key (repeatable); the machine is named by the file's stem. Default: this install's key")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    cmd->add_option("--trusted-keys", o.trustedKeys, "Folder of machine public keys, NAME.pub each (repeatable); never the results folder")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    cmd->add_option("--exam", o.exams, "The official exam file (repeatable): results must be of one of these exams, sat on exactly this file")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
        ->check(CLI::ExistingFile);
    cmd->add_option("--out", o.out, "Write the CSV here; with {exam} in it, one CSV per exam (default: standard output)");
    cmd->add_option("--report", o.report, "Also write a JSON report: every file, where it ended up and which machine signed it");
    cmd->add_option("--jobs", o.jobs, "Files checked at once (default: one per core)")->check(CLI::Range(1u, 256u));
    cmd->add_option("--moodle-map-from", o.moodleMapFrom, "Moodle preset: the identifier column, idnumber (default) or email")
        ->check(CLI::IsMember({"idnumber", "email"}));
    cmd->add_option("--canvas-assignment-id", o.canvasAssignmentId,
                    "Canvas preset: the assignment's id (the N in .../assignments/N); the column is titled \"Title (N)\"");
    cmd->add_flag("--bom", o.bom, "Start the CSV with a UTF-8 byte order mark, for Excel");
    cmd->add_flag("--item-analysis", o.itemAnalysis,
                  "Instead of the gradebook: Moodle's item statistics for every case and line item of each exam (facility, discrimination, "
                  "efficiency, alpha), negative discrimination flagged, and the cohort error map of the face");
    cmd->add_flag("--json", o.json, "With --item-analysis: print it as one JSON object");
    cmd->callback([&o, csv] {
        o.chosen = true;
        o.csvBare = csv->count() > 0 && (csv->results().empty() || csv->results().front().empty());
    });
}

int runCohort(const CohortOptions& o) {
    namespace detail = cohort_command_detail;
    if (auto choice = detail::checkOutputChoice(o); !choice) {
        std::cerr << "mntrainer cohort: " << choice.error().summary() << "\n";
        return 1;
    }
    const auto root = core::findDataRoot();
    auto data = core::loadReferenceData(root);
    if (!data) {
        std::cerr << data.error().summary() << "\n";
        return 1;
    }
    std::error_code ec;
    if (!std::filesystem::is_directory(o.dir, ec)) {
        std::cerr << "mntrainer cohort: " << o.dir << " is not a folder: give the folder the candidates' result files were collected in\n";
        return 1;
    }
    auto keys = detail::roster(o);
    if (!keys) {
        std::cerr << "mntrainer cohort: " << keys.error().summary() << "\n";
        return 1;
    }
    auto officials = core::loadOfficialExams(std::vector<std::filesystem::path>(o.exams.begin(), o.exams.end()));
    if (!officials) {
        std::cerr << "mntrainer cohort: " << officials.error().summary() << "\n";
        return 1;
    }
    const auto files = core::cohortResultFiles(o.dir, ec);
    if (ec) {
        std::cerr << "mntrainer cohort: cannot read " << o.dir << ": " << ec.message() << "\n";
        return 1;
    }
    const auto library = core::loadCaseLibrary(root / "cases" / "library", *data);
    const auto cases = core::cohortCases(library);
    const unsigned jobs = o.jobs > 0 ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
    const core::Cohort cohort = core::judgeCohort(files, {*keys, cases, *data, *officials, jobs});

    detail::printFindings(cohort);
    if (o.itemAnalysis) {
        std::cerr << cohortTable(cohort);
        int analysed = 0;
        int failed = detail::writeItemAnalysis(o, cohort, analysed);
        if (!o.report.empty()) {
            const std::string json = cohortReportJson(cohort, *keys, *officials, {}).dump(2) + "\n";
            if (auto problem = core::writeFileAtomically(o.report, json); !problem) {
                std::cerr << "mntrainer cohort: " << problem.error().summary() << "\n";
                failed = 1;
            }
        }
        int problems = 0;
        for (const auto& f : cohort.files) problems += core::isProblem(f.verdict.standing) ? 1 : 0;
        std::cerr << "cohort: item analysis of " << analysed << " result(s) in " << cohort.gradebooks.size() << " exam(s), " << problems << " problem(s)\n";
        return problems == 0 && failed == 0 ? 0 : 1;
    }
    (o.out.empty() ? std::cerr : std::cout) << cohortTable(cohort);
    core::GradebookOptions options;
    options.excelBom = o.bom;
    for (const auto& [name, value] : core::csvPresetChoices()) {
        if (name == o.preset) options.preset = value;
    }
    for (const auto& [name, value] : core::moodleMapFromChoices()) {
        if (name == o.moodleMapFrom) options.moodleMapFrom = value;
    }
    options.canvasAssignmentId = o.canvasAssignmentId;
    int leftOut = 0;
    WrittenBooks written;
    const auto ids = detail::examsToWrite(o, cohort, *officials);
    int failed = 0;
    if (!ids) {
        std::cerr << "mntrainer cohort: no gradebook written: " << ids.error().summary() << "\n";
        failed = 1;
    } else {
        failed = detail::writeBooks(o, cohort, *ids, options, written, leftOut);
    }
    if (!o.report.empty()) {
        const std::string json = cohortReportJson(cohort, *keys, *officials, written).dump(2) + "\n";
        if (auto problem = core::writeFileAtomically(o.report, json); !problem) {
            std::cerr << "mntrainer cohort: " << problem.error().summary() << "\n";
            failed = 1;
        }
    }
    int problems = leftOut; // each result a preset left out
    int accepted = 0;
    int duplicates = 0;
    int setAside = 0;
    int practice = 0;
    for (const auto& f : cohort.files) {
        problems += core::isProblem(f.verdict.standing) ? 1 : 0;
        accepted += f.total ? 1 : 0;
        duplicates += f.verdict.standing == core::Standing::Duplicate ? 1 : 0;
        setAside += f.verdict.standing == core::Standing::SetAside ? 1 : 0;
        practice += f.verdict.standing == core::Standing::Practice ? 1 : 0;
    }
    accepted -= leftOut;
    std::cerr << "cohort: " << accepted << " result(s) in " << (ids ? ids->size() : 0) << " gradebook(s), " << problems << " problem(s), " << duplicates
              << " duplicate cop(ies) counted once, " << setAside << " of other exams set aside, " << practice << " practice record(s) re-graded\n";
    return problems == 0 && failed == 0 ? 0 : 1;
}

} // namespace cli
