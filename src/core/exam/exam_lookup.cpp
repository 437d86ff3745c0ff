// Exam lookup by path or id, and the exam checked against its library.
#include "exam/exam_lookup.hpp"

#include "base/text_similarity.hpp"
#include "json/json_document.hpp"
#include "platform/file_walk.hpp"

namespace core {

Result<std::filesystem::path> findExamFile(const std::string& idOrPath, const std::vector<std::filesystem::path>& folders) {
    std::error_code ec;
    if (std::filesystem::is_regular_file(idOrPath, ec)) return std::filesystem::path(idOrPath);
    std::vector<std::filesystem::path> existing;
    for (const auto& f : folders) {
        if (std::filesystem::is_directory(f, ec)) existing.push_back(f);
    }
    std::vector<std::string> ids;
    for (const auto& file : collectJsonFiles(existing).files) {
        auto doc = JsonDocument::fromFile(file);
        if (!doc || !doc->root().is_object() || doc->root().value("kind", "") != "exam") continue;
        const Json& id = doc->root().contains("id") ? doc->root()["id"] : Json();
        const std::string examId = id.is_string() ? id.get<std::string>() : "";
        if (examId == idOrPath || file.stem() == idOrPath) return file;
        if (!examId.empty()) ids.push_back(examId);
    }
    std::string where;
    for (const auto& f : folders) where += (where.empty() ? "" : ", ") + f.string();
    return std::unexpected(Error("no exam \"" + idOrPath + "\": give an exam file, or the id of an exam in " + where + "." +
                                 didYouMean(idOrPath, ids)));
}

Result<ExamWithCases> checkExamWithCases(JsonDocument& doc, const ReferenceData& data, const CaseLibrary& library) {
    Diagnostics d;
    ExamWithCases out;
    out.exam = readExam(doc.root(), d);
    for (const auto& e : library.entries) {
        if (!e.playable) continue;
        out.byId[e.playable->id] = &*e.playable;
        out.entries[e.playable->id] = &e;
    }
    std::vector<std::string> protocols;
    for (const auto& [id, p] : data.protocols) protocols.push_back(id);
    if (!d.hasErrors()) checkExamMeaning(out.exam, out.byId, protocols, d);
    if (d.hasErrors()) {
        doc.locate(d);
        return std::unexpected(Error{d.items()});
    }
    return out;
}

} // namespace core
