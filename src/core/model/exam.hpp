// Exam files: which cases (listed, or drawn from pools with a recorded seed),
// in what order, the time limit, pass mark, profile and feedback policy.
#pragma once

#include "model/case_model.hpp"
#include "base/diagnostics.hpp"
#include "json/json_document.hpp"
#include "json/object_reader.hpp"

#include <cstdint>
#include <expected>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace core {

enum class FeedbackPolicy { None, ScoreOnly, Full };
const Choices<FeedbackPolicy>& feedbackPolicyChoices();

struct ExamPool {
    std::string id;
    int count = 1;
    std::optional<Difficulty> difficulty;
    std::vector<std::string> tags; // a case matches if it has any of them
    std::uint64_t seed = 1;
};

struct Exam {
    std::string id;
    std::string title;
    std::vector<std::string> cases; // listed case ids, always included
    std::vector<ExamPool> pools;
    bool shuffle = false;
    std::uint64_t seed = 1;         // order when shuffling
    double timeLimitMinutes = 30;
    double passMark = 70;
    std::string protocol;
    FeedbackPolicy feedback = FeedbackPolicy::None;
};

Exam readExam(const Json& root, Diagnostics& diagnostics);

// Cases by id that an exam may use (valid ones only).
using CaseById = std::map<std::string, const Case*>;

// Meaning checks: cases exist and are valid, pools can be filled, the profile exists.
void checkExamMeaning(const Exam& exam, const CaseById& cases, const std::vector<std::string>& protocolIds, Diagnostics& diagnostics);

// The exam's case ids in sitting order: listed cases plus each pool's draw
// (deterministic from its seed), then shuffled with the exam's seed if asked.
// An error if a case is missing or a pool is short.
[[nodiscard]] std::expected<std::vector<std::string>, core::Error> drawExamCases(const Exam& exam, const CaseById& cases);

} // namespace core
