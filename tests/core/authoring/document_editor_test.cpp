// The case editor's core: template to valid case, findings placed and moved
// on the map, key zones and flags, live validation, drafts and bad input.
#include "platform/atomic_file.hpp"
#include "validation/case_library.hpp"
#include "authoring/case_edits.hpp"
#include "authoring/document_editor.hpp"
#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"

#include "fixtures.hpp"
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

namespace {

const std::filesystem::path kRoot = MN_SOURCE_ROOT;

core::DocumentEditor fromTemplate(const std::filesystem::path& file) {
    auto templ = core::JsonDocument::fromFile(kRoot / "cases/templates/template-blank.json");
    REQUIRE(templ.has_value());
    return core::DocumentEditor(core::caseFromTemplate(templ->root(), "my-new-case", "My new case"), file, fixtures::referenceData());
}

void ok(core::DocumentEditor& e, const core::EditCommand& c) {
    const auto r = e.apply(c);
    INFO((r ? std::string() : r.error().summary()));
    REQUIRE(r.has_value());
}

bool hasProblemAt(const core::DocumentEditor& e, const std::string& pointer, core::Severity severity = core::Severity::Error) {
    for (const auto& d : e.problems().items()) {
        if (d.pointer == pointer && d.severity == severity) return true;
    }
    return false;
}

} // namespace

TEST_CASE("a case from the template is valid, new and unsaved, with no $schema") {
    testing_support::TempDir dir;
    auto e = fromTemplate(dir.path() / "my-new-case.json");
    CHECK(e.kind() == "case");
    CHECK(e.isNew());
    CHECK(e.dirty());
    CHECK_FALSE(e.hasErrors());
    CHECK(e.root().at("id") == "my-new-case");
    CHECK(e.root().at("title") == "My new case");
    CHECK_FALSE(e.root().contains("$schema"));
    CHECK(e.preview().id == "my-new-case");
}

TEST_CASE("findings are placed where clicked, take the zone there, and follow a drag") {
    testing_support::TempDir dir;
    auto e = fromTemplate(dir.path() / "c.json");
    const auto& zones = fixtures::referenceData().zones;
    const glm::dvec2 cheek = zones.find("cheek_left")->centroid();
    const glm::dvec2 chin = zones.find("chin")->centroid();
    ok(e, core::edit::AddFinding{"raised_mole", cheek});
    ok(e, core::edit::AddFinding{"raised_mole", chin});
    REQUIRE(e.preview().findings.size() == 2);
    CHECK(e.preview().findings[0].id == "raised-mole-1");
    CHECK(e.preview().findings[1].id == "raised-mole-2");
    CHECK(e.preview().findings[0].zone == "cheek_left");
    CHECK(e.preview().findings[1].zone == "chin");
    CHECK(e.preview().findings[0].radius == fixtures::referenceData().catalogue.findFindingType("raised_mole")->defaultRadius);

    // A drag is many moves but one undo step; the zone follows.
    const glm::dvec2 forehead = zones.find("forehead")->centroid();
    for (int i = 1; i <= 10; ++i) ok(e, core::edit::MoveFinding{1, chin + (forehead - chin) * (i / 10.0), true});
    ok(e, core::edit::Seal{});
    CHECK(e.preview().findings[1].zone == "forehead");
    CHECK(e.root()["findings"][1]["position"][0] == core::roundPosition(forehead.x));
    ok(e, core::edit::Undo{});
    CHECK(e.preview().findings[1].zone == "chin");

    // Bad placements say why and change nothing.
    const auto rev = e.revision();
    auto r = e.apply(core::edit::AddFinding{"raised_mole", {0.01, 0.01}});
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().summary().find("not on any zone") != std::string::npos);
    r = e.apply(core::edit::AddFinding{"raised_mol", cheek});
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().summary().find("Did you mean \"raised_mole\"") != std::string::npos);
    r = e.apply(core::edit::AddFinding{"raised_mole", {1.5, 0.5}});
    REQUIRE_FALSE(r.has_value());
    r = e.apply(core::edit::MoveFinding{7, cheek, false});
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().summary().find("no finding 8") != std::string::npos);
    CHECK(e.revision() == rev);
}

TEST_CASE("removing a finding removes the key's references to it") {
    testing_support::TempDir dir;
    auto e = fromTemplate(dir.path() / "c.json");
    ok(e, core::edit::AddFinding{"raised_mole", fixtures::referenceData().zones.find("cheek_left")->centroid()});
    ok(e, core::edit::ToggleKeyFlag{"contraindications", "raised_lesion"});
    ok(e, core::edit::Set{"/key/contraindications/0/findings", core::Json::array({"raised-mole-1"})});
    ok(e, core::edit::RemoveFinding{0});
    CHECK(e.root()["findings"].empty());
    CHECK(e.root()["key"]["contraindications"][0]["findings"].empty());
}

