// Case, client, findings, decision and sources tabs.
#include "ui/authoring/case_editor_tabs.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/click_targets.hpp"

#include "ui/common/face_map_widget.hpp"

#include "terms/input_limits.hpp"

namespace ui {
namespace {

constexpr const char* kFitzpatrickNames[] = {"I", "II", "III", "IV", "V", "VI"};

// What a deferral or referral should plan instead (key.follow_up): graded in
// place of the plan when the trainee defers or refers.
void drawFollowUpKey(FieldContext& f, const UiContext& ctx) {
    const std::string base = "/key/follow_up";
    labelColoured(kAccentColour, "Follow-up (for defer and refer)");
    problemMarker(f.doc, base);
    if (!f.doc.find(base)) {
        labelMuted("No follow-up key: a deferral or referral is graded on the decision alone.");
        if (button("+ add a follow-up key")) f.edits.push_back(core::edit::Set{base, {{"advice", core::Json::array()}, {"feedback", ""}}});
        return;
    }
    bool hasRebook = f.doc.find(base + "/rebook_weeks") != nullptr;
    if (ImGui::Checkbox("Set when to see the client again", &hasRebook)) {
        f.edits.push_back(hasRebook ? core::EditCommand{core::edit::Set{base + "/rebook_weeks", core::Json::array({4, 8})}}
                                    : core::EditCommand{core::edit::Remove{base + "/rebook_weeks"}});
    }
    if (hasRebook) intRangeField(f, "Next visit (weeks)", base + "/rebook_weeks", core::kIntervalWeeksLimit.min, core::kIntervalWeeksLimit.max);
    Options referrals;
    for (const auto& r : ctx.data.catalogue.referrals) referrals.emplace_back(r.id, r.label);
    // An empty list is not allowed: unticking the last target removes the field, and then any target is accepted.
    idSetField(f, "Who to refer to (none ticked: any referral is accepted)", base + "/refer_to", referrals, 2, true);
    Options advice;
    for (const auto& a : ctx.data.catalogue.advice) advice.emplace_back(a.id, a.label);
    idSetField(f, "Advice to give today", base + "/advice", advice, 1);
    textField(f, "Follow-up feedback (shown in the debrief)", base + "/feedback", true);
    if (smallButton("Remove the follow-up key")) f.edits.push_back(core::edit::Remove{base});
}

} // namespace

Options zoneOptions(const UiContext& ctx, bool includeNoGo) {
    Options out;
    for (const auto& z : ctx.data.zones.zones()) {
        if (z.noGo && !includeNoGo) continue;
        out.emplace_back(z.id, zoneDisplayName(ctx.data.zones, z.id));
    }
    return out;
}

void drawCaseTab(FieldContext& f, const UiContext& ctx) {
    labelWrapped(kMutedColour, "What the library shows, and how the case is graded.");
    textField(f, "Title", "/title");
    textField(f, "Id", "/id", false, "lower-case-with-dashes");
    choiceField(f, "Difficulty", "/difficulty", namesOf(core::difficultyChoices()));
    Options protocols;
    for (const auto& [id, p] : ctx.data.protocols) protocols.emplace_back(id, p.title);
    choiceField(f, "Protocol profile", "/protocol", protocols);
    boolField(f, "Show depth hints to the trainee", "/allow_hints");
    ImGui::Spacing();
    stringListField(f, "Tags (used by exam pools)", "/tags", "+ add a tag");
}

void drawClientTab(FieldContext& f, const UiContext& ctx) {
    textField(f, "Name", "/client/name");
    intField(f, "Age", "/client/age", 16, 110);
    choiceField(f, "Sex", "/client/sex", {{"female", "female"}, {"male", "male"}, {"other", "other"}});
    // Fitzpatrick is a number in the file; buttons I-VI read better.
    {
        const core::Json* v = f.doc.find("/client/fitzpatrick");
        const int current = v && v->is_number_integer() ? v->get<int>() : 0;
        ImGui::AlignTextToFramePadding();
        ui::label("Fitzpatrick type");
        ImGui::SameLine(fieldLabelWidth());
        ImGui::PushID("fitz");
        for (int t = 1; t <= 6; ++t) {
            if (t > 1) ImGui::SameLine();
            if (ImGui::RadioButton(kFitzpatrickNames[t - 1], current == t)) f.edits.push_back(core::edit::Set{"/client/fitzpatrick", t});
        }
        ImGui::PopID();
        problemMarker(f.doc, "/client/fitzpatrick");
        if (f.state.focusPointer == "/client/fitzpatrick") f.state.focusPointer.clear();
    }
    textField(f, "Concerns, in the client's words", "/client/concerns", true);
    Options indications;
    for (const auto& i : ctx.data.catalogue.indications) indications.emplace_back(i.id, i.label);
    idSetField(f, "Indications", "/client/indications", indications, 3);
    stringListField(f, "Medical history", "/client/medical_history", "+ add history");
    stringListField(f, "Medications", "/client/medications", "+ add medication");
    stringListField(f, "Allergies", "/client/allergies", "+ add allergy");

    ui::label("Recent treatments");
    problemMarker(f.doc, "/client/recent_treatments");
    const core::Json* treatments = f.doc.find("/client/recent_treatments");
    const std::size_t n = treatments && treatments->is_array() ? treatments->size() : 0;
    const Options zones = zoneOptions(ctx, false);
    ImGui::Indent();
    for (std::size_t i = 0; i < n; ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string p = at("/client/recent_treatments", i);
        textField(f, "What", p + "/what");
        // The profile's waits are keyed by the kind: without one, none applies.
        choiceField(f, "Kind", p + "/kind", namesOf(core::treatmentKindChoices()), true);
        choiceField(f, "Zone", p + "/zone", zones, true);
        numberField(f, "Weeks ago", p + "/weeks_ago", 0.0, 520.0, 1.0, "%.0f");
        if (smallButton("Remove this treatment")) f.edits.push_back(core::edit::Remove{p});
        ImGui::Separator();
        ImGui::PopID();
    }
    if (smallButton("+ add a recent treatment")) {
        const core::Json entry = {{"what", ""}, {"weeks_ago", 4}};
        f.edits.push_back(core::edit::Append{"/client/recent_treatments", entry});
    }
    ImGui::Unindent();

    ui::label("Lifestyle");
    if (!f.doc.find("/client/lifestyle")) {
        if (smallButton("+ add lifestyle answers")) {
            f.edits.push_back(core::edit::Set{"/client/lifestyle", {{"sun_exposure", "low"}, {"tanning_last_2_weeks", false}, {"pregnant", false},
                                                                    {"breastfeeding", false}, {"smoker", false}}});
        }
    } else {
        ImGui::Indent();
        choiceField(f, "Sun exposure", "/client/lifestyle/sun_exposure", {{"low", "low"}, {"moderate", "moderate"}, {"high", "high"}});
        boolField(f, "Tanned in the last 2 weeks", "/client/lifestyle/tanning_last_2_weeks");
        ImGui::SameLine();
        boolField(f, "Pregnant", "/client/lifestyle/pregnant");
        boolField(f, "Breastfeeding", "/client/lifestyle/breastfeeding");
        ImGui::SameLine();
        boolField(f, "Smoker", "/client/lifestyle/smoker");
        ImGui::Unindent();
    }
    textField(f, "Intake notes (what the practitioner saw and asked)", "/client/intake_notes", true);
}

void drawFindingsTab(FieldContext& f, const UiContext& ctx) {
    const auto& types = ctx.data.catalogue.findingTypes;
    if (types.empty()) return;
    f.state.findingType = std::clamp(f.state.findingType, 0, static_cast<int>(types.size()) - 1);
    labelWrapped("Click the face to place a finding of the type below; drag a marker to move it. Its zone follows the marker.");
    ImGui::AlignTextToFramePadding();
    ui::label("Next finding");
    ImGui::SameLine(fieldLabelWidth());
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    if (ImGui::BeginCombo("##type", types[static_cast<std::size_t>(f.state.findingType)].label.c_str())) {
        for (std::size_t i = 0; i < types.size(); ++i) {
            if (ImGui::Selectable(types[i].label.c_str(), static_cast<int>(i) == f.state.findingType)) f.state.findingType = static_cast<int>(i);
        }
        ImGui::EndCombo();
    }
    ImGui::Separator();
    const core::Json* findings = f.doc.find("/findings");
    const std::size_t n = findings && findings->is_array() ? findings->size() : 0;
    if (n == 0) labelMuted("No findings yet: the face is clear.");
    for (std::size_t i = 0; i < n; ++i) {
        const core::Json& item = (*findings)[i];
        const std::string type = core::stringMember(item, "type", "?");
        const core::FindingType* ft = ctx.data.catalogue.findFindingType(type);
        placedItemRow(f, ctx, "/findings", i, ft ? ft->label : type, f.state.selectedFinding);
    }
    const int sel = f.state.selectedFinding;
    if (sel < 0 || static_cast<std::size_t>(sel) >= n) return;
    ImGui::Separator();
    const std::string p = at("/findings", static_cast<std::size_t>(sel));
    labelColoured(kAccentColour, formatted("Finding %d", sel + 1));
    textField(f, "Id", p + "/id");
    Options typeOptions;
    for (const auto& t : types) typeOptions.emplace_back(t.id, t.label);
    choiceField(f, "Type", p + "/type", typeOptions);
    placedZoneReadout(f, ctx, p);
    numberField(f, "Size (radius)", p + "/radius", 0.005, 0.15, 0.005, "%.3f");
    textField(f, "Note (shown on hover)", p + "/note", true);
    if (button("Remove this finding")) {
        f.edits.push_back(core::edit::RemoveFinding{sel});
        f.state.selectedFinding = -1;
    }
}

void placedItemRow(FieldContext& f, const UiContext& ctx, const std::string& listPointer, std::size_t index, const std::string& what, int& selected) {
    const std::string p = at(listPointer, index);
    if (focusIsWithin(f.state, p)) selected = static_cast<int>(index);
    const core::Json* zone = f.doc.find(p + "/zone");
    const std::string label = std::to_string(index + 1) + ".  " + what + "  (" +
                              zoneDisplayName(ctx.data.zones, zone && zone->is_string() ? zone->get<std::string>() : "") + ")";
    ImGui::PushID(static_cast<int>(index));
    if (ImGui::Selectable(label.c_str(), selected == static_cast<int>(index))) selected = static_cast<int>(index);
    problemMarker(f.doc, p);
    ImGui::PopID();
}

void placedZoneReadout(FieldContext& f, const UiContext& ctx, const std::string& pointer) {
    ImGui::AlignTextToFramePadding();
    ui::label("Zone");
    ImGui::SameLine(fieldLabelWidth());
    const core::Json* zone = f.doc.find(pointer + "/zone");
    ui::label(zone && zone->is_string() ? zoneDisplayName(ctx.data.zones, zone->get<std::string>()).c_str() : "-");
    problemMarker(f.doc, pointer + "/zone");
    problemMarker(f.doc, pointer + "/position");
}

void drawDecisionTab(FieldContext& f, const UiContext& ctx) {
    choiceField(f, "Expected decision", "/key/decision/expected", namesOf(core::decisionChoices()));
    textField(f, "Why (shown in the debrief)", "/key/decision/reason", true);
    ImGui::Spacing();
    ui::label("Partial credit for defensible alternatives (0-1 of the decision's points)");
    problemMarker(f.doc, "/key/decision/partial");
    const core::Json* expected = f.doc.find("/key/decision/expected");
    const core::Json* partial = f.doc.find("/key/decision/partial");
    ImGui::Indent();
    for (const auto& [name, value] : core::decisionChoices()) {
        if (expected && expected->is_string() && expected->get<std::string>() == name) continue;
        ImGui::PushID(name.c_str());
        const std::string p = "/key/decision/partial/" + name;
        const bool present = partial && partial->is_object() && partial->contains(name);
        bool on = present;
        if (ImGui::Checkbox(name.c_str(), &on)) {
            if (on && !partial) {
                f.edits.push_back(core::edit::Set{"/key/decision/partial", {{name, 0.25}}});
            } else if (on) {
                f.edits.push_back(core::edit::Set{p, 0.25});
            } else {
                f.edits.push_back(core::edit::Remove{p});
            }
        }
        if (present) {
            ImGui::SameLine(fieldLabelWidth());
            ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
            float credit = (*partial)[name].is_number() ? (*partial)[name].get<float>() : 0.0f;
            if (ImGui::SliderFloat("##credit", &credit, 0.0f, 1.0f, "%.2f")) {
                f.edits.push_back(core::edit::Set{p, std::round(credit * 20.0) / 20.0, true});
            }
            if (ImGui::IsItemDeactivatedAfterEdit()) f.edits.push_back(core::edit::Seal{});
            problemMarker(f.doc, p);
        }
        ImGui::PopID();
    }
    ImGui::Unindent();
    ImGui::Spacing();
    ImGui::Separator();
    drawFollowUpKey(f, ctx);
}

void drawSourcesTab(FieldContext& f, const UiContext& ctx) {
    labelWrapped("The evidence behind this case's own rules (its decision and any depth band it sets), chosen from the "
                       "trainer's references (assets/references.json). Tiers: PR peer-reviewed, REG regulatory, IND clinic or "
                       "manufacturer protocol, SEED clinic training material.");
    Options references;
    for (const auto& r : ctx.data.references.items) {
        references.emplace_back(r.id, core::shortCitation(r) + " [" + core::toString(r.tier) + "]");
    }
    const core::Json* sources = f.doc.find("/sources");
    const std::size_t n = sources && sources->is_array() ? sources->size() : 0;
    problemMarker(f.doc, "/sources");
    for (std::size_t i = 0; i < n; ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string p = at("/sources", i);
        ImGui::Separator();
        if (f.doc.find(p + "/citation") && !f.doc.find(p + "/ref")) {
            // A free-text citation from an older file: shown, and replaced by choosing a reference.
            labelMuted(formatted("Free-text citation (older file): %s", f.doc.find(p + "/citation")->dump().c_str()));
            if (smallButton("Cite a reference instead")) {
                f.edits.push_back(core::edit::Set{p, core::Json{{"ref", references.empty() ? "" : references.front().first}}});
            }
        } else {
            choiceField(f, "Reference", p + "/ref", references);
            const core::Json* ref = f.doc.find(p + "/ref");
            if (const core::Reference* r = ref && ref->is_string() ? ctx.data.references.find(ref->get<std::string>()) : nullptr) {
                ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
                labelWrapped(core::fullCitation(*r));
                ImGui::PopStyleColor();
            }
            textField(f, "What it supports here (optional)", p + "/note", true);
        }
        if (smallButton("Remove this source")) f.edits.push_back(core::edit::Remove{p});
        ImGui::PopID();
    }
    ImGui::Separator();
    if (button("+ add a source") && !references.empty()) {
        f.edits.push_back(core::edit::Append{"/sources", core::Json{{"ref", references.front().first}}});
    }
}

} // namespace ui
