// Did-you-mean suggestions (base/text_similarity).
#include "base/text_similarity.hpp"

#include <catch2/catch.hpp>

TEST_CASE("did-you-mean finds typos but not unrelated words") {
    const std::vector<std::string> words{"forehead", "cheek_left", "cheek_right"};
    CHECK(core::closestMatch("forhead", words) == std::optional<std::string>("forehead"));
    CHECK(core::closestMatch("cheek_lft", words) == std::optional<std::string>("cheek_left"));
    CHECK_FALSE(core::closestMatch("elbow", words).has_value());
    CHECK(core::editDistance("kitten", "sitting") == 3);
}
