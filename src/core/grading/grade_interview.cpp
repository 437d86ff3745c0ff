// Interview grading, part of the screening section (README "Scoring rules",
// "The interview"): asking is graded as i-Human grades history taking.
//  - each essential question the key names earns 1 point when asked (the same
//    weight as a flag: a question not asked is a contraindication not found);
//  - question efficiency = essential questions asked / all questions asked.
//    Some questions beyond the essential ones are part of a good history, so
//    the allowance is max(3, number of essential questions) non-essential
//    questions; each one beyond it costs 0.25 points, at most 1 point in all
//    (one missed essential question: asking everything never beats asking well).
//    The efficiency line appears only when the allowance is exceeded, so an
//    efficient interview reads exactly as before.
#include "grading/grading_context.hpp"

#include <algorithm>
#include <cmath>

namespace core::grading {
namespace grade_interview_detail {

constexpr double kQuestionPoints = 1.0;
constexpr int kMinFreeExtraQuestions = 3;
constexpr double kExtraQuestionCost = 0.25;
constexpr double kMaxEfficiencyCost = 1.0;

std::string answerFor(const Case& c, const InterviewQuestion& q) {
    const auto it = c.interview->answers.find(q.id);
    return it == c.interview->answers.end() ? q.defaultAnswer : it->second;
}

void gradeEssential(Context& ctx, const std::string& id) {
    const InterviewQuestion* q = ctx.data.catalogue.findQuestion(id);
    if (!q) return; // validation refuses the case; never graded
    const bool asked = ctx.a.asked(id);
    // The question itself, never its topic: a trainee who asked the general
    // medications question but not the blood-thinner one did ask "about medications".
    const std::string answer = "\"" + answerFor(ctx.c, *q) + "\"";
    SharedText teaching(asked ? "\"" + q->label + "\" The client says: " + answer
                              : "You did not ask \"" + q->label + "\" The client would have said: " + answer);
    LineItem& line = ctx.add(Section::Screening, "question", id, "", "asked", asked ? "asked" : "not asked", asked ? kQuestionPoints : 0.0,
                             kQuestionPoints, asked ? "Asked: an essential question for this client." : "Missed: an essential question was not asked.",
                             std::move(teaching), q->source, core::tiersText(ctx.data.references, q->refs));
    line.citations = q->citations;
}

void gradeEfficiency(Context& ctx) {
    const auto& essential = ctx.c.key.essentialQuestions;
    const int askedCount = static_cast<int>(ctx.a.questions.size());
    const int essentialAsked = static_cast<int>(std::count_if(essential.begin(), essential.end(), [&](const std::string& id) { return ctx.a.asked(id); }));
    const int extra = askedCount - essentialAsked;
    const int allowance = std::max(kMinFreeExtraQuestions, static_cast<int>(essential.size()));
    if (extra <= allowance) return;
    const double cost = std::min(kMaxEfficiencyCost, kExtraQuestionCost * (extra - allowance));
    const int percent = static_cast<int>(std::lround(100.0 * essentialAsked / askedCount));
    SharedText teaching("Question efficiency " + std::to_string(essentialAsked) + " of " + std::to_string(askedCount) + " (" + std::to_string(percent) +
                        "%): " + std::to_string(extra) + " questions were not essential for this client, " + std::to_string(extra - allowance) +
                        " more than the " + std::to_string(allowance) + " a focused history allows. Ask what this client's concerns, intake and "
                        "face make relevant; a list read to every client tires them and hides what matters.");
    ctx.add(Section::Screening, "question_efficiency", "", "", "at most " + std::to_string(allowance) + " non-essential",
            std::to_string(extra) + " non-essential", -cost, 0.0, "Too many questions that were not needed: each beyond the allowance costs a little.",
            std::move(teaching), SharedText("Interview grading (README \"The interview\")"), "IND");
}

} // namespace grade_interview_detail

void gradeInterview(Context& ctx) {
    if (!ctx.c.interview) return;
    for (const auto& id : ctx.c.key.essentialQuestions) grade_interview_detail::gradeEssential(ctx, id);
    grade_interview_detail::gradeEfficiency(ctx);
}

} // namespace core::grading
