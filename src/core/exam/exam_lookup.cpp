// Exam lookup by path or id.
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

} // namespace core
