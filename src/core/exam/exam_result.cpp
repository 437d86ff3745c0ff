// Exam result record: total, pass, JSON round trip.
#include "exam/exam_result.hpp"

#include "grading/report_json.hpp"

#include <sodium.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace core {

namespace {

double caseScore(const ExamCaseResult& c) { return c.answered() ? c.report.total : 0.0; }

std::string oneDecimal(double v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", v);
    return text;
}

} // namespace

double ExamResult::total() const {
    double sum = 0.0;
    double weights = 0.0;
    for (const auto& c : cases) {
        const double w = exam.totalRule == TotalRule::Weighted ? c.weight : 1.0;
        sum += w * caseScore(c);
        weights += w;
    }
    if (weights <= 0.0) return 0.0;
    return std::round(sum / weights * 10.0) / 10.0;
}

std::vector<std::string> ExamResult::failReasons() const {
    std::vector<std::string> reasons;
    if (cases.empty()) reasons.push_back("the sitting holds no cases");
    if (total() < exam.passMark) reasons.push_back("the total " + oneDecimal(total()) + " is under the pass mark " + oneDecimal(exam.passMark));
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const auto& c = cases[i];
        const std::string name = "case " + std::to_string(i + 1) + " (" + c.caseId + ")";
        if (!c.answered()) {
            if (exam.allCasesRequired) reasons.push_back(name + " was left unanswered, and this exam requires every case");
            continue;
        }
        if (!c.report.critical.empty()) reasons.push_back(name + " has a critical error: " + c.report.critical.front().id);
        if (exam.minCaseScore > 0 && c.report.total < exam.minCaseScore) {
            reasons.push_back(name + " scored " + oneDecimal(c.report.total) + ", under this exam's case minimum " + oneDecimal(exam.minCaseScore));
        }
    }
    return reasons;
}

std::string newUuid() {
    if (sodium_init() < 0) return "00000000-0000-4000-8000-000000000000";
    unsigned char b[16];
    randombytes_buf(b, sizeof b);
    b[6] = static_cast<unsigned char>((b[6] & 0x0F) | 0x40); // version 4
    b[8] = static_cast<unsigned char>((b[8] & 0x3F) | 0x80); // RFC 4122 variant
    char text[37];
    std::snprintf(text, sizeof text, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1], b[2], b[3], b[4],
                  b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
    return text;
}

Json examResultToJson(const ExamResult& r) {
    Json j;
    j["kind"] = "exam_result";
    j["schema_version"] = 1;
    j["app_version"] = r.appVersion;
    j["attempt_id"] = r.attemptId;
    j["exam_id"] = r.exam.id;
    j["exam_sha256"] = r.examSha256;
    j["exam"] = r.examFile;
    j["protocol"] = r.exam.protocol;
    j["candidate"] = {{"name", r.candidate.name}, {"id", r.candidate.id}, {"email", r.candidate.email}};
    j["started_at"] = r.startedAt;
    j["submitted_at"] = r.submittedAt;
    j["duration_s"] = r.durationSeconds;
    j["auto_submitted"] = r.autoSubmitted;
    j["draw_seed"] = drawSeedText(r.drawSeed);
    j["cases"] = Json::array();
    for (const auto& c : r.cases) {
        j["cases"].push_back({{"case_id", c.caseId}, {"case_title", c.caseTitle}, {"case_sha256", c.caseSha256},
                              {"answered", c.answered()}, {"weight", c.weight},
                              {"score", caseScore(c)}, {"attempt", attemptToJson(c.attempt)}, {"report", reportToJson(c.report)}});
    }
    j["total"] = r.total();
    j["max"] = 100;
    j["pass_mark"] = r.exam.passMark;
    j["passed"] = r.passed();
    j["fail_reasons"] = r.failReasons();
    return j;
}

std::expected<ExamResult, core::Error> examResultFromJson(const Json& j) {
    try {
        if (!j.is_object() || j.value("kind", "") != "exam_result") return std::unexpected(std::string("not an exam result file"));
        ExamResult r;
        r.appVersion = j.value("app_version", "");
        r.attemptId = j.at("attempt_id").get<std::string>();
        r.examFile = j.at("exam");
        r.examSha256 = j.value("exam_sha256", "");
        Diagnostics d;
        r.exam = readExam(r.examFile, d);
        if (d.hasErrors()) return std::unexpected("the embedded exam file is invalid: " + Error{d.items()}.summary());
        const Json& c = j.at("candidate");
        r.candidate = {c.at("name").get<std::string>(), c.at("id").get<std::string>(), c.value("email", "")};
        r.startedAt = j.value("started_at", "");
        r.submittedAt = j.value("submitted_at", "");
        r.durationSeconds = j.value("duration_s", 0.0);
        r.autoSubmitted = j.value("auto_submitted", false);
        // Results from before per-candidate draws carry no seed: they used the exam's own.
        if (j.contains("draw_seed")) {
            const auto seed = parseDrawSeed(j.at("draw_seed").get<std::string>());
            if (!seed) return std::unexpected(std::string("\"draw_seed\" must be 16 lower-case hex digits"));
            r.drawSeed = *seed;
        }
        for (const auto& item : j.at("cases")) {
            ExamCaseResult cr;
            cr.caseId = item.at("case_id").get<std::string>();
            cr.caseTitle = item.value("case_title", "");
            cr.caseSha256 = item.value("case_sha256", "");
            cr.weight = item.value("weight", 1.0);
            Diagnostics ad;
            cr.attempt = readAttempt(item.at("attempt"), ad);
            if (ad.hasErrors()) return std::unexpected("the answers for case " + cr.caseId + " are invalid: " + Error{ad.items()}.summary());
            cr.report.caseId = cr.caseId;
            cr.report.total = item.at("score").get<double>();
            // Results from before rules version 2 carry no rules_version: they were graded under version 1.
            cr.report.rulesVersion = item.at("report").value("rules_version", 1);
            for (const auto& crit : item.at("report").value("critical", Json::array())) {
                cr.report.critical.push_back({crit.value("id", ""), crit.value("message", "")});
            }
            r.cases.push_back(std::move(cr));
        }
        return r;
    } catch (const std::exception& e) {
        return std::unexpected(std::string("the result file is missing fields: ") + e.what());
    }
}

} // namespace core
