// Cohort integrity: signature first (nothing unsigned is read further), then
// the result's own structure, then each case's file and a re-grade.
#include "cohort/cohort_verdict.hpp"
#include "exam/exam_variants.hpp"

#include "grading/grader.hpp"
#include "platform/atomic_file.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>

namespace core {
namespace cohort_verdict_detail {

// Index just past the string that opens at `at` (a '"'), or npos if it never closes.
std::size_t pastString(std::string_view text, std::size_t at) {
    for (std::size_t i = at + 1; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i; // the escaped character cannot close the string
        } else if (text[i] == '"') {
            return i + 1;
        }
    }
    return std::string_view::npos;
}

// Index just past the array or object that opens at `at`, or npos.
std::size_t pastContainer(std::string_view text, std::size_t at) {
    int depth = 0;
    for (std::size_t i = at; i < text.size(); ++i) {
        const char ch = text[i];
        if (ch == '"') {
            i = pastString(text, i);
            if (i == std::string_view::npos) return i;
            --i;
        } else if (ch == '[' || ch == '{') {
            ++depth;
        } else if ((ch == ']' || ch == '}') && --depth == 0) {
            return i + 1;
        }
    }
    return std::string_view::npos;
}

// A result's stored line items and section scores ("items" and "sections"
// arrays in each report) are never read here: the re-grade from the answers
// replaces them. They are nearly all of a result's bytes, so they are cut
// (the signature was checked on the bytes as they are) before the JSON parser
// sees them; a room's worth of results is then several times faster to read.
// Anything malformed is left as it is for the parser to refuse.
std::string withoutLineItems(std::string_view text) {
    std::string out;
    out.reserve(text.size() / 8);
    std::size_t copied = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] != '"') {
            ++i;
            continue;
        }
        const std::size_t end = pastString(text, i);
        if (end == std::string_view::npos) break;
        const std::string_view token = text.substr(i + 1, end - i - 2);
        i = end;
        if (token != "items" && token != "sections") continue;
        std::size_t value = text.find_first_not_of(" \t\r\n", end);
        if (value == std::string_view::npos || text[value] != ':') continue; // a string value, not a key
        value = text.find_first_not_of(" \t\r\n", value + 1);
        if (value == std::string_view::npos || text[value] != '[') continue;
        const std::size_t after = pastContainer(text, value);
        if (after == std::string_view::npos) break;
        out.append(text.substr(copied, value - copied)).append("[]");
        copied = i = after;
    }
    return out.append(text.substr(copied));
}

} // namespace cohort_verdict_detail

std::map<std::string, CohortCase> cohortCases(const CaseLibrary& library) {
    std::map<std::string, CohortCase> cases;
    for (const auto& e : library.entries) {
        if (e.playable) cases[e.playable->id] = {&*e.playable, sha256Hex(readWholeFile(e.file).value_or("")), e.file};
    }
    return cases;
}

std::string standingName(Standing standing) {
    switch (standing) {
    case Standing::Accepted: return "ACCEPTED";
    case Standing::Unsigned: return "UNSIGNED";
    case Standing::Untrusted: return "UNTRUSTED";
    case Standing::Tampered: return "TAMPERED";
    case Standing::Unreadable: return "UNREADABLE";
    case Standing::Refused: return "REFUSED";
    case Standing::Duplicate: return "DUPLICATE";
    case Standing::Conflict: return "CONFLICT";
    case Standing::ExamMismatch: return "EXAM MISMATCH";
    case Standing::SetAside: return "SET ASIDE";
    case Standing::Practice: return "PRACTICE";
    }
    return "UNKNOWN";
}

ResultVerdict judgeResult(const std::string& content, const std::optional<std::string>& signature, const PublicKey& key,
                          const std::map<std::string, CohortCase>& cases, const ReferenceData& data) {
    KeyRoster roster;
    (void)roster.add({"the given key", {}, key}); // one key cannot clash with itself
    return judgeResult(content, signature, roster, cases, data);
}

