// The two-layer validator shared by the CLI and the in-app editor.
#include "validation/validator.hpp"

#include "validation/case_checks.hpp"
#include "model/citation_links.hpp"
#include "model/attempt.hpp"
#include "model/case_model.hpp"
#include "model/exam.hpp"
#include "terms/file_kind.hpp"
#include "platform/file_walk.hpp"

#include <map>
#include <system_error>

namespace core {

int ValidationReport::errorCount() const {
    int n = general.errorCount();
    for (const auto& f : files) n += f.diagnostics.errorCount();
    return n;
}

int ValidationReport::warningCount() const {
    int n = general.warningCount();
    for (const auto& f : files) n += f.diagnostics.warningCount();
    return n;
}

std::vector<Diagnostic> ValidationReport::allDiagnostics() const {
    std::vector<Diagnostic> out = general.items();
    for (const auto& f : files) out.insert(out.end(), f.diagnostics.items().begin(), f.diagnostics.items().end());
    return out;
}

FileReport validateDocument(const JsonDocument& doc, const ReferenceData& data, const CaseIndex* cases) {
    FileReport report;
    report.file = doc.name();
    if (isJsonSchemaDocument(doc.root())) {
        report.kind = "schema";
        return report;
    }
    Diagnostics& d = report.diagnostics;
    report.kind = detectKind(doc.root(), d);
    if (report.kind == "case") {
        const Case c = readCase(doc.root(), d);
        report.id = c.id;
        // Meaning checks on a structurally broken file would mostly repeat its errors.
        if (!d.hasErrors()) checkCaseMeaning(c, data, d);
    } else if (report.kind == "protocol") {
        Protocol p = readProtocol(doc.root(), data.zones, d);
        resolveProtocolCitations(p, data.references, d);
        report.id = p.id;
    } else if (report.kind == "catalogue") {
        Catalogue catalogue = readCatalogue(doc.root(), d);
        resolveCatalogueCitations(catalogue, data.references, d);
    } else if (report.kind == "references") {
        (void)readReferences(doc.root(), d);
    } else if (report.kind == "zone_map") {
        (void)readZoneMap(doc.root(), d);
    } else if (report.kind == "exam") {
        const Exam exam = readExam(doc.root(), d);
        report.id = exam.id;
        if (!d.hasErrors()) {
            CaseById byId;
            if (cases) {
                for (const auto& [id, c] : *cases) byId[id] = &c;
            }
            std::vector<std::string> protocols;
            for (const auto& [id, p] : data.protocols) protocols.push_back(id);
            checkExamMeaning(exam, byId, protocols, d);
        }
    } else if (report.kind == "attempt") {
        const Attempt a = readAttempt(doc.root(), d);
        report.id = a.caseId;
        if (!d.hasErrors()) checkSubmittable(a, d);
        if (!d.hasErrors()) {
            if (const Case* c = cases ? cases->find(a.caseId) : nullptr) {
                checkAttemptAgainstCase(a, *c, data, d);
            } else {
                d.warning("/case_id", "case \"" + a.caseId + "\" is not among the files checked, so the attempt's ids were not checked against it");
            }
        }
    }
    doc.locate(d);
    return report;
}

ValidationReport validatePaths(const std::vector<std::filesystem::path>& paths, const std::filesystem::path& dataRoot) {
    ValidationReport report;
    FileWalk walk = collectJsonFiles(paths);
    report.general.append(walk.problems);

    auto loaded = loadReferenceData(dataRoot);
    if (!loaded) {
        for (auto d : loaded.error().diagnostics) {
            d.message = "reference data is broken, so cases cannot be checked: " + d.message;
            report.general.add(std::move(d));
        }
        return report;
    }
    ReferenceData& data = *loaded;

    // Parse everything first, so protocols among the inputs are known before cases use them.
    std::vector<std::optional<JsonDocument>> docs;
    for (const auto& file : walk.files) {
        auto doc = JsonDocument::fromFile(file);
        if (!doc) {
            FileReport failed;
            failed.file = file.string();
            for (const auto& d : doc.error().diagnostics) failed.diagnostics.add(d);
            report.files.push_back(std::move(failed));
            docs.emplace_back(std::nullopt);
            continue;
        }
        if (doc->root().is_object() && doc->root().value("kind", "") == "protocol") {
            Diagnostics ignored; // reported when the file itself is validated below
            addProtocolFile(data, file, ignored);
        }
        docs.emplace_back(std::move(*doc));
    }

    // Valid cases among the inputs, so attempts and exams can be checked
    // against them; exams may also use the bundled library.
    CaseIndex cases;
    bool anyExam = false;
    const auto addValidCase = [&](const JsonDocument& doc) {
        if (!doc.root().is_object() || doc.root().value("kind", "") != "case") return;
        if (validateDocument(doc, data).diagnostics.hasErrors()) return;
        Diagnostics d;
        Case c = readCase(doc.root(), d);
        if (!c.id.empty()) cases.try_emplace(c.id, std::move(c));
    };
    for (const auto& doc : docs) {
        if (!doc) continue;
        addValidCase(*doc);
        anyExam = anyExam || (doc->root().is_object() && doc->root().value("kind", "") == "exam");
    }
    if (anyExam) {
        for (const auto& file : collectJsonFiles({dataRoot / "cases" / "library"}).files) {
            if (auto doc = JsonDocument::fromFile(file)) addValidCase(*doc);
        }
    }

    std::map<std::pair<std::string, std::string>, std::string> firstFileById; // (kind, id) -> first file
    for (auto& doc : docs) {
        if (!doc) continue;
        FileReport file = validateDocument(*doc, data, &cases);
        std::string clash;
        if (!file.id.empty() && file.kind == "case") {
            const auto [it, inserted] = firstFileById.try_emplace({file.kind, file.id}, file.file);
            if (!inserted) clash = it->second;
        } else if (!file.id.empty() && file.kind == "protocol") {
            const auto it = data.protocolFiles.find(file.id);
            std::error_code ec;
            if (it != data.protocolFiles.end() && !std::filesystem::equivalent(it->second, file.file, ec)) clash = it->second;
        }
        if (!clash.empty()) {
            Diagnostic d;
            d.file = file.file;
            d.pointer = "/id";
            if (const auto pos = doc->position("/id")) {
                d.line = pos->line;
                d.column = pos->column;
            }
            d.message = file.kind + " id \"" + file.id + "\" is already used by " + clash + ": ids must be unique, rename one";
            file.diagnostics.add(std::move(d));
        }
        report.files.push_back(std::move(file));
    }
    return report;
}

} // namespace core
