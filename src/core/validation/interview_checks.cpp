// Interview checks: unknown question ids (with a suggestion), essential
// questions outside the bank or without an interview, duplicates.
#include "validation/interview_checks.hpp"

#include "base/text_similarity.hpp"
#include "json/json_document.hpp"

#include <set>

namespace core {

void checkInterview(const Case& c, const Catalogue& catalogue, Diagnostics& d) {
    const auto& essential = c.key.essentialQuestions;
    if (!c.interview) {
        if (!essential.empty()) {
            d.error("/key/essential_questions", "essential questions need an interview: add \"interview\": {\"answers\": {...}} to the case, "
                                                "or remove \"essential_questions\"");
        }
        return;
    }
    if (catalogue.questions.empty()) {
        d.error("/interview", "the catalogue has no \"questions\" bank, so nothing can be asked: remove \"interview\" or use a catalogue with one");
        return;
    }
    for (const auto& [id, answer] : c.interview->answers) {
        if (!catalogue.findQuestion(id)) {
            d.error("/interview/answers/" + escapePointerToken(id), "unknown question \"" + id + "\"." + didYouMean(id, catalogue.questionIds()) +
                                                    " Use an id from the catalogue's \"questions\"");
        }
    }
    std::set<std::string> seen;
    for (std::size_t i = 0; i < essential.size(); ++i) {
        const std::string pointer = "/key/essential_questions/" + std::to_string(i);
        if (!catalogue.findQuestion(essential[i])) {
            d.error(pointer, "\"" + essential[i] + "\" is not a question in the catalogue's bank." + didYouMean(essential[i], catalogue.questionIds()));
        } else if (!seen.insert(essential[i]).second) {
            d.error(pointer, "\"" + essential[i] + "\" is listed twice: remove the duplicate");
        }
    }
    if (essential.empty()) {
        d.warning("/key", "an interview case with no \"essential_questions\": asking earns nothing; list the questions a competent "
                          "practitioner must ask here");
    }
}

} // namespace core