TEST_CASE("key zones are created, edited and removed through the zone panel's edits") {
    testing_support::TempDir dir;
    auto e = fromTemplate(dir.path() / "c.json");
    ok(e, core::edit::KeyZone{"cheek_left", "band", "rejuvenation"});
    ok(e, core::edit::KeyZone{"cheek_left", "patterns", core::Json::array({"vertical", "horizontal"})});
    ok(e, core::edit::KeyZone{"cheek_left", "passes", core::Json::array({2, 3})});
    ok(e, core::edit::KeyZone{"chin", "action", "avoid"});
    ok(e, core::edit::KeyZone{"chin", "reason", "Active acne on the chin."});
    const core::KeyZone* cheek = e.preview().key.zone("cheek_left");
    REQUIRE(cheek);
    CHECK(cheek->action == core::ZoneAction::Treat);
    REQUIRE(cheek->passes);
    CHECK(cheek->passes->max == 3);
    REQUIRE(e.preview().key.zone("chin"));
    CHECK(e.preview().key.zone("chin")->action == core::ZoneAction::Avoid);
    ok(e, core::edit::KeyZone{"cheek_left", "passes", nullptr});
    // Pattern ticks: unticking the last one removes the field (the profile's default).
    const std::string patterns = "/key/zones/" + std::to_string(e.root()["key"]["zones"].size() - 2) + "/patterns";
    REQUIRE(e.root()["key"]["zones"][e.root()["key"]["zones"].size() - 2]["zone"] == "cheek_left");
    ok(e, core::edit::ToggleListItem{patterns, "vertical", true});
    ok(e, core::edit::ToggleListItem{patterns, "horizontal", true});
    CHECK(e.find(patterns) == nullptr);
    ok(e, core::edit::ToggleListItem{patterns, "oblique", true});
    CHECK(*e.find(patterns) == core::Json::array({"oblique"}));
    CHECK_FALSE(e.preview().key.zone("cheek_left")->passes);
    ok(e, core::edit::KeyZone{"chin", "action", nullptr});
    CHECK_FALSE(e.preview().key.zone("chin"));
    // A no-go zone starts as avoided; treating it is an error the validator names.
    ok(e, core::edit::KeyZone{"nogo_eye_left", "reason", "Never over the eye."});
    CHECK(e.preview().key.zone("nogo_eye_left")->action == core::ZoneAction::Avoid);
    CHECK_FALSE(e.hasErrors());
    ok(e, core::edit::KeyZone{"nogo_eye_left", "action", "treat"});
    const int index = static_cast<int>(e.root()["key"]["zones"].size()) - 1;
    CHECK(e.hasErrors());
    ok(e, core::edit::KeyZone{"nogo_eye_left", "band", "rejuvenation"});
    CHECK(hasProblemAt(e, "/key/zones/" + std::to_string(index) + "/action"));
    REQUIRE_FALSE(e.apply(core::edit::KeyZone{"cheeks", "band", "scars"}).has_value());
}

TEST_CASE("live validation lists each problem at its pointer and clears when fixed") {
    testing_support::TempDir dir;
    auto e = fromTemplate(dir.path() / "c.json");
    ok(e, core::edit::Set{"/client/fitzpatrick", 9});
    CHECK(hasProblemAt(e, "/client/fitzpatrick"));
    ok(e, core::edit::Set{"/key/decision/expected", "maybe"});
    CHECK(hasProblemAt(e, "/key/decision/expected"));
    for (const auto& d : e.problems().items()) CHECK(d.line > 0); // located in the text to be saved
    ok(e, core::edit::Undo{});
    ok(e, core::edit::Undo{});
    CHECK_FALSE(e.hasErrors());
    // Ids must be unique across the library.
    e.setContext({{"my-new-case", "/cases/other.json"}}, {});
    CHECK(hasProblemAt(e, "/id"));
}

TEST_CASE("a draft with errors saves atomically, and the case it becomes grades") {
    testing_support::TempDir dir;
    const auto file = dir.path() / "sub" / "draft.json";
    auto e = fromTemplate(file);
    ok(e, core::edit::Set{"/client/age", "forty"});
    REQUIRE(e.hasErrors());
    REQUIRE(e.save().has_value());
    CHECK_FALSE(e.dirty());
    CHECK(core::readWholeFile(file) == e.text());
    ok(e, core::edit::Undo{});
    REQUIRE(e.save().has_value());
    auto reopened = core::DocumentEditor::open(file, fixtures::referenceData());
    REQUIRE(reopened.has_value());
    CHECK_FALSE(reopened->hasErrors());
    CHECK(reopened->text() == e.text());
}

