// `mntrainer validate` through the real binary: output format, exit codes,
// and every bad input from the foundation issue.
#include "cli_binary.hpp"
#include "../support/run_process.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>
#include <regex>

#include <unistd.h>

using namespace testing_support;

namespace {


ProcessResult validate(const std::string& args) { return runShell(cli_tests::quotedBinary() + " validate " + args); }

std::string validCaseText() {
    return readFile(std::string(MN_SOURCE_ROOT) + "/tests/data/valid_case.json");
}

} // namespace

TEST_CASE("validate passes on every bundled file") {
    const auto r = validate(shellQuote(std::string(MN_SOURCE_ROOT) + "/cases") + " " + shellQuote(std::string(MN_SOURCE_ROOT) + "/assets"));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find(" 0 error(s)") != std::string::npos);
}

TEST_CASE("usage errors exit 2") {
    CHECK(validate("").exitCode == 2);
    CHECK(validate("--no-such-flag x.json").exitCode == 2);
    CHECK(runShell(cli_tests::quotedBinary() + " frobnicate").exitCode == 2);
}

TEST_CASE("each problem is one FILE:LINE:COL: error: /pointer: message line") {
    TempDir dir;
    std::string text = validCaseText();
    text.replace(text.find("\"fitzpatrick\": 2"), 16, "\"fitzpatrick\": 9");
    const auto file = dir.write("bad.json", text);
    const auto r = validate(shellQuote(file.string()));
    INFO(r.out);
    CHECK(r.exitCode == 1);
    const std::regex line("^" + std::regex_replace(file.string(), std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") +
                          R"(:\d+:\d+: error: /client/fitzpatrick: 9 is out of range: use a whole number from 1 to 6$)");
    bool matched = false;
    std::istringstream lines(r.out);
    for (std::string l; std::getline(lines, l);) matched = matched || std::regex_match(l, line);
    CHECK(matched);
}

TEST_CASE("the json flag gives the same findings machine-readably") {
    TempDir dir;
    std::string text = validCaseText();
    text.replace(text.find("\"title\""), 7, "\"titel\"");
    const auto file = dir.write("typo.json", text);
    const auto r = validate("--json " + shellQuote(file.string()));
    CHECK(r.exitCode == 1); // "title" is required, and "titel" is unknown
    const auto j = nlohmann::json::parse(r.out);
    CHECK(j["valid"] == false);
    bool sawWarning = false;
    for (const auto& d : j["diagnostics"]) {
        if (d["pointer"] == "/titel") {
            sawWarning = d["severity"] == "warning" && d["line"].get<int>() > 0 &&
                         d["message"].get<std::string>().find("Did you mean \"title\"?") != std::string::npos;
        }
    }
    CHECK(sawWarning);
}

TEST_CASE("warnings alone still exit 0") {
    TempDir dir;
    std::string text = validCaseText();
    text.insert(text.find("\"title\""), "\"colour\": \"blue\",\n  ");
    const auto r = validate(shellQuote(dir.write("warn.json", text).string()));
    INFO(r.out);
    CHECK(r.exitCode == 0);
    CHECK(r.out.find("warning: /colour: unknown field") != std::string::npos);
}

TEST_CASE("bad files: every kind gives a clear error and exit 1, never a crash") {
    TempDir dir;
    struct Bad {
        std::string name;
        std::string content;
        std::string expected;
    };
    std::string cut = validCaseText();
    cut.resize(cut.size() / 2);
    std::string wrongType = validCaseText();
    wrongType.replace(wrongType.find("\"age\": 40"), 9, "\"age\": \"forty\"");
    std::string missing = validCaseText();
    missing.replace(missing.find("\"difficulty\""), 12, "\"difficultly\"");
    std::string version = validCaseText();
    version.replace(version.find("\"schema_version\": 1"), 19, "\"schema_version\": 2");
    const std::vector<Bad> cases{
        {"empty.json", "", "the file is empty"},
        {"notjson.json", "this is not json", "not valid JSON"},
        {"truncated.json", cut, "ends too early"},
        {"utf8.json", "{\"kind\": \"case\", \"title\": \"\xC3\x28\"}", "invalid UTF-8"},
        {"array.json", "[1, 2, 3]", "top level must be a JSON object"},
        {"scalar.json", "42", "top level must be a JSON object"},
        {"deep.json", std::string(100000, '{'), "nesting is deeper than 64"},
        {"wrongtype.json", wrongType, "/client/age: must be a whole number"},
        {"missing.json", missing, "missing required field \"difficulty\""},
        {"version.json", version, "unknown schema_version 2"},
    };
    for (const auto& bad : cases) {
        const auto file = dir.write(bad.name, bad.content);
        const auto r = validate(shellQuote(file.string()));
        INFO(bad.name << ": " << r.out << r.err);
        CHECK(r.exitCode == 1);
        CHECK(r.out.find(bad.expected) != std::string::npos);
        CHECK(r.out.find(file.string() + ":") == 0);
    }
}

TEST_CASE("a 50 MB file is refused by the documented cap") {
    TempDir dir;
    const auto file = dir.path() / "huge.json";
    {
        std::ofstream out(file, std::ios::binary);
        out << "{\"kind\": \"case\", \"pad\": \"";
        const std::string chunk(1 << 20, 'x');
        for (int i = 0; i < 50; ++i) out << chunk;
        out << "\"}";
    }
    const auto r = validate(shellQuote(file.string()));
    CHECK(r.exitCode == 1);
    CHECK(r.out.find("capped at 4 MiB") != std::string::npos);
}

TEST_CASE("duplicate ids across files are reported on the second file") {
    TempDir dir;
    dir.write("lib/a.json", validCaseText());
    dir.write("lib/b.json", validCaseText());
    const auto r = validate(shellQuote((dir.path() / "lib").string()));
    CHECK(r.exitCode == 1);
    CHECK(r.out.find("b.json:5:3: error: /id: case id \"fixture-mole\" is already used by") != std::string::npos);
}

TEST_CASE("missing paths, loops and unreadable files or folders") {
    TempDir dir;
    CHECK(validate(shellQuote((dir.path() / "nope").string())).out.find("no such file or folder") != std::string::npos);

    std::filesystem::create_symlink("loop.json", dir.path() / "loop.json");
    auto r = validate(shellQuote((dir.path() / "loop.json").string()));
    CHECK(r.exitCode == 1);
    CHECK(r.out.find("points nowhere (or loops)") != std::string::npos);

    dir.write("tree/ok.json", validCaseText());
    std::filesystem::create_directory_symlink(dir.path() / "tree", dir.path() / "tree" / "again");
    r = validate(shellQuote((dir.path() / "tree").string()));
    CHECK(r.out.find("already visited") != std::string::npos);
    CHECK(r.exitCode == 0); // the loop is skipped with a warning; the one real file is valid

    // Unreadable entries: root reads anything through its DAC capabilities, so
    // drop those two for the command (it stays root, so it still reaches the
    // checkout's assets wherever the checkout lives, even in a 0700 folder).
    const auto secret = dir.write("locked/secret.json", validCaseText());
    std::filesystem::permissions(secret, std::filesystem::perms::none);
    std::filesystem::permissions(dir.path() / "locked", std::filesystem::perms::owner_all | std::filesystem::perms::others_exec);
    std::filesystem::permissions(dir.path(), std::filesystem::perms::owner_all | std::filesystem::perms::others_exec);
    const std::string asUser = geteuid() == 0 ? "setpriv --bounding-set -dac_override,-dac_read_search " : "";
    r = runShell(asUser + cli_tests::quotedBinary() + " validate " + shellQuote(secret.string()));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 1);
    CHECK(r.out.find("cannot open the file (Permission denied)") != std::string::npos);

    const auto closed = dir.path() / "closed";
    std::filesystem::create_directory(closed);
    dir.write("closed/inner.json", validCaseText());
    std::filesystem::permissions(closed, std::filesystem::perms::none);
    r = runShell(asUser + cli_tests::quotedBinary() + " validate " + shellQuote(closed.string()));
    INFO(r.out << r.err);
    CHECK(r.exitCode == 1);
    CHECK(r.out.find("Permission denied") != std::string::npos);
}