ResultVerdict judgeResult(const std::string& content, const std::optional<std::string>& signature, const KeyRoster& roster,
                          const std::map<std::string, CohortCase>& cases, const ReferenceData& data) {
    ResultVerdict verdict;
    auto problem = [&](Standing standing, std::string what) {
        verdict.standing = standing;
        verdict.problems.push_back(std::move(what));
        return verdict;
    };
    if (!signature) return problem(Standing::Unsigned, "UNSIGNED: no .minisig beside it");
    const auto keyId = signatureKeyId(*signature);
    if (!keyId) return problem(Standing::Tampered, "TAMPERED or wrongly signed: " + keyId.error().summary());
    verdict.keyId = hexKeyId(*keyId);
    const TrustedKey* signer = roster.find(*keyId);
    if (!signer) {
        return problem(Standing::Untrusted, "UNTRUSTED (key id " + verdict.keyId +
                                                "): signed by a key that is not in the roster; not graded. If that machine is one of yours, add its "
                                                "public key to the roster (--trusted-keys DIR or --pubkey FILE)");
    }
    if (auto ok = verifyDetached(signer->key, content, *signature); !ok) {
        return problem(Standing::Tampered, "TAMPERED or wrongly signed: " + ok.error().summary());
    }
    verdict.machine = signer->machine;
    const Json json = Json::parse(cohort_verdict_detail::withoutLineItems(content), nullptr, false);
    if (json.is_discarded() || !json.is_object()) return problem(Standing::Unreadable, "unreadable: not a JSON object");
    auto result = examResultFromJson(json);
    if (!result) return problem(Standing::Unreadable, "unreadable: " + result.error().summary());
    verdict.summary = ResultSummary{result->attemptId, result->exam.id, result->exam.title, result->candidate.id, result->candidate.name};
    verdict.standing = Standing::Refused;
    const Protocol* protocol = data.protocol(result->exam.protocol);
    bool fine = protocol != nullptr;
    if (!protocol) verdict.problems.push_back("unknown protocol profile \"" + result->exam.protocol + "\"");
    for (auto& c : result->cases) {
        const auto it = cases.find(c.caseId);
        if (it == cases.end()) {
            verdict.problems.push_back("case " + c.caseId + " is not in the library: cannot re-grade");
            fine = false;
            continue;
        }
        const bool olderRules = c.report.rulesVersion < kGradingRulesVersion;
        if (it->second.sha256 != c.caseSha256) {
            if (olderRules) {
                verdict.notes.push_back("case " + c.caseId + " was sat under grading rules version " + std::to_string(c.report.rulesVersion) +
                                        "; its file has changed since (the library was updated for version " + std::to_string(kGradingRulesVersion) + ")");
            } else {
                verdict.problems.push_back("case " + c.caseId + " has changed since the exam (SHA-256 differs): re-grade by hand");
                fine = false;
            }
        }
        if (!protocol) continue;
        const Case* sat = it->second.playable;
        std::optional<Case> variant;
        if (result->exam.variants) {
            // The sitting played the variant its draw seed makes: make it again from the case file.
            auto source = JsonDocument::fromFile(it->second.file);
            Result<Case> made = std::unexpected(Error("the case file cannot be read"));
            if (source) made = examVariantCase(source->root(), c.caseId, result->drawSeed, data);
            if (!source) made = std::unexpected(source.error());
            if (!made) {
                verdict.problems.push_back("case " + c.caseId + ": its variant cannot be made again: " + made.error().summary());
                fine = false;
                continue;
            }
            variant = std::move(*made);
            sat = &*variant;
        }
        Report regraded = grade(*sat, c.attempt, *protocol, data);
        if (olderRules) {
            // Sat under older rules: keep the grade it was sat under and say what today's rules give.
            char text[260];
            std::snprintf(text, sizeof text, "case %s was graded under grading rules version %d: %.1f as sat; version %d rules give %.1f", c.caseId.c_str(),
                          c.report.rulesVersion, c.report.total, kGradingRulesVersion, regraded.total);
            std::string note = text;
            for (std::size_t k = 0; k < regraded.critical.size(); ++k) note += (k == 0 ? ", naming " : ", ") + regraded.critical[k].id;
            verdict.notes.push_back(std::move(note));
            continue;
        }
        if (std::abs(regraded.total - c.report.total) > kRegradeTolerance) {
            char text[200];
            std::snprintf(text, sizeof text, "stored score %.1f for case %s differs from the re-grade %.1f", c.report.total, c.caseId.c_str(),
                          regraded.total);
            verdict.problems.emplace_back(text);
            fine = false;
        }
        c.report = std::move(regraded);
    }
    if (fine) {
        // The cases sat must be the exam's draw for the recorded seed: a result
        // cannot swap in cases its candidate did not draw.
        CaseById byId;
        for (const auto& [id, c] : cases) byId[id] = c.playable;
        std::vector<std::string> sat;
        for (const auto& c : result->cases) sat.push_back(c.caseId);
        const auto redrawn = drawExamCases(result->exam, byId, result->drawSeed);
        if (!redrawn || redrawn->order != sat) {
            std::string expected;
            if (redrawn) {
                for (const auto& id : redrawn->order) expected += (expected.empty() ? "" : ", ") + id;
            }
            std::string what = "the cases sat are not this exam's draw for the recorded seed " + drawSeedText(result->drawSeed) + " (" +
                               (redrawn ? "the draw gives " + expected : redrawn.error().summary()) + ")";
            const bool olderRules = std::any_of(result->cases.begin(), result->cases.end(),
                                                [](const ExamCaseResult& c) { return c.report.rulesVersion < kGradingRulesVersion; });
            if (olderRules) {
                verdict.notes.push_back(what + "; the library was updated since this older result, so it is not refused");
            } else {
                verdict.problems.push_back(what + ": the exam's pools or the library differ from the sitting's");
                fine = false;
            }
        }
    }
    const auto storedTotal = json.find("total");
    if (fine && (storedTotal == json.end() || !storedTotal->is_number() ||
                 std::abs(storedTotal->get<double>() - result->total()) > kRegradeTolerance)) {
        verdict.problems.emplace_back("stored total differs from the re-graded total");
        fine = false;
    }
    if (fine) {
        verdict.standing = Standing::Accepted;
        verdict.accepted = std::move(*result);
    }
    return verdict;
}

} // namespace core
