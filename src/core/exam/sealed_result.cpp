// Sealing and opening exam results for the proctor, and the candidate's copy.
#include "exam/sealed_result.hpp"

#include "exam/exam_export.hpp"
#include "exam/exam_feedback.hpp"
#include "platform/atomic_file.hpp"
#include "platform/secret_box.hpp"

namespace core {
namespace sealed_result_detail {

constexpr const char* kKind = "sealed_result";

std::string keyText(const BoxPublicKey& key) { return std::string(reinterpret_cast<const char*>(key.data()), key.size()); }

std::string signatureComment(const std::string& name, const ExamResult& r) {
    return "mntrainer exam result " + name + " attempt " + r.attemptId;
}

} // namespace sealed_result_detail

Json candidateResultJson(const ExamResult& r) {
    const ExamFeedbackView view = examFeedbackView(r);
    const auto policy = std::find_if(feedbackPolicyChoices().begin(), feedbackPolicyChoices().end(),
                                     [&](const auto& choice) { return choice.second == r.exam.feedback; });
    Json j{{"kind", "exam_candidate_copy"},
           {"schema_version", 1},
           {"attempt_id", r.attemptId},
           {"exam", {{"id", r.exam.id}, {"title", r.exam.title}}},
           {"candidate", {{"name", r.candidate.name}, {"id", r.candidate.id}, {"email", r.candidate.email}}},
           {"started_at", r.startedAt},
           {"submitted_at", r.submittedAt},
           {"auto_submitted", r.autoSubmitted},
           {"feedback", policy == feedbackPolicyChoices().end() ? std::string("none") : policy->first},
           {"note", "The full result is sealed for the proctor; this copy shows what the exam's feedback policy allows."}};
    if (view.showScore) {
        j["total"] = view.total;
        j["passed"] = view.passed;
        j["pass_mark"] = view.passMark;
    }
    if (!view.cases.empty()) {
        j["cases"] = Json::array();
        for (const auto& c : view.cases) j["cases"].push_back({{"title", c.title}, {"total", c.total}, {"critical_errors", c.criticalErrors}});
    }
    return j;
}

std::string sealedResultText(const ExamResult& r, const SigningKey& signingKey, const BoxPublicKey& proctorKey) {
    const std::string name = exportBaseName(r) + ".json";
    const std::string content = examResultToJson(r).dump(2) + "\n";
    const Json payload{{"result", content}, {"minisig", signDetached(signingKey, content, sealed_result_detail::signatureComment(name, r))}};
    return Json{{"kind", sealed_result_detail::kKind},
                {"schema_version", 1},
                {"file_name", name},
                {"proctor_public_key", base64Encode(sealed_result_detail::keyText(proctorKey))},
                {"sealed", base64Encode(boxSeal(payload.dump(), proctorKey))}}
               .dump(2) +
           "\n";
}

Result<OpenedResult> openSealedResult(std::string_view bytes, const BoxKeyPair& proctorKeys) {
    const Json j = Json::parse(bytes, nullptr, false);
    if (j.is_discarded() || !j.is_object() || j.value("kind", "") != sealed_result_detail::kKind) {
        return std::unexpected(Error("is not a sealed exam result (its \"kind\" is not \"sealed_result\")"));
    }
    if (!j.contains("schema_version") || j["schema_version"] != 1) return std::unexpected(Error("has a version this build does not know (expected 1)"));
    const auto name = j.find("file_name");
    const auto sealed = j.find("sealed");
    if (name == j.end() || !name->is_string() || sealed == j.end() || !sealed->is_string()) {
        return std::unexpected(Error("needs text \"file_name\" and base64 \"sealed\""));
    }
    OpenedResult out;
    out.fileName = std::filesystem::path(name->get<std::string>()).filename().string();
    if (out.fileName.empty() || !out.fileName.ends_with(".json")) return std::unexpected(Error("\"file_name\" must name a .json file"));
    auto box = base64Decode(sealed->get<std::string>());
    if (!box) return std::unexpected(box.error().context("\"sealed\""));
    auto payload = boxOpen(*box, proctorKeys);
    if (!payload) return std::unexpected(payload.error());
    const Json inner = Json::parse(*payload, nullptr, false);
    if (!inner.is_object() || !inner.contains("result") || !inner["result"].is_string() || !inner.contains("minisig") ||
        !inner["minisig"].is_string()) {
        return std::unexpected(Error("opened, but holds no result and signature"));
    }
    out.resultText = inner["result"].get<std::string>();
    out.signature = inner["minisig"].get<std::string>();
    return out;
}

Result<std::vector<std::filesystem::path>> writeSealedExamExports(const ExamResult& r, const std::filesystem::path& dir,
                                                                  const SigningKey& signingKey, const BoxPublicKey& proctorKey) {
    const std::string base = exportBaseName(r);
    const std::string candidateName = base + ".candidate.json";
    const std::string candidate = candidateResultJson(r).dump(2) + "\n";
    const std::vector<std::pair<std::string, std::string>> files{
        {base + ".json.sealed", sealedResultText(r, signingKey, proctorKey)},
        {candidateName, candidate},
        {candidateName + ".minisig", signDetached(signingKey, candidate, sealed_result_detail::signatureComment(candidateName, r))},
    };
    std::vector<std::filesystem::path> written;
    for (const auto& [name, content] : files) {
        if (auto problem = writeFileAtomically(dir / name, content); !problem) {
            return std::unexpected(Error("cannot write the results to " + dir.string() + " (" + problem.error().summary() +
                                         "). The exam journal is kept: choose another folder and export again"));
        }
        if (!name.ends_with(".minisig")) written.push_back(dir / name);
    }
    return written;
}

} // namespace core
