// Lesion margins: emits SetExclude. Which lesions may be needled around is the
// catalogue's (site_rule); whether that was right is the grader's.
#include "ui/practice/lesion_margins.hpp"
#include "ui/common/layout_facts.hpp"

#include "ui/common/click_targets.hpp"

#include <algorithm>
#include <cctype>

namespace ui {
namespace {

std::string marginLabel(const core::FindingType& type, int nth) {
    std::string what = type.label;
    // "Raised mole" reads "Needle around raised mole"; an acronym keeps its capitals.
    if (what.size() > 1 && std::isupper(static_cast<unsigned char>(what[1])) == 0) {
        what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
    }
    if (nth > 0) what += " " + std::to_string(nth);
    return "Needle around " + what + " (margin)";
}

} // namespace

void drawLesionMargins(UiContext& ctx, const core::AttemptZone& zone) {
    const core::Case* c = ctx.session.currentCase();
    if (!c) return;
    std::vector<std::pair<const core::Finding*, const core::FindingType*>> lesions;
    for (const auto& f : c->findings) {
        const core::FindingType* type = ctx.data.catalogue.findFindingType(f.type);
        if (f.zone == zone.zone && type && type->siteRule == core::SiteRule::ExcludeSite) lesions.emplace_back(&f, type);
    }
    if (lesions.empty()) return;
    ImGui::Spacing();
    ui::label("Lesions in this zone");
    for (const auto& [finding, type] : lesions) {
        // Two of a kind in one zone are numbered, so each tick names one of them.
        const auto sameType = [&, t = type](const auto& other) { return other.second == t; };
        const bool several = std::count_if(lesions.begin(), lesions.end(), sameType) > 1;
        int nth = 0;
        if (several) {
            for (const auto& other : lesions) {
                if (other.second == type) ++nth;
                if (other.first == finding) break;
            }
        }
        bool on = std::find(zone.exclude.begin(), zone.exclude.end(), finding->id) != zone.exclude.end();
        const std::string label = marginLabel(*type, nth) + "##" + finding->id;
        if (checkbox(label.c_str(), &on)) ctx.actions.push_back(core::cmd::SetExclude{zone.zone, finding->id, on});
        if (!finding->note.empty() && ImGui::IsItemHovered()) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
            ui::label(finding->note.str());
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
    }
}

} // namespace ui