TEST_CASE("the editor refuses files it cannot edit, with the reason") {
    testing_support::TempDir dir;
    const auto& data = fixtures::referenceData();
    auto r = core::DocumentEditor::open(dir.path() / "missing.json", data);
    REQUIRE_FALSE(r.has_value());
    r = core::DocumentEditor::open(dir.write("bad.json", "{\"kind\": \"case\","), data);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().summary().find("bad.json") != std::string::npos);
    r = core::DocumentEditor::open(kRoot / "cases/protocols/clinic-standard.json", data);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().summary().find("\"protocol\" file") != std::string::npos);
    r = core::DocumentEditor::open(dir.write("list.json", "[1, 2]"), data);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().summary().find("not a case or an exam") != std::string::npos);
}

TEST_CASE("exam edits: cases toggle in and out, and validation knows the playable cases") {
    testing_support::TempDir dir;
    core::DocumentEditor e(core::newExam("my-exam", "My exam", "clinic-standard"), dir.path() / "my-exam.json", fixtures::referenceData());
    CHECK(hasProblemAt(e, "")); // no cases yet
    core::CaseIndex playable;
    core::Diagnostics ignored;
    auto doc = core::JsonDocument::fromFile(kRoot / "cases/library/a-acne-scars-cheeks.json");
    REQUIRE(doc.has_value());
    playable.emplace("a-acne-scars-cheeks", core::readCase(doc->root(), ignored));
    e.setContext({}, playable);
    ok(e, core::edit::ToggleListItem{"/cases", "a-acne-scars-cheeks"});
    CHECK_FALSE(e.hasErrors());
    ok(e, core::edit::ToggleListItem{"/cases", "no-such-case"});
    CHECK(hasProblemAt(e, "/cases/1"));
    ok(e, core::edit::ToggleListItem{"/cases", "no-such-case"});
    CHECK_FALSE(e.hasErrors());
    ok(e, core::edit::Set{"/time_limit_minutes", 0});
    CHECK(hasProblemAt(e, "/time_limit_minutes"));
    // Case-only edits are refused on an exam.
    REQUIRE_FALSE(e.apply(core::edit::KeyZone{"chin", "action", "avoid"}).has_value());
}

TEST_CASE("ids from titles are tidy and unique") {
    CHECK(core::idFromTitle("Rosacea, cheeks (stable)", {}) == "rosacea-cheeks-stable");
    CHECK(core::idFromTitle("  ", {}) == "new-case");
    CHECK(core::idFromTitle("Rosacea", {{"rosacea", "a"}, {"rosacea-2", "b"}}) == "rosacea-3");
}

TEST_CASE("recovered edits sit on top of the saved file as one undoable change") {
    testing_support::TempDir dir;
    const auto file = dir.path() / "case.json";
    auto e = fromTemplate(file);
    REQUIRE(e.save().has_value());
    const std::string savedText = e.text();
    core::Json edited = e.root();
    edited["client"]["name"] = "After the crash";
    auto recovered = core::DocumentEditor::recover(file, edited, fixtures::referenceData());
    CHECK_FALSE(recovered.isNew());
    CHECK(recovered.dirty());
    CHECK(recovered.root()["client"]["name"] == "After the crash");
    ok(recovered, core::edit::Undo{});
    CHECK(recovered.text() == savedText);
    CHECK_FALSE(recovered.dirty());
    // A file that is gone comes back as a new document.
    auto orphan = core::DocumentEditor::recover(dir.path() / "gone.json", edited, fixtures::referenceData());
    CHECK(orphan.isNew());
    CHECK(orphan.root()["client"]["name"] == "After the crash");
}

TEST_CASE("a save that cannot be written says why and keeps the changes unsaved") {
    testing_support::TempDir dir;
    const auto blocker = dir.write("not-a-folder", "a file where a folder should be");
    auto e = fromTemplate(blocker / "case.json");
    ok(e, core::edit::Set{"/client/age", 41});
    const auto saved = e.save();
    REQUIRE_FALSE(saved.has_value());
    CHECK_FALSE(saved.error().summary().empty());
    CHECK(e.dirty());
    CHECK(e.isNew());
    CHECK_FALSE(std::filesystem::exists(blocker / "case.json"));
}

TEST_CASE("the library keeps a broken file's id, so a new case cannot take it") {
    const auto library = core::loadCaseLibrary(kRoot / "tests/data/gui_library", fixtures::referenceData());
    std::map<std::string, std::string> ids;
    for (const auto& e : library.entries) ids.emplace(e.id, e.file);
    REQUIRE(ids.contains("broken-on-purpose")); // not playable, but its id is known
    CHECK(ids.contains("fixture-mole"));
    CHECK(core::idFromTitle("Broken on purpose", ids) == "broken-on-purpose-2");
}
