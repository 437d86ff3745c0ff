// EditableJson: pointer edits, undo/redo, coalescing runs, the saved marker.
#include "json/json_edit.hpp"

#include <catch2/catch.hpp>

namespace {

core::Json sample() { return core::Json::parse(R"({"b": 1, "a": {"x": "one", "list": [1, 2, 3]}})"); }

} // namespace

TEST_CASE("a set keeps key order and an unchanged value makes no undo step") {
    core::EditableJson doc(sample());
    REQUIRE(doc.set("/b", 5).has_value());
    REQUIRE(doc.set("/b", 5).has_value());
    CHECK(doc.root().begin().key() == "b");
    CHECK(doc.root()["b"] == 5);
    REQUIRE(doc.undo());
    CHECK(doc.root()["b"] == 1);
    CHECK_FALSE(doc.canUndo());
}

TEST_CASE("new keys go to the end, array items by index or '-'") {
    core::EditableJson doc(sample());
    REQUIRE(doc.set("/a/y", "two").has_value());
    REQUIRE(doc.set("/a/list/-", 4).has_value());
    REQUIRE(doc.set("/a/list/0", 9).has_value());
    CHECK(core::canonicalJsonText(doc.root()) ==
          "{\n  \"b\": 1,\n  \"a\": {\n    \"x\": \"one\",\n    \"list\": [\n      9,\n      2,\n      3,\n      4\n    ],\n    \"y\": \"two\"\n  }\n}\n");
}

TEST_CASE("bad pointers are refused with a reason and change nothing") {
    core::EditableJson doc(sample());
    const auto rev = doc.revision();
    auto r = doc.set("no-slash", 1);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().summary().find("not a JSON pointer") != std::string::npos);
    r = doc.set("/missing/child", 1);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().summary().find("does not exist") != std::string::npos);
    r = doc.set("/a/list/7", 1);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().summary().find("past the end") != std::string::npos);
    r = doc.set("/a/list/01", 1);
    REQUIRE_FALSE(r.has_value());
    r = doc.remove("/a/nothing");
    REQUIRE_FALSE(r.has_value());
    r = doc.set("/b/c", 1);
    REQUIRE_FALSE(r.has_value());
    CHECK(r.error().summary().find("not an object or a list") != std::string::npos);
    r = doc.set("", 1);
    REQUIRE_FALSE(r.has_value());
    CHECK(doc.revision() == rev);
    CHECK(doc.root() == sample());
    CHECK_FALSE(doc.canUndo());
}

TEST_CASE("typing into one field is one undo step until sealed") {
    core::EditableJson doc(sample());
    for (const char* text : {"o", "on", "one!", "one!!"}) REQUIRE(doc.set("/a/x", text, true).has_value());
    REQUIRE(doc.undo());
    CHECK(doc.root()["a"]["x"] == "one");
    REQUIRE(doc.redo());
    CHECK(doc.root()["a"]["x"] == "one!!");
    // After a seal, the next keystroke starts a new step.
    doc.seal();
    REQUIRE(doc.set("/a/x", "two", true).has_value());
    REQUIRE(doc.undo());
    CHECK(doc.root()["a"]["x"] == "one!!");
    // Another field breaks the run too.
    REQUIRE(doc.set("/a/x", "p", true).has_value());
    REQUIRE(doc.set("/b", 2, true).has_value());
    REQUIRE(doc.set("/a/x", "pq", true).has_value());
    REQUIRE(doc.undo());
    CHECK(doc.root()["a"]["x"] == "p");
}

TEST_CASE("undo back to the saved state is clean, a new edit clears redo") {
    core::EditableJson doc(sample());
    CHECK_FALSE(doc.dirty());
    REQUIRE(doc.remove("/a/list/1").has_value());
    CHECK(doc.root()["a"]["list"] == core::Json::array({1, 3}));
    CHECK(doc.dirty());
    REQUIRE(doc.undo());
    CHECK_FALSE(doc.dirty());
    CHECK(doc.canRedo());
    REQUIRE(doc.insert("/a/list", 0, 0).has_value());
    CHECK_FALSE(doc.canRedo());
    CHECK(doc.root()["a"]["list"] == core::Json::array({0, 1, 2, 3}));
    doc.markSaved();
    CHECK_FALSE(doc.dirty());
    REQUIRE(doc.undo());
    CHECK(doc.dirty());
    CHECK_FALSE(doc.undo());
    REQUIRE_FALSE(doc.insert("/b", 0, 1).has_value());
    REQUIRE_FALSE(doc.insert("/a/list", 9, 1).has_value());
}

TEST_CASE("a transaction is all or nothing, and one undo step") {
    core::EditableJson doc(sample());
    REQUIRE_FALSE(doc.transaction({{"/b", 2}, {"/nope/x", 1}}).has_value());
    CHECK(doc.root() == sample());
    REQUIRE(doc.transaction({{"/b", 2}, {"/a/x", "two"}}, {"/a/list/0"}).has_value());
    CHECK(doc.root()["a"]["list"].size() == 2);
    REQUIRE(doc.undo());
    CHECK(doc.root() == sample());
}

TEST_CASE("undo history is capped at its limit") {
    core::EditableJson doc(core::Json::object({{"n", 0}}));
    for (int i = 1; i <= static_cast<int>(core::EditableJson::kMaxUndoSteps) + 20; ++i) REQUIRE(doc.set("/n", i).has_value());
    int undone = 0;
    while (doc.undo()) ++undone;
    CHECK(undone == static_cast<int>(core::EditableJson::kMaxUndoSteps));
    CHECK(doc.root()["n"] == 20);
}
