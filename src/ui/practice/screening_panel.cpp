// Screening panel: emits SetFlag, SetDecision, GoTo; the search ranks the
// catalogue by words shared with the query (an intake line or a finding).
#include "ui/practice/screening_panel.hpp"

#include "ui/common/click_targets.hpp"
#include <imgui_stdlib.h>

#include "ui/common/face_map_widget.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <sstream>

namespace ui {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char ch) { return static_cast<char>(std::tolower(ch)); });
    return s;
}

// How many of the query's words (3+ letters) the item mentions.
int relevance(const core::ScreeningItem& item, const std::string& query) {
    const std::string hay = lower(item.label + " " + item.action + " " + item.explanation.str() + " " + item.id);
    std::istringstream words(lower(query));
    int score = 0;
    for (std::string w; words >> w;) {
        w.erase(std::remove_if(w.begin(), w.end(), [](unsigned char ch) { return !std::isalnum(ch); }), w.end());
        if (w.size() >= 3 && hay.find(w) != std::string::npos) ++score;
    }
    return score;
}

const char* decisionLabel(core::Decision d) {
    switch (d) {
    case core::Decision::Treat: return "Treat as planned";
    case core::Decision::TreatModified: return "Treat with changes";
    case core::Decision::Defer: return "Defer (come back later)";
    case core::Decision::Refer: return "Refer (medical clearance)";
    }
    return "?";
}

} // namespace

void drawFindingsLegend(UiContext& ctx, ScreeningPanelState& state) {
    const core::Case* c = ctx.session.currentCase();
    if (!c || c->findings.empty()) return;
    ImGui::TextColored(kAccentColour, "On the map");
    for (std::size_t i = 0; i < c->findings.size(); ++i) {
        const auto& f = c->findings[i];
        const core::FindingType* type = ctx.data.catalogue.findFindingType(f.type);
        ImGui::PushID(static_cast<int>(i));
        if (smallButton("flag") && type) {
            if (const auto* item = ctx.data.catalogue.findScreening(type->screening)) {
                state.search = item->label;
            }
        }
        ImGui::SameLine();
        ImGui::Text("%s: %s", type ? type->label.c_str() : f.type.c_str(), zoneDisplayName(ctx.data.zones, f.zone).c_str());
        ImGui::PopID();
    }
}

void drawScreeningPanel(UiContext& ctx, ScreeningPanelState& state) {
    const auto& attempt = ctx.session.attempt();
    ImGui::TextColored(kAccentColour, "Contraindications and precautions");
    ImGui::SetNextItemWidth(-ImGui::GetFontSize() * 4.0f);
    ImGui::InputTextWithHint("##screen", "Search (e.g. blood thinner)", &state.search);
    ImGui::SameLine();
    if (button("Clear")) state.search.clear();

    std::vector<std::pair<int, const core::ScreeningItem*>> items;
    const std::string query = state.search;
    for (const auto& item : ctx.data.catalogue.screening) {
        const int score = query.empty() ? 0 : relevance(item, query);
        if (query.empty() || score > 0 || attempt.flagged(item.id)) items.emplace_back(score, &item);
    }
    std::stable_sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return a.first > b.first; });

    const float listHeight = ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 6.5f;
    ImGui::BeginChild("catalogue", {0.0f, std::max(listHeight, 120.0f)}, true);
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto* item = items[i].second;
        bool on = attempt.flagged(item->id);
        const bool best = !query.empty() && i == 0 && items[i].first > 0;
        ImGui::PushID(item->id.c_str());
        if (ImGui::Checkbox("##flag", &on)) ctx.actions.push_back(core::cmd::SetFlag{item->id, on});
        ImGui::PopID();
        ImGui::SameLine();
        if (best) ImGui::PushStyleColor(ImGuiCol_Text, kWarnColour);
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(item->label.c_str());
        ImGui::PopTextWrapPos();
        if (best) ImGui::PopStyleColor();
        if (ImGui::IsItemHovered() && !item->action.empty()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
            ImGui::TextUnformatted(item->action.c_str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
    if (items.empty()) ImGui::TextDisabled("Nothing in the catalogue matches.");
    ImGui::EndChild();

    ImGui::TextColored(kAccentColour, "Decision");
    const bool decided = ctx.session.decisionMade();
    for (const auto& [name, value] : core::decisionChoices()) {
        if (ImGui::RadioButton(decisionLabel(value), decided && attempt.decision == value)) {
            ctx.actions.push_back(core::cmd::SetDecision{value});
        }
    }
    ImGui::Spacing();
    if (!decided) ImGui::BeginDisabled();
    if (ctx.session.planSkipped()) {
        if (button("Review and submit")) ctx.actions.push_back(act::AskSubmit{});
    } else if (button("Plan the treatment  >")) {
        ctx.actions.push_back(core::cmd::GoTo{core::Stage::Plan});
    }
    if (!decided) ImGui::EndDisabled();
}

} // namespace ui
