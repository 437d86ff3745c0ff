// xAPI 1.0.3 statements for an exam sitting: one passed/failed statement for
// the assessment and one statement per case (answered, or attempted when the
// case was left without a decision), all sharing the attempt's registration.
#include "exam/exam_result.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace core {
namespace {

// Activity and account IRIs live under the product's namespace.
const std::string kBaseIri = "https://mntrainer.example";

std::string isoDuration(double seconds) {
    char text[48];
    std::snprintf(text, sizeof text, "PT%.0fS", std::max(0.0, std::round(seconds)));
    return text;
}

Json actor(const Candidate& c) {
    Json a{{"objectType", "Agent"}, {"name", c.name}, {"account", {{"homePage", kBaseIri + "/candidates"}, {"name", c.id}}}};
    return a;
}

Json verb(const std::string& name) {
    return {{"id", "http://adlnet.gov/expapi/verbs/" + name}, {"display", {{"en-US", name}}}};
}

Json score(double total) {
    const double raw = std::round(total * 10.0) / 10.0;
    return {{"scaled", raw / 100.0}, {"raw", raw}, {"min", 0}, {"max", 100}};
}

} // namespace

Json examResultXapi(const ExamResult& r) {
    const std::string examIri = kBaseIri + "/exams/" + r.exam.id;
    const Json examActivity{{"objectType", "Activity"},
                            {"id", examIri},
                            {"definition",
                             {{"type", "http://adlnet.gov/expapi/activities/assessment"}, {"name", {{"en-US", r.exam.title}}}}}};
    Json statements = Json::array();
    statements.push_back({{"id", newUuid()},
                          {"actor", actor(r.candidate)},
                          {"verb", verb(r.passed() ? "passed" : "failed")},
                          {"object", examActivity},
                          {"result",
                           {{"score", score(r.total())}, {"success", r.passed()}, {"completion", true}, {"duration", isoDuration(r.durationSeconds)}}},
                          {"context", {{"registration", r.attemptId}}},
                          {"timestamp", r.submittedAt}});
    for (const auto& c : r.cases) {
        const bool answered = c.attempt.decisionGiven;
        const bool casePassed = answered && c.report.critical.empty() && c.report.total >= r.exam.passMark;
        // A case handed in without a decision was opened but not answered. xAPI
        // 1.0.3 (Data 2.4.5) makes result.response optional and completion a
        // plain boolean, and ADL's "attempted" verb says only that the actor
        // tried the activity: so no response, completion false, score 0, and
        // no "answered" that an LRS report would count as a given answer.
        Json result{{"score", score(answered ? c.report.total : 0.0)}, {"success", casePassed}, {"completion", answered}};
        if (answered) result["response"] = toString(c.attempt.decision);
        statements.push_back(
            {{"id", newUuid()},
             {"actor", actor(r.candidate)},
             {"verb", verb(answered ? "answered" : "attempted")},
             {"object",
              {{"objectType", "Activity"},
               {"id", examIri + "/cases/" + c.caseId},
               {"definition",
                {{"type", "http://adlnet.gov/expapi/activities/cmi.interaction"},
                 {"interactionType", "other"},
                 {"name", {{"en-US", c.caseTitle.empty() ? c.caseId : c.caseTitle}}}}}}},
             {"result", result},
             {"context", {{"registration", r.attemptId}, {"contextActivities", {{"parent", Json::array({{{"id", examIri}, {"objectType", "Activity"}}})}}}}},
             {"timestamp", r.submittedAt}});
    }
    return statements;
}

} // namespace core
