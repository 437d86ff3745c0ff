// The editor's skin layer edits (add where clicked, move, cover the whole
// zone or a patch, remove), worked out as whole-value changes so
// DocumentEditor applies each as one undoable step.
#pragma once

#include "authoring/case_edits.hpp"

namespace core {

[[nodiscard]] std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::AddSkinLayer& c, const ReferenceData& data);
[[nodiscard]] std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::MoveSkinLayer& c, const ReferenceData& data);
[[nodiscard]] std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::SkinLayerCover& c, const ReferenceData& data);
[[nodiscard]] std::expected<EditPlan, core::Error> planEdit(const Json& root, const edit::RemoveSkinLayer& c, const ReferenceData& data);

} // namespace core
