// Single and batch grading. Bad input is reported with its file and pointer;
// in batch mode it becomes an error row and the rest are still graded.
#include "grade_command.hpp"

#include "report_text.hpp"

#include "validation/case_library.hpp"
#include "platform/file_walk.hpp"
#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"
#include "model/reference_data.hpp"
#include "grading/report_json.hpp"

#include <iostream>
#include <map>
#include <optional>

namespace cli {
namespace {

void printErrors(const core::Error& e) {
    for (const auto& d : e.diagnostics) std::cerr << core::formatDiagnostic(d) << "\n";
}

std::string csvCell(const std::string& s) {
    const bool quote = s.find_first_of(",\"\n\r") != std::string::npos;
    std::string out = s;
    // A leading = + - @ or tab would run as a formula in a spreadsheet.
    if (!out.empty() && std::string("=+-@\t\r").find(out.front()) != std::string::npos) out.insert(0, "'");
    if (!quote) return out;
    std::string q = "\"";
    for (char ch : out) q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return q + "\"";
}

std::string criticalIds(const core::Report& r) {
    std::string out;
    for (const auto& c : r.critical) out += (out.empty() ? "" : ";") + c.id;
    return out;
}

} // namespace

GradedAttemptFile gradeAttemptFile(const std::string& attemptFile, const std::optional<std::string>& caseFile,
                                   const std::map<std::string, std::string>& caseFilesById, const std::string& protocolArg,
                                   core::ReferenceData& data) {
    GradedAttemptFile o;
    o.attemptFile = attemptFile;
    auto attempt = core::loadAttemptFile(attemptFile);
    if (!attempt) {
        o.error = attempt.error().summary();
        return o;
    }
    std::string file;
    if (caseFile) {
        file = *caseFile;
    } else if (const auto it = caseFilesById.find(attempt->caseId); it != caseFilesById.end()) {
        file = it->second;
    } else {
        o.error = attemptFile + ": error: /case_id: no case with id \"" + attempt->caseId +
                  "\" in the case library: pass --case FILE or --cases DIR";
        return o;
    }
    auto c = core::loadCaseFile(file, data);
    if (!c) {
        o.error = c.error().summary();
        return o;
    }
    core::Diagnostics d;
    core::checkAttemptAgainstCase(*attempt, *c, data, d);
    core::checkSubmittable(*attempt, d);
    if (d.hasErrors()) {
        for (auto& item : d.items()) item.file = attemptFile;
        o.error = core::Error{d.items()}.summary();
        return o;
    }
    auto protocol = core::resolveProtocol(protocolArg, *c, data);
    if (!protocol) {
        o.error = protocol.error().summary();
        return o;
    }
    o.caseTitle = c->title;
    o.attempt = *attempt;
    o.report = core::grade(*c, *attempt, *protocol, data);
    return o;
}

std::map<std::string, std::string> caseFilesByIdIn(const std::filesystem::path& dir) {
    std::map<std::string, std::string> caseFilesById;
    for (const auto& file : core::collectJsonFiles({dir}).files) {
        auto doc = core::JsonDocument::fromFile(file);
        if (doc && doc->root().is_object() && doc->root().value("kind", "") == "case") {
            caseFilesById.try_emplace(doc->root().value("id", ""), file.string());
        }
    }
    return caseFilesById;
}

CLI::App* addGradeCommand(CLI::App& app, GradeOptions& o) {
    CLI::App* cmd = app.add_subcommand("grade", "Grade attempts against their case and print the report");
    cmd->add_option("--case", o.caseFile, "The case file (default: found by the attempt's case_id in --cases)");
    cmd->add_option("--attempt", o.attemptFile, "One attempt file: prints a full report");
    cmd->add_option("--attempts", o.attempts, "Many attempt files or folders: prints one row per attempt");
    cmd->add_option("--cases", o.casesDir, "Folder of cases to find attempts' cases in (default: the bundled library)");
    cmd->add_option("--protocol", o.protocol, "Protocol profile id or file (default: each case's own profile)");
    cmd->add_flag("--json", o.json, "Single attempt: print one JSON object");
    cmd->add_option("--format", o.format, "Batch output: jsonl (default) or csv")->check(CLI::IsMember({"jsonl", "csv"}));
    return cmd;
}

int runGrade(const GradeOptions& o) {
    if (o.attemptFile.empty() == o.attempts.empty()) {
        std::cerr << "mntrainer grade: give either --attempt FILE or --attempts FILE|DIR...\n";
        return 2;
    }
    const auto root = core::findDataRoot();
    auto loaded = core::loadReferenceData(root);
    if (!loaded) {
        printErrors(loaded.error());
        return 1;
    }
    core::ReferenceData& data = *loaded;
    std::map<std::string, std::string> caseFilesById;
    if (o.caseFile.empty()) {
        const std::filesystem::path dir = o.casesDir.empty() ? root / "cases" / "library" : std::filesystem::path(o.casesDir);
        caseFilesById = caseFilesByIdIn(dir);
    }
    const std::optional<std::string> caseFile = o.caseFile.empty() ? std::nullopt : std::optional(o.caseFile);

    if (!o.attemptFile.empty()) {
        const GradedAttemptFile outcome = gradeAttemptFile(o.attemptFile, caseFile, caseFilesById, o.protocol, data);
        if (!outcome.report) {
            std::cerr << outcome.error << "\n";
            return 1;
        }
        if (o.json) {
            std::cout << core::reportToJson(*outcome.report).dump(2) << "\n";
        } else {
            std::cout << formatReportText(*outcome.report, outcome.caseTitle);
        }
        return 0;
    }

    // Batch: explicit files keep their order; folders contribute their *.json files.
    std::vector<std::filesystem::path> inputs(o.attempts.begin(), o.attempts.end());
    const core::FileWalk walk = core::collectJsonFiles(inputs);
    std::vector<GradedAttemptFile> outcomes;
    for (const auto& d : walk.problems.items()) {
        if (d.severity == core::Severity::Error) outcomes.push_back(GradedAttemptFile{d.file, std::nullopt, std::nullopt, "", core::formatDiagnostic(d)});
    }
    for (const auto& file : walk.files) outcomes.push_back(gradeAttemptFile(file.string(), caseFile, caseFilesById, o.protocol, data));

    bool anyError = false;
    if (o.format == "csv") std::cout << "attempt,case_id,score,passed,critical,error\r\n";
    for (const auto& out : outcomes) {
        anyError = anyError || !out.report;
        if (o.format == "csv") {
            if (out.report) {
                char score[32];
                std::snprintf(score, sizeof score, "%.1f", out.report->total);
                std::cout << csvCell(out.attemptFile) << "," << csvCell(out.report->caseId) << "," << score << ","
                          << (out.report->passed ? "true" : "false") << "," << csvCell(criticalIds(*out.report)) << ",\r\n";
            } else {
                std::cout << csvCell(out.attemptFile) << ",,,,," << csvCell(out.error) << "\r\n";
            }
            continue;
        }
        nlohmann::ordered_json row;
        row["attempt"] = out.attemptFile;
        if (out.report) {
            row["case_id"] = out.report->caseId;
            row["score"] = out.report->total;
            row["passed"] = out.report->passed;
            row["critical"] = nlohmann::ordered_json::array();
            for (const auto& c : out.report->critical) row["critical"].push_back({{"id", c.id}, {"message", c.message}});
        } else {
            row["error"] = out.error;
        }
        std::cout << row.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    }
    return anyError ? 1 : 0;
}

} // namespace cli
