// Editor script lines: JSON runs to the end of the line (with '#' kept), and
// every malformed line says what is wrong.
#include "automation/script.hpp"

#include <catch2/catch.hpp>

namespace {

core::ScriptStep one(const std::string& text) {
    auto lines = core::parseScript(text, "t");
    INFO((lines ? std::string() : lines.error().summary()));
    REQUIRE(lines.has_value());
    REQUIRE(lines->size() == 1);
    return (*lines)[0].step;
}

std::string problem(const std::string& text) {
    auto lines = core::parseScript(text, "t");
    REQUIRE_FALSE(lines.has_value());
    return lines.error().summary();
}

} // namespace

TEST_CASE("edit-set keeps the JSON value whole, spaces and '#' included") {
    const auto step = one("edit-set /client/concerns \"Spots #2 and  #3\"\n");
    const auto* c = std::get_if<core::EditCommand>(&step);
    REQUIRE(c);
    const auto* set = std::get_if<core::edit::Set>(c);
    REQUIRE(set);
    CHECK(set->pointer == "/client/concerns");
    CHECK(set->value == "Spots #2 and  #3");
}

TEST_CASE("editor steps and edits parse to what the app runs") {
    auto step = one("edit-new template-blank  A new case, with commas  \n");
    const auto* e = std::get_if<core::step::Editor>(&step);
    REQUIRE(e);
    const auto* created = std::get_if<core::step::editor::NewCase>(e);
    REQUIRE(created);
    CHECK(created->source == "template-blank");
    CHECK(created->title == "A new case, with commas");

    // Typed when read: the tab is an enum and the problem number an int, never re-parsed later.
    step = one("edit-tab plan-key");
    const auto* tab = std::get_if<core::step::editor::ShowTab>(std::get_if<core::step::Editor>(&step));
    REQUIRE(tab);
    CHECK(tab->tab == core::step::editor::Tab::PlanKey);
    step = one("edit-jump 3");
    const auto* jump = std::get_if<core::step::editor::JumpToProblem>(std::get_if<core::step::Editor>(&step));
    REQUIRE(jump);
    CHECK(jump->number == 3);
    step = one("edit-dialog edit-exam");
    const auto* dialog = std::get_if<core::step::editor::OpenDialog>(std::get_if<core::step::Editor>(&step));
    REQUIRE(dialog);
    CHECK(dialog->dialog == core::step::editor::Dialog::EditExam);

    step = one("edit-finding raised_mole 0.6 0.45   # on the cheek");
    const auto* add = std::get_if<core::edit::AddFinding>(std::get_if<core::EditCommand>(&step));
    REQUIRE(add);
    CHECK(add->position.x == Approx(0.6));

    step = one("edit-move-finding 2 0.5 0.5");
    const auto* move = std::get_if<core::edit::MoveFinding>(std::get_if<core::EditCommand>(&step));
    REQUIRE(move);
    CHECK(move->index == 1); // scripts count from 1

    step = one("edit-key chin action null");
    const auto* key = std::get_if<core::edit::KeyZone>(std::get_if<core::EditCommand>(&step));
    REQUIRE(key);
    CHECK(key->value.is_null());
}

TEST_CASE("malformed editor lines are refused with the usage or the reason") {
    CHECK(problem("edit-set /title").find("usage: edit-set POINTER JSON") != std::string::npos);
    CHECK(problem("edit-set /title bare words").find("not a JSON value") != std::string::npos);
    CHECK(problem("edit-save now").find("usage: edit-save") != std::string::npos);
    CHECK(problem("edit-finding mole x 0.5").find("\"x\" is not a number") != std::string::npos);
    CHECK(problem("edit-move-finding 0 0.5 0.5").find("from 1") != std::string::npos);
    CHECK(problem("edit-jump -1").find("from 1") != std::string::npos);
    CHECK(problem("edit-tab plan_key").find("no editor tab \"plan_key\"") != std::string::npos);
    CHECK(problem("edit-sav").find("Did you mean \"edit-save\"") != std::string::npos);
    CHECK(problem("edit-new template-blank").find("usage") != std::string::npos);
    // The line number is in the message.
    CHECK(problem("open a-acne-scars-cheeks\nedit-set /x {").find("t:2:") != std::string::npos);
}

