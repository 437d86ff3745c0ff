// Output of `validate`: text lines for people, or one JSON object for tools.
#include "validate_command.hpp"

#include "model/reference_data.hpp"
#include "validation/validator.hpp"

#include <nlohmann/json.hpp>

#include <iostream>

namespace cli {

CLI::App* addValidateCommand(CLI::App& app, ValidateOptions& options) {
    CLI::App* cmd = app.add_subcommand("validate", "Check case, protocol and asset files (folders are searched for *.json)");
    cmd->add_option("paths", options.paths, "Files or folders to check")->required();
    cmd->add_flag("--json", options.json, "Print one machine-readable JSON object instead of text lines");
    cmd->add_flag("-q,--quiet", options.quiet, "Print only problems, not the summary line");
    return cmd;
}

int runValidate(const ValidateOptions& options) {
    std::vector<std::filesystem::path> paths(options.paths.begin(), options.paths.end());
    const core::ValidationReport report = core::validatePaths(paths, core::findDataRoot());

    if (options.json) {
        nlohmann::ordered_json out;
        out["valid"] = report.valid();
        out["errors"] = report.errorCount();
        out["warnings"] = report.warningCount();
        out["files"] = nlohmann::ordered_json::array();
        for (const auto& f : report.files) {
            out["files"].push_back({{"file", f.file}, {"kind", f.kind}, {"id", f.id},
                                    {"errors", f.diagnostics.errorCount()}, {"warnings", f.diagnostics.warningCount()}});
        }
        out["diagnostics"] = nlohmann::ordered_json::array();
        for (const auto& d : report.allDiagnostics()) {
            out["diagnostics"].push_back({{"file", d.file}, {"line", d.line}, {"column", d.column},
                                          {"severity", core::severityName(d.severity)}, {"pointer", d.pointer},
                                          {"message", d.message}});
        }
        // Replacement, not an exception, for invalid UTF-8 echoed from a bad file.
        std::cout << out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
    } else {
        for (const auto& d : report.allDiagnostics()) std::cout << core::formatDiagnostic(d) << "\n";
        if (!options.quiet) {
            std::size_t checked = 0;
            for (const auto& f : report.files) checked += f.kind == "schema" ? 0 : 1;
            std::cout << "checked " << checked << (checked == 1 ? " file: " : " files: ") << report.errorCount()
                      << " error(s), " << report.warningCount() << " warning(s)\n";
        }
    }
    return report.valid() ? 0 : 1;
}

} // namespace cli
