// Wrapping with numbers kept beside their units; a fixed-width measure (every
// byte one unit wide) makes the breaks easy to work out by hand.
#include "base/text_wrap.hpp"

#include <catch2/catch.hpp>

namespace {
double charCount(std::string_view s) { return static_cast<double>(s.size()); }
} // namespace

TEST_CASE("a number and its unit move to the next line together") {
    // "Deeper than 0.5 mm here": width 16. "Deeper than 0.5" is 15 wide and would fit,
    // but "0.5 mm" is one chunk: "Deeper than 0.5 mm" is 18 > 16, so the line breaks before "0.5".
    const auto lines = core::wrapKeepingUnits("Deeper than 0.5 mm here", 16.0, charCount);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "Deeper than");
    CHECK(lines[1] == "0.5 mm here");
}

TEST_CASE("plain words break at the last space that fits, newlines are kept") {
    // "one two three" at width 7: "one two" (7) fits, "three" goes down.
    CHECK(core::wrapKeepingUnits("one two three", 7.0, charCount) == std::vector<std::string>{"one two", "three"});
    CHECK(core::wrapKeepingUnits("a\nb", 10.0, charCount) == std::vector<std::string>{"a", "b"});
    // A unit word after a non-number ("the mm mark") is an ordinary word: width 6 gives "the mm" / "mark".
    CHECK(core::wrapKeepingUnits("the mm mark", 6.0, charCount) == std::vector<std::string>{"the mm", "mark"});
}

TEST_CASE("a word longer than the line is cut between characters") {
    // "abcdefgh" at width 3: "abc", "def", "gh".
    CHECK(core::wrapKeepingUnits("abcdefgh", 3.0, charCount) == std::vector<std::string>{"abc", "def", "gh"});
}

TEST_CASE("unit words, with trailing punctuation") {
    CHECK(core::isUnitWord("mm"));
    CHECK(core::isUnitWord("mm),"));
    CHECK(core::isUnitWord("weeks."));
    CHECK(core::isUnitWord("%"));
    CHECK_FALSE(core::isUnitWord("millimetre-ish"));
    CHECK_FALSE(core::isUnitWord("the"));
}
