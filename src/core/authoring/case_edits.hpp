// The case-specific editor commands, worked out as whole-value changes to the
// document so DocumentEditor can apply each as one undoable step.
#pragma once

#include "base/diagnostics.hpp"
#include "authoring/editor_commands.hpp"
#include "model/reference_data.hpp"

#include <expected>
#include <string>
#include <utility>
#include <vector>

namespace core {

struct EditPlan {
    std::vector<std::pair<std::string, Json>> sets;
    std::vector<std::string> removals;
    std::string coalesceKey;
};

[[nodiscard]] std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::AddFinding& c, const ReferenceData& data);
[[nodiscard]] std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::MoveFinding& c, const ReferenceData& data);
[[nodiscard]] std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::RemoveFinding& c, const ReferenceData& data);
[[nodiscard]] std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::KeyZone& c, const ReferenceData& data);
[[nodiscard]] std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::ToggleKeyFlag& c, const ReferenceData& data);

// Map positions are stored to 3 decimals (a tenth of a percent of the face).
double roundPosition(double v);

} // namespace core
