// The edits the case editor and exam builder make. Panels and scripts emit
// these; DocumentEditor::apply is the one place that changes a document.
#pragma once

#include "json/json_document.hpp"
#include "terms/zone_map.hpp"

#include <glm/vec2.hpp>

#include <string>
#include <variant>

namespace core::edit {

// Generic field edits, by JSON pointer.
struct Set {
    std::string pointer;
    Json value;
    bool coalesce = false; // typing or dragging: one undo step until Seal
};
struct Remove { std::string pointer; };
struct Append { std::string arrayPointer; Json value; }; // creates the list if it is missing
// Adds a string to a list, or takes it out if it is there (indications, aftercare ids, exam cases).
// With removeWhenEmpty, taking out the last item removes the field, for
// lists where "absent" means "the default" (a key zone's patterns).
struct ToggleListItem { std::string arrayPointer; std::string item; bool removeWhenEmpty = false; };
struct Seal {};
struct Undo {};
struct Redo {};

// Case edits that keep the file consistent.
// A new finding of a type at a map position of a view; its zone is the zone there.
struct AddFinding { std::string type; glm::dvec2 position; MapView view = MapView::Face; };
// Moves finding N (0-based) on the view it lies on; its zone follows the position.
struct MoveFinding { int index = 0; glm::dvec2 position; bool coalesce = true; };
// Removes finding N and every key reference to it.
struct RemoveFinding { int index = 0; };
// Sets one field of the key entry for a zone, creating the entry if needed.
// field "action" with a null value removes the zone from the key; any other
// field with a null value removes that field.
struct KeyZone { std::string zone; std::string field; Json value; };
// Adds a screening id to key.contraindications or key.distractors, or removes it.
struct ToggleKeyFlag { std::string list; std::string id; };

// Skin condition layers (authoring/skin_layer_edits): a new layer of a kind
// where clicked (its zone is the zone there), a move (the zone follows), the
// whole zone or a patch around a point, and removal.
struct AddSkinLayer { std::string kind; glm::dvec2 position; MapView view = MapView::Face; double severity = 0.5; };
struct MoveSkinLayer { int index = 0; glm::dvec2 position; bool coalesce = true; };
struct SkinLayerCover { int index = 0; bool wholeZone = true; };
struct RemoveSkinLayer { int index = 0; };

} // namespace core::edit

namespace core {

using EditCommand = std::variant<edit::Set, edit::Remove, edit::Append, edit::ToggleListItem, edit::Seal, edit::Undo, edit::Redo,
                                 edit::AddFinding, edit::MoveFinding, edit::RemoveFinding, edit::KeyZone, edit::ToggleKeyFlag,
                                 edit::AddSkinLayer, edit::MoveSkinLayer, edit::SkinLayerCover, edit::RemoveSkinLayer>;

} // namespace core
