// Intake panel: read-only client record with "flag from here" buttons; for an
// interview case, the question bank and the conversation (interview_panel).
#include "ui/practice/intake_panel.hpp"
#include "ui/common/layout_facts.hpp"
#include "ui/practice/interview_panel.hpp"

#include "ui/common/click_targets.hpp"

#include "ui/common/face_map_widget.hpp"
#include "render/face_map_renderer.hpp"

#include <cstdio>
#include <cstring>

namespace ui {
namespace {

const char* kRoman[] = {"I", "II", "III", "IV", "V", "VI"};

// A wrapped line with a small button that copies it into the screening search.
void flaggableLine(const std::string& text, ScreeningPanelState& screening, int id) {
    ImGui::PushID(id);
    if (smallButton("flag")) {
        screening.search = text;       // the checklist searches with it
        screening.recallReason = text; // recall: the reason of the next flag typed
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip(screening.recallMode ? "Give this line as the reason for the next contraindication you type" : "Search the contraindication list for this line");
    // Beside the button while the longest word fits there; else on the line below.
    const float beside = ImGui::GetContentRegionAvail().x - ImGui::GetItemRectSize().x - ImGui::GetStyle().ItemSpacing.x;
    if (longestWordWidth(text) <= beside) ImGui::SameLine();
    labelWrapped(text);
    ImGui::PopID();
}

void section(const char* title) {
    ImGui::Spacing();
    labelColoured(kAccentColour, title);
    ImGui::Separator();
}

} // namespace

void drawIntakePanel(UiContext& ctx, ScreeningPanelState& screening) {
    const core::Case* c = ctx.session.currentCase();
    if (!c) return;
    const auto& client = c->client;
    ImGui::PushTextWrapPos(0.0f);
    ui::label(client.name);
    labelColoured(kMutedColour, formatted("%d years, %s", client.age, client.sex.c_str()));
    const glm::vec3 tone = render::FaceMapRenderer::skinTone(client.fitzpatrick);
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddRectFilled(p, {p.x + h * 1.6f, p.y + h}, ImGui::GetColorU32(ImVec4(tone.r, tone.g, tone.b, 1.0f)), 3.0f);
    ImGui::Dummy({h * 1.6f, h});
    ImGui::SameLine();
    ui::label(formatted("Fitzpatrick type %s", kRoman[std::clamp(client.fitzpatrick, 1, 6) - 1]));

    int line = 0;
    if (!client.concerns.empty()) {
        section("Concerns");
        labelWrapped(formatted("\"%s\"", client.concerns.c_str()));
    }
    if (c->interview) {
        // The history is what the trainee asks for: the record stays hidden.
        if (!client.intakeNotes.empty()) {
            section("Practitioner's notes");
            labelWrapped(client.intakeNotes);
        }
        ImGui::PopTextWrapPos();
        drawInterviewPanel(ctx, screening);
        return;
    }
    if (!client.indications.empty()) {
        std::string text;
        for (const auto& id : client.indications) {
            const auto* ind = ctx.data.catalogue.findIndication(id);
            text += (text.empty() ? "" : ", ") + (ind ? ind->label : id);
        }
        labelColoured(kMutedColour, formatted("Treating for: %s", text.c_str()));
    }
    section("Medical history");
    if (client.medicalHistory.empty()) labelMuted("Nothing reported");
    for (const auto& item : client.medicalHistory) flaggableLine(item, screening, ++line);
    section("Medications");
    if (client.medications.empty()) labelMuted("None");
    for (const auto& item : client.medications) flaggableLine(item, screening, ++line);
    section("Allergies");
    if (client.allergies.empty()) labelMuted("None known");
    for (const auto& item : client.allergies) flaggableLine(item, screening, ++line);
    section("Recent treatments");
    if (client.recentTreatments.empty()) labelMuted("None");
    for (const auto& t : client.recentTreatments) {
        char weeks[32];
        std::snprintf(weeks, sizeof weeks, "%g", t.weeksAgo);
        std::string text = t.what + ", " + weeks + (t.weeksAgo == 1.0 ? " week ago" : " weeks ago");
        if (!t.zone.empty()) text += " (" + zoneDisplayName(ctx.data.zones, t.zone) + ")";
        flaggableLine(text, screening, ++line);
    }
    section("Lifestyle");
    const auto& l = client.lifestyle;
    ui::label(formatted("Sun exposure: %s", l.sunExposure.c_str()));
    if (l.tanningLast2Weeks) flaggableLine("Tanning or sunbed in the last 2 weeks", screening, ++line);
    if (l.pregnant) flaggableLine("Pregnant", screening, ++line);
    if (l.breastfeeding) flaggableLine("Breastfeeding", screening, ++line);
    if (l.smoker) ui::label("Smoker");
    if (!l.tanningLast2Weeks && !l.pregnant && !l.breastfeeding && !l.smoker) labelMuted("Not tanning, not pregnant or breastfeeding, non-smoker");
    if (!client.intakeNotes.empty()) {
        section("Practitioner's notes");
        labelWrapped(client.intakeNotes);
    }
    ImGui::PopTextWrapPos();
}

} // namespace ui
