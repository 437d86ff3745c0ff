// Interview panel: emits Ask; shows the client's answers (the case's words or
// the bank's default) from the attempt's questions. Thin: core decides.
#include "ui/practice/interview_panel.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/click_targets.hpp"
#include "ui/practice/screening_panel.hpp"

#include <map>
#include <vector>

namespace ui {
namespace interview_panel_detail {

const std::string& answerFor(const core::Case& c, const core::InterviewQuestion& q) {
    const auto it = c.interview->answers.find(q.id);
    return it == c.interview->answers.end() ? q.defaultAnswer : it->second;
}

} // namespace interview_panel_detail

void drawInterviewPanel(UiContext& ctx, ScreeningPanelState& screening) {
    const core::Case* c = ctx.session.currentCase();
    if (!c || !c->interview) return;
    const auto& catalogue = ctx.data.catalogue;
    const auto& asked = ctx.session.attempt().questions;
    const bool recall = recallScreening(ctx);
    ImGui::Spacing();
    labelColoured(kAccentColour, "Conversation");
    ImGui::Separator();
    ImGui::PushTextWrapPos(0.0f);
    if (asked.empty()) labelMuted("Nothing asked yet: choose a question below.");
    for (std::size_t i = 0; i < asked.size(); ++i) {
        const core::InterviewQuestion* q = catalogue.findQuestion(asked[i]);
        if (!q) continue;
        labelColoured(kMutedColour, formatted("You: %s", q->label.c_str()));
        const std::string& answer = interview_panel_detail::answerFor(*c, *q);
        // As an intake line's: seeds the checklist's search, or in recall mode
        // (core's screening mode; no list to search) becomes the next flag's reason.
        ImGui::PushID(static_cast<int>(i));
        if (smallButton("flag")) (recall ? screening.recallReason : screening.search) = answer;
        if (ImGui::IsItemHovered()) ImGui::SetTooltip(recall ? "Give this answer as the reason for the next contraindication you type" : "Search the contraindication list for this answer");
        ImGui::PopID();
        ImGui::SameLine();
        labelWrapped(formatted("%s: \"%s\"", c->client.name.c_str(), answer.c_str()));
    }
    ImGui::Spacing();
    labelColoured(kAccentColour, "Ask the client");
    ImGui::Separator();
    // Topics in the bank's order, each with its questions.
    std::vector<std::string> topics;
    for (const auto& q : catalogue.questions) {
        if (std::find(topics.begin(), topics.end(), q.topic) == topics.end()) topics.push_back(q.topic);
    }
    for (const auto& topic : topics) {
        if (!ImGui::TreeNodeEx(topic.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) continue;
        for (const auto& q : catalogue.questions) {
            if (q.topic != topic) continue;
            const bool done = ctx.session.attempt().asked(q.id);
            ImGui::PushID(q.id.c_str());
            if (done) {
                labelMuted("[asked]");
            } else if (smallButton("ask")) {
                ctx.actions.push_back(core::cmd::Ask{q.id});
            }
            ImGui::PopID();
            ImGui::SameLine();
            if (done) {
                labelMuted(q.label);
            } else {
                labelWrapped(q.label);
            }
        }
        ImGui::TreePop();
    }
    ImGui::PopTextWrapPos();
}

} // namespace ui
