// The answer-key tabs: screening flags, the plan per zone (the same zone list
// and map the trainee plans on), and aftercare with the schedule.
#include "ui/authoring/case_editor_tabs.hpp"
#include "ui/common/layout_facts.hpp"
#include "ui/common/click_targets.hpp"
#include "terms/input_limits.hpp"
#include "model/band_hints.hpp"

#include "ui/common/face_map_widget.hpp"

#include "practice/practice_session.hpp"

#include <cstdio>

namespace ui {
namespace {

void drawFlagList(FieldContext& f, const UiContext& ctx, const char* list, const char* title, bool expected) {
    const std::string base = std::string("/key/") + list;
    labelColoured(kAccentColour, title);
    problemMarker(f.doc, base);
    const core::Json* flags = f.doc.find(base);
    const std::size_t n = flags && flags->is_array() ? flags->size() : 0;
    const core::Json* findings = f.doc.find("/findings");
    for (std::size_t i = 0; i < n; ++i) {
        const core::Json& flag = (*flags)[i];
        const std::string p = at(base, i);
        const std::string id = core::stringMember(flag, "id");
        const core::ScreeningItem* item = ctx.data.catalogue.findScreening(id);
        ImGui::PushID(p.c_str());
        const bool open = ImGui::TreeNodeEx("flag", ImGuiTreeNodeFlags_DefaultOpen | (focusIsWithin(f.state, p) ? ImGuiTreeNodeFlags_Selected : 0), "%s",
                                            item ? item->label.c_str() : id.c_str());
        problemMarker(f.doc, p + "/id");
        ImGui::SameLine();
        if (smallButton("remove")) f.edits.push_back(core::edit::ToggleKeyFlag{list, id});
        if (open) {
            if (item) {
                std::string kind = core::toString(item->kind);
                std::replace(kind.begin(), kind.end(), '_', ' ');
                labelColoured(kMutedColour, formatted("catalogue: %s", kind.c_str()));
            }
            if (expected && findings && findings->is_array() && !findings->empty()) {
                ui::label("Seen on the map as:");
                ImGui::SameLine();
                const core::Json* linked = f.doc.find(p + "/findings");
                for (std::size_t k = 0; k < findings->size(); ++k) {
                    const std::string fid = core::stringMember((*findings)[k], "id");
                    if (fid.empty()) continue;
                    bool on = linked && linked->is_array() && std::find(linked->begin(), linked->end(), core::Json(fid)) != linked->end();
                    ImGui::SameLine();
                    if (ImGui::Checkbox(fid.c_str(), &on)) f.edits.push_back(core::edit::ToggleListItem{p + "/findings", fid});
                }
                problemMarker(f.doc, p + "/findings");
            }
            textField(f, "Feedback (why it matters)", p + "/feedback", true);
            ImGui::TreePop();
        }
        ImGui::PopID();
    }
    // Add from the catalogue: contraindications for the expected list, anything for distractors.
    ImGui::PushID(list);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22.0f);
    if (ImGui::BeginCombo("##add", expected ? "+ add a contraindication..." : "+ add a distractor...")) {
        for (const auto& s : ctx.data.catalogue.screening) {
            const bool isContra = s.kind != core::ScreeningKind::NotContraindication;
            if (expected != isContra) continue;
            const bool listed = flags && flags->is_array() &&
                                std::any_of(flags->begin(), flags->end(), [&](const core::Json& x) { return core::stringMember(x, "id") == s.id; });
            if (listed) continue;
            if (ImGui::Selectable(s.label.c_str())) f.edits.push_back(core::edit::ToggleKeyFlag{list, s.id});
        }
        ImGui::EndCombo();
    }
    ImGui::PopID();
}

std::string keyZoneStatus(const core::Json& z) {
    if (core::stringMember(z, "action") == "avoid") return "avoid";
    if (z.contains("band") && z["band"].is_string()) return z["band"].get<std::string>();
    if (z.contains("depth_mm") && z["depth_mm"].is_array() && z["depth_mm"].size() == 2) {
        char text[48];
        std::snprintf(text, sizeof text, "%.2f-%.2f mm", z["depth_mm"][0].get<double>(), z["depth_mm"][1].get<double>());
        return text;
    }
    return "treat";
}

void drawKeyZoneList(FieldContext& f, const UiContext& ctx, const core::Json* zones) {
    if (!ImGui::BeginTable("keyzones", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingStretchProp,
                           {0.0f, ImGui::GetTextLineHeightWithSpacing() * 8.5f})) {
        return;
    }
    ImGui::TableSetupColumn("Zone", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Key", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    // Every zone of both pictures (authors may key any), the shown picture's first.
    const core::Case& preview = f.doc.preview();
    const auto views = core::caseViews(preview, nullptr, ctx.data.zones, ctx.data.catalogue);
    const core::MapView shown = shownMapView(ctx.mapViews, preview.id, views);
    for (const core::Zone* listed : core::offeredZones(ctx.data.zones, {true, views.opening}, shown, true)) {
        const core::Zone& zone = *listed;
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        if (ImGui::Selectable(zoneDisplayName(ctx.data.zones, zone.id).c_str(), f.state.selectedZone == zone.id, ImGuiSelectableFlags_SpanAllColumns)) {
            f.state.selectedZone = zone.id;
            // A zone on the other picture: the map turns to it.
            if (zone.view != shown) f.edits.push_back(act::SetMapView{preview.id, zone.view});
        }
        ImGui::TableSetColumnIndex(1);
        const core::Json* entry = nullptr;
        for (std::size_t i = 0; zones && zones->is_array() && i < zones->size(); ++i) {
            if (core::stringMember((*zones)[i], "zone") == zone.id) entry = &(*zones)[i];
        }
        if (entry) {
            labelColoured(entry->value("action", "") == "avoid" ? kMutedColour : kGoodColour, keyZoneStatus(*entry));
        } else {
            labelMuted("-");
        }
    }
    ImGui::EndTable();
}

// One zone's key entry: the trainee's zone panel, with ranges where the trainee gives one value.
void drawKeyZoneEditor(FieldContext& f, const UiContext& ctx, const std::string& zoneId, const core::Json* zones) {
    const core::Zone* zone = ctx.data.zones.find(zoneId);
    if (!zone) {
        labelMuted("Click a zone on the map, or pick one from the list above.");
        return;
    }
    std::size_t index = 0;
    const core::Json* entry = nullptr;
    for (std::size_t i = 0; zones && zones->is_array() && i < zones->size(); ++i) {
        if (core::stringMember((*zones)[i], "zone") == zoneId) {
            entry = &(*zones)[i];
            index = i;
        }
    }
    labelColoured(kAccentColour, zoneDisplayName(ctx.data.zones, zoneId));
    const std::string action = entry ? entry->value("action", "") : "";
    if (ImGui::RadioButton("Not in the key", !entry)) f.edits.push_back(core::edit::KeyZone{zoneId, "action", nullptr});
    ImGui::SameLine();
    if (ImGui::RadioButton("Treat", action == "treat")) f.edits.push_back(core::edit::KeyZone{zoneId, "action", "treat"});
    ImGui::SameLine();
    if (ImGui::RadioButton("Avoid", action == "avoid")) f.edits.push_back(core::edit::KeyZone{zoneId, "action", "avoid"});
    if (!entry) return;
    const std::string p = at("/key/zones", index);
    problemMarker(f.doc, p);
    problemMarker(f.doc, p + "/action");
    if (action == "avoid") {
        textField(f, "Why it is avoided", p + "/reason", true);
        textField(f, "Feedback (shown in the debrief, optional)", p + "/feedback", true);
        return;
    }
    // Depth: a band from the profile, or an explicit range.
    const bool explicitDepth = entry->contains("depth_mm");
    ui::label("Needle depth");
    if (ImGui::RadioButton("Band from the profile", !explicitDepth) && explicitDepth) {
        f.edits.push_back(core::edit::KeyZone{zoneId, "depth_mm", nullptr});
        f.edits.push_back(core::edit::KeyZone{zoneId, "band", "rejuvenation"});
    }
    ImGui::SameLine();
    if (ImGui::RadioButton("Explicit range", explicitDepth) && !explicitDepth) {
        f.edits.push_back(core::edit::KeyZone{zoneId, "band", nullptr});
        f.edits.push_back(core::edit::KeyZone{zoneId, "depth_mm", core::Json::array({0.5, 1.0})});
    }
    if (explicitDepth) {
        numberField(f, "From (mm)", p + "/depth_mm/0", core::kDialMinMm, core::kDialMaxMm, core::kDialStepMm, "%.2f");
        numberField(f, "To (mm)", p + "/depth_mm/1", core::kDialMinMm, core::kDialMaxMm, core::kDialStepMm, "%.2f");
        problemMarker(f.doc, p + "/depth_mm");
    } else {
        choiceField(f, "Band", p + "/band", namesOf(core::bandKindChoices()));
        const core::Json* protocolId = f.doc.find("/protocol");
        const core::Json* band = f.doc.find(p + "/band");
        if (protocolId && protocolId->is_string() && band && band->is_string()) {
            const auto pit = ctx.data.protocols.find(protocolId->get<std::string>());
            const core::BandKind* kind = nullptr;
            for (const auto& [name, value] : core::bandKindChoices()) {
                if (name == band->get<std::string>()) kind = &value;
            }
            if (pit != ctx.data.protocols.end() && kind) {
                if (const auto hint = core::bandHint(pit->second, zoneId, *kind)) {
                    labelColoured(kMutedColour, formatted("%s: %.2f-%.2f mm, safety max %.2f mm", hint->protocolTitle.c_str(), hint->band.min, hint->band.max, hint->safetyMaxMm));
                }
            }
        }
    }
    // Patterns: unset means the profile's default; ticking any sets the list.
    ui::label("Pass patterns");
    problemMarker(f.doc, p + "/patterns");
    const core::Json* patterns = f.doc.find(p + "/patterns");
    for (const auto& [name, pattern] : core::patternChoices()) {
        bool on = patterns && patterns->is_array() && std::find(patterns->begin(), patterns->end(), core::Json(name)) != patterns->end();
        // Unticking the last one goes back to the profile's default (no field).
        if (ImGui::Checkbox(name.c_str(), &on)) f.edits.push_back(core::edit::ToggleListItem{p + "/patterns", name, true});
        ImGui::SameLine();
    }
    labelMuted(patterns ? "" : "(profile default)");
    bool hasPasses = entry->contains("passes");
    if (ImGui::Checkbox("Set passes", &hasPasses)) {
        f.edits.push_back(core::edit::KeyZone{zoneId, "passes", hasPasses ? core::Json::array({2, 3}) : core::Json()});
    }
    if (hasPasses) intRangeField(f, "Passes", p + "/passes", core::kPassesLimit.min, core::kPassesLimit.max);
    choiceField(f, "Endpoint", p + "/endpoint", namesOf(core::endpointChoices()), true);
    textField(f, "Feedback (shown in the debrief)", p + "/feedback", true);
    textField(f, "Why this plan (optional)", p + "/reason", true);
}

} // namespace

void drawScreeningKeyTab(FieldContext& f, const UiContext& ctx) {
    labelWrapped("What a careful practitioner flags for this client, and the tempting items that are not contraindications.");
    drawFlagList(f, ctx, "contraindications", "Expected contraindications", true);
    ImGui::Spacing();
    ImGui::Separator();
    drawFlagList(f, ctx, "distractors", "Distractors (flagging these costs points)", false);
}

void drawPlanKeyTab(FieldContext& f, const UiContext& ctx) {
    const core::Json* zones = f.doc.find("/key/zones");
    // A problem inside a zone entry selects that zone.
    for (std::size_t i = 0; zones && zones->is_array() && i < zones->size(); ++i) {
        if (focusIsWithin(f.state, at("/key/zones", i)) ) f.state.selectedZone = core::stringMember((*zones)[i], "zone");
    }
    problemMarker(f.doc, "/key/zones");
    drawKeyZoneList(f, ctx, zones);
    ImGui::Separator();
    drawKeyZoneEditor(f, ctx, f.state.selectedZone, zones);
}

void drawAftercareTab(FieldContext& f, const UiContext& ctx) {
    Options good;
    Options harmful;
    for (const auto& a : ctx.data.catalogue.aftercare) (a.harmful ? harmful : good).emplace_back(a.id, a.label);
    if (!f.doc.find("/key/aftercare")) {
        labelMuted("This case has no aftercare key (right for defer and refer cases).");
        if (button("+ add an aftercare key")) {
            f.edits.push_back(core::edit::Set{"/key/aftercare", {{"required", core::Json::array()}, {"harmful", core::Json::array()},
                                                                  {"critical", core::Json::array()}, {"feedback", ""}}});
        }
    } else {
        idSetField(f, "Advice the trainee must give", "/key/aftercare/required", good, 2);
        idSetField(f, "Harmful advice offered as a trap", "/key/aftercare/harmful", harmful, 2);
        idSetField(f, "Critical (giving it fails the case)", "/key/aftercare/critical", harmful, 2);
        textField(f, "Aftercare feedback", "/key/aftercare/feedback", true);
        if (smallButton("Remove the aftercare key")) f.edits.push_back(core::edit::Remove{"/key/aftercare"});
    }
    ImGui::Separator();
    if (!f.doc.find("/key/schedule")) {
        labelMuted("No schedule key.");
        if (button("+ add a schedule key")) {
            f.edits.push_back(core::edit::Set{"/key/schedule", {{"interval_weeks", {4, 6}}, {"sessions", {3, 6}}, {"feedback", ""}}});
        }
        return;
    }
    intRangeField(f, "Weeks apart", "/key/schedule/interval_weeks", core::kIntervalWeeksLimit.min, core::kIntervalWeeksLimit.max);
    intRangeField(f, "Sessions", "/key/schedule/sessions", core::kSessionsLimit.min, core::kSessionsLimit.max);
    textField(f, "Schedule feedback", "/key/schedule/feedback", true);
    if (smallButton("Remove the schedule key")) f.edits.push_back(core::edit::Remove{"/key/schedule"});
}

} // namespace ui
