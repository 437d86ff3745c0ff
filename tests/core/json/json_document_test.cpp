// Reading JSON safely: every bad input ends in one located, actionable error.
#include "json/json_document.hpp"

#include "../support/run_process.hpp"

#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <fstream>

using core::JsonDocument;

namespace {

core::Diagnostic onlyError(const std::expected<JsonDocument, core::Error>& result) {
    REQUIRE_FALSE(result.has_value());
    REQUIRE(result.error().diagnostics.size() == 1);
    return result.error().diagnostics.front();
}

} // namespace

TEST_CASE("an empty or blank file is a clear error") {
    for (const std::string text : {"", "   \n\t "}) {
        const auto d = onlyError(JsonDocument::fromText(text, "empty.json"));
        CHECK(d.file == "empty.json");
        CHECK(d.message.find("empty") != std::string::npos);
    }
}

TEST_CASE("not-JSON reports the line and column of the problem") {
    const auto d = onlyError(JsonDocument::fromText("{\n  \"a\": 1,\n  oops\n}", "bad.json"));
    CHECK(d.line == 3);
    CHECK(d.column == 3);
    CHECK(d.message.find("not valid JSON") != std::string::npos);
}

TEST_CASE("truncated JSON says the file ends too early") {
    const auto d = onlyError(JsonDocument::fromText("{\n  \"kind\": \"case\",\n  \"id\": \"x", "cut.json"));
    CHECK(d.line == 3);
    CHECK(d.message.find("ends too early") != std::string::npos);
}

TEST_CASE("invalid UTF-8 is reported at its byte with advice") {
    const std::string text = "{\n  \"name\": \"Ma\xFF\x61\"\n}";
    const auto d = onlyError(JsonDocument::fromText(text, "latin1.json"));
    CHECK(d.line == 2);
    CHECK(d.column == 14);
    CHECK(d.message.find("invalid UTF-8 (byte 0xFF)") != std::string::npos);
    // Overlong encodings and lone surrogates are invalid too.
    CHECK_FALSE(JsonDocument::fromText("{\"a\": \"\xC0\xAF\"}", "x").has_value());
    CHECK_FALSE(JsonDocument::fromText("{\"a\": \"\xED\xA0\x80\"}", "x").has_value());
    // Valid multi-byte text passes.
    CHECK(JsonDocument::fromText("{\"a\": \"Zo\xC3\xAB \xE6\x9D\x8E \xF0\x9F\x98\x80\"}", "x").has_value());
}

TEST_CASE("100 000 levels of nesting are refused quickly, without recursion") {
    const std::string text = std::string(100000, '[') + std::string(100000, ']');
    const auto d = onlyError(JsonDocument::fromText(text, "deep.json"));
    CHECK(d.message.find("nesting is deeper than 64") != std::string::npos);
    CHECK(d.line == 1);
    CHECK(d.column == 65);
    // Brackets inside strings do not count as nesting.
    CHECK(JsonDocument::fromText("{\"a\": \"" + std::string(1000, '[') + "\"}", "x").has_value());
}

TEST_CASE("a 50 MB file is refused by the size cap before it is read") {
    testing_support::TempDir dir;
    const auto path = dir.path() / "huge.json";
    {
        std::ofstream out(path, std::ios::binary);
        const std::string chunk(1 << 20, ' ');
        out << "[";
        for (int i = 0; i < 50; ++i) out << chunk;
        out << "]";
    }
    const auto d = onlyError(JsonDocument::fromFile(path));
    CHECK(d.message.find("capped at 4 MiB") != std::string::npos);
}

TEST_CASE("missing files, folders and special files give clear errors") {
    testing_support::TempDir dir;
    CHECK(onlyError(JsonDocument::fromFile(dir.path() / "nope.json")).message.find("does not exist") != std::string::npos);
    CHECK(onlyError(JsonDocument::fromFile(dir.path())).message.find("directory") != std::string::npos);
    std::filesystem::create_symlink("loop.json", dir.path() / "loop.json");
    CHECK_FALSE(JsonDocument::fromFile(dir.path() / "loop.json").has_value());
    // A device or a FIFO is refused at once: never read forever, never blocked on.
    CHECK(onlyError(JsonDocument::fromFile("/dev/zero")).message.find("character device, not a regular file") != std::string::npos);
    const auto fifo = dir.path() / "fifo.json";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(onlyError(JsonDocument::fromFile(fifo)).message.find("FIFO") != std::string::npos);
}

TEST_CASE("duplicate keys are errors, because a parser keeps only one") {
    const auto d = onlyError(JsonDocument::fromText("{\n  \"id\": \"a\",\n  \"id\": \"b\"\n}", "dup.json"));
    CHECK(d.pointer == "/id");
    CHECK(d.line == 3);
    CHECK(d.column == 3);
    CHECK(d.message.find("appears twice") != std::string::npos);
}

TEST_CASE("pointers map to the lines and columns of keys and array items") {
    const std::string text = "{\n  \"a\": [10,\n    {\"b~/c\": true}],\n  \"\\u00e9\": 2\n}";
    const auto doc = JsonDocument::fromText(text, "pos.json");
    REQUIRE(doc.has_value());
    CHECK(doc->position("")->line == 1);
    CHECK(doc->position("/a")->line == 2);
    CHECK(doc->position("/a")->column == 3);
    CHECK(doc->position("/a/0")->column == 9);
    CHECK(doc->position("/a/1")->line == 3);
    CHECK(doc->position("/a/1")->column == 5);
    CHECK(doc->position("/a/1/b~0~1c")->column == 6);
    CHECK(doc->position("/\xC3\xA9")->line == 4);
    CHECK_FALSE(doc->position("/missing").has_value());

    core::Diagnostics diags;
    diags.error("/a/1/nothing", "x");
    doc->locate(diags);
    CHECK(diags.items()[0].line == 3); // nearest located ancestor
    CHECK(diags.items()[0].file == "pos.json");
}

TEST_CASE("a string member reads as its fallback when the object or the member is of another type") {
    const core::Json layer = core::Json::parse(R"({"kind": 3, "zone": "chin", "seen": null})");
    CHECK(core::stringMember(layer, "zone") == "chin");
    CHECK(core::stringMember(layer, "kind", "?") == "?");   // a number where a string belongs: Json::value would throw
    CHECK(core::stringMember(layer, "seen", "none") == "none"); // null
    CHECK(core::stringMember(layer, "missing") == "");
    CHECK(core::stringMember(core::Json::array({1, 2}), "kind", "?") == "?"); // not an object at all
}
