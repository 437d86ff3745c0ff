// The results of a sitting from a sealed pack. The full record (which holds
// every expected answer) is signed, then sealed to the proctor's public key
// (crypto_box_seal) as "<base>.json.sealed"; beside it the candidate's copy
// holds only what the exam's feedback policy lets the candidate see.
#pragma once

#include "base/diagnostics.hpp"
#include "exam/exam_result.hpp"
#include "platform/proctor_key.hpp"
#include "platform/signing.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace core {

// The candidate's copy: who, which exam, when, and the score and per-case
// lines only as far as the feedback policy allows (examFeedbackView).
[[nodiscard]] Json candidateResultJson(const ExamResult& result);

// "<base>.json.sealed" text: the full result and its minisign signature, sealed to the proctor.
[[nodiscard]] std::string sealedResultText(const ExamResult& result, const SigningKey& signingKey, const BoxPublicKey& proctorKey);

struct OpenedResult {
    std::string fileName;  // "<base>.json", as exported unsealed
    std::string resultText;
    std::string signature; // the "<base>.json.minisig" text
};
// Only the proctor's secret key opens it; anything else is refused by name.
[[nodiscard]] Result<OpenedResult> openSealedResult(std::string_view bytes, const BoxKeyPair& proctorKeys);

// Writes "<base>.json.sealed" and "<base>.candidate.json" (+ .minisig) into dir;
// the gradebook CSVs and xAPI come from the opened result on the proctor's side.
[[nodiscard]] Result<std::vector<std::filesystem::path>> writeSealedExamExports(const ExamResult& result, const std::filesystem::path& dir,
                                                                                 const SigningKey& signingKey, const BoxPublicKey& proctorKey);

} // namespace core
