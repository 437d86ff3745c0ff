// File fidelity with the real bundled files: the editor saves an unchanged
// file byte for byte, and a one-field change touches only that field's line.
#include "platform/atomic_file.hpp"
#include "authoring/document_editor.hpp"
#include "platform/file_walk.hpp"

#include "fixtures.hpp"
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

#include <sstream>

namespace {

std::vector<std::filesystem::path> bundledEditableFiles() {
    const std::filesystem::path root = MN_SOURCE_ROOT;
    auto walk = core::collectJsonFiles({root / "cases" / "library", root / "cases" / "exams", root / "cases" / "templates"});
    return walk.files;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

// Line numbers (1-based) where two texts with the same line count differ.
std::vector<int> changedLines(const std::string& a, const std::string& b) {
    const auto la = lines(a);
    const auto lb = lines(b);
    REQUIRE(la.size() == lb.size());
    std::vector<int> out;
    for (std::size_t i = 0; i < la.size(); ++i) {
        if (la[i] != lb[i]) out.push_back(static_cast<int>(i) + 1);
    }
    return out;
}

std::vector<std::string> keys(const core::Json& object) {
    std::vector<std::string> out;
    for (auto it = object.begin(); it != object.end(); ++it) out.push_back(it.key());
    return out;
}

} // namespace

TEST_CASE("every bundled case, exam and template loads and saves back byte for byte") {
    const auto files = bundledEditableFiles();
    REQUIRE(files.size() >= 27); // 24 cases, 2 exams, 1 template
    testing_support::TempDir dir;
    for (const auto& file : files) {
        INFO(file.string());
        const auto original = core::readWholeFile(file);
        REQUIRE(original);
        auto editor = core::DocumentEditor::open(file, fixtures::referenceData());
        REQUIRE(editor.has_value());
        CHECK_FALSE(editor->dirty());
        CHECK(editor->text() == *original);
        // Through a real save and a second load.
        const auto copy = dir.path() / file.filename();
        REQUIRE(core::writeFileAtomically(copy, *original).has_value());
        auto again = core::DocumentEditor::open(copy, fixtures::referenceData());
        REQUIRE(again.has_value());
        REQUIRE(again->save().has_value());
        CHECK(core::readWholeFile(copy) == original);
    }
}

TEST_CASE("changing one field changes only that field's line and keeps key order") {
    struct Change {
        const char* file;
        const char* pointer;
        core::Json value;
    };
    const Change changes[] = {
        {"cases/library/a-acne-scars-cheeks.json", "/client/age", 25},
        {"cases/library/a-acne-scars-cheeks.json", "/key/zones/2/feedback", "Shallower scars on the jaw: 1.0-1.5 mm."},
        {"cases/library/b-stable-rosacea-redness.json", "/title", "Stable rosacea, a new title"},
        {"cases/library/a-melasma-raised-mole.json", "/findings/0/radius", 0.03},
        {"cases/exams/foundation-certificate.json", "/time_limit_minutes", 75},
        {"cases/exams/quick-screening-quiz.json", "/pools/0/count", 3},
    };
    for (const auto& change : changes) {
        INFO(change.file << " " << change.pointer);
        const auto path = std::filesystem::path(MN_SOURCE_ROOT) / change.file;
        auto editor = core::DocumentEditor::open(path, fixtures::referenceData());
        REQUIRE(editor.has_value());
        const std::string before = editor->text();
        const auto topKeys = keys(editor->root());
        REQUIRE(editor->find(change.pointer) != nullptr);
        REQUIRE(*editor->find(change.pointer) != change.value);
        REQUIRE(editor->apply(core::edit::Set{change.pointer, change.value}).has_value());
        const std::string after = editor->text();
        // The changed line is the one the value sits on in the original file.
        auto doc = core::JsonDocument::fromText(before, change.file);
        REQUIRE(doc.has_value());
        const auto position = doc->position(change.pointer);
        REQUIRE(position.has_value());
        CHECK(changedLines(before, after) == std::vector<int>{position->line});
        CHECK(keys(editor->root()) == topKeys);
        // Undo gives the original bytes back.
        REQUIRE(editor->apply(core::edit::Undo{}).has_value());
        CHECK(editor->text() == before);
        CHECK_FALSE(editor->dirty());
    }
}
