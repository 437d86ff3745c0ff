// File loading for `grade`, batch grading and the GUI, with located errors.
#include "grading/grading_inputs.hpp"

#include "terms/file_kind.hpp"
#include "json/json_document.hpp"
#include "base/text_similarity.hpp"
#include "validation/validator.hpp"

#include <system_error>

namespace core {
namespace {

Error fileError(const std::string& file, std::string message) {
    Diagnostic d;
    d.file = file;
    d.message = std::move(message);
    return Error{{std::move(d)}};
}

} // namespace

std::expected<Case, Error> loadCaseFile(const std::filesystem::path& file, const ReferenceData& data) {
    auto doc = JsonDocument::fromFile(file);
    if (!doc) return std::unexpected(doc.error());
    FileReport report = validateDocument(*doc, data);
    if (report.kind != "case" && !report.diagnostics.hasErrors()) {
        return std::unexpected(fileError(file.string(), "this is a \"" + report.kind + "\" file, not a case"));
    }
    if (report.diagnostics.hasErrors()) return std::unexpected(Error{report.diagnostics.items()});
    Diagnostics ignored; // already validated above
    return readCase(doc->root(), ignored);
}

std::expected<Attempt, Error> loadAttemptFile(const std::filesystem::path& file) {
    auto doc = JsonDocument::fromFile(file);
    if (!doc) return std::unexpected(doc.error());
    Diagnostics d;
    Attempt attempt;
    const Json& root = doc->root();
    const auto kind = root.is_object() ? root.find("kind") : root.end();
    if (kind != root.end() && kind->is_string() && *kind == "attempt_record") {
        // The app's own saved practice attempts: the attempt is one member of the record.
        if (!root.contains("attempt")) {
            d.error("", "this attempt record has no \"attempt\" member: it is damaged; the app writes one per finished case");
        } else {
            attempt = readAttempt(root["attempt"], d, "/attempt");
        }
    } else if (kind != root.end() && kind->is_string() && *kind != "attempt") {
        d.error("/kind", "this is a \"" + kind->get<std::string>() + "\" file: grade reads attempt files (kind \"attempt\") and the app's saved "
                         "attempt records (kind \"attempt_record\"); for exam results use `mntrainer cohort`");
    } else {
        checkKind(root, "attempt", d);
        if (!d.hasErrors()) attempt = readAttempt(root, d);
    }
    doc->locate(d);
    if (d.hasErrors()) return std::unexpected(Error{d.items()});
    return attempt;
}

std::expected<Protocol, Error> resolveProtocol(const std::string& idOrFile, const Case& c, ReferenceData& data) {
    const std::string wanted = idOrFile.empty() ? c.protocol : idOrFile;
    if (const Protocol* p = data.protocol(wanted)) return *p;
    std::error_code ec;
    if (std::filesystem::is_regular_file(wanted, ec)) {
        Diagnostics d;
        const auto before = data.protocols.size();
        addProtocolFile(data, wanted, d);
        if (d.hasErrors()) return std::unexpected(Error{d.items()});
        for (const auto& [id, file] : data.protocolFiles) {
            std::error_code eq;
            if (std::filesystem::equivalent(file, wanted, eq)) return data.protocols.at(id);
        }
        (void)before;
    }
    std::vector<std::string> ids;
    for (const auto& [id, p] : data.protocols) ids.push_back(id);
    return std::unexpected(fileError(wanted, "no protocol profile with this id, and no such file." + didYouMean(wanted, ids) +
                                                 " Use an id from cases/protocols/ or a path to a protocol file"));
}

} // namespace core
