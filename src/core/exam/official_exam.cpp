// Official exam files and the field-by-field comparison with an exam as sat.
#include "exam/official_exam.hpp"

#include "platform/signing.hpp"

#include <set>

namespace core {
namespace official_exam_detail {

// A JSON value short enough for one report line.
std::string shortValue(const Json* value) {
    if (!value) return "(absent)";
    std::string text = value->dump();
    if (text.size() > 80) text = text.substr(0, 77) + "...";
    return text;
}

} // namespace official_exam_detail

Result<OfficialExam> loadOfficialExam(const std::filesystem::path& file) {
    auto doc = JsonDocument::fromFile(file);
    if (!doc) return std::unexpected(doc.error().context("official exam " + file.string()));
    Diagnostics d;
    Exam exam = readExam(doc->root(), d);
    if (d.hasErrors()) {
        doc->locate(d);
        return std::unexpected(Error{d.items()}.context("official exam " + file.string() +
                                                        " is not a valid exam file"));
    }
    return OfficialExam{file, sha256Hex(doc->text()), doc->root(), std::move(exam)};
}

Result<std::vector<OfficialExam>>
loadOfficialExams(const std::vector<std::filesystem::path>& files) {
    std::vector<OfficialExam> out;
    for (const auto& f : files) {
        auto official = loadOfficialExam(f);
        if (!official) return std::unexpected(official.error());
        for (const auto& o : out) {
            if (o.exam.id == official->exam.id) {
                return std::unexpected("two official exam files have the exam id \"" + o.exam.id +
                                       "\" (" + o.file.string() + " and " + f.string() +
                                       "): pass only the one the candidates sat");
            }
        }
        out.push_back(std::move(*official));
    }
    return out;
}

std::vector<std::string> examDifferences(const ExamResult& result, const OfficialExam& official) {
    std::vector<std::string> out;
    if (result.examSha256 == official.sha256) return out;
    out.push_back("exam file SHA-256 as sat " +
                  (result.examSha256.empty() ? std::string("(absent)") : result.examSha256) +
                  ", official " + official.sha256 + " (" + official.file.filename().string() + ")");
    std::set<std::string> fields;
    if (result.examFile.is_object()) {
        for (const auto& [key, value] : result.examFile.items())
            fields.insert(key);
    }
    for (const auto& [key, value] : official.json.items())
        fields.insert(key);
    for (const auto& field : fields) {
        const Json* sat = result.examFile.is_object() && result.examFile.contains(field)
                              ? &result.examFile.at(field)
                              : nullptr;
        const Json* off = official.json.contains(field) ? &official.json.at(field) : nullptr;
        if (sat && off && *sat == *off) continue;
        out.push_back(field + ": as sat " + official_exam_detail::shortValue(sat) + ", official " +
                      official_exam_detail::shortValue(off));
    }
    if (out.size() == 1)
        out.back() += "; every field is the same, so the file was re-saved or reformatted: collect "
                      "against the file the machines used";
    return out;
}

} // namespace core
