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

TEST_CASE("did-you-mean names the ids a shortened word starts a part of") {
    // Aftercare ids from the catalogue. "spf" is 8 edits from "spf30_daily"
    // (over the typo limit of max(2, 3/3) = 2), but starts it.
    const std::vector<std::string> ids{"spf30_daily", "gentle_cleanser", "no_sauna_pool_48h", "no_makeup_24h", "no_perfume_4d"};
    CHECK(core::didYouMean("spf", ids) == " Did you mean \"spf30_daily\"?");
    // "sauna" starts the second part of no_sauna_pool_48h.
    CHECK(core::didYouMean("sauna", ids) == " Did you mean \"no_sauna_pool_48h\"?");
    // "no_" starts three ids: all three are named, in catalogue order.
    CHECK(core::didYouMean("no_", ids) == " Did you mean \"no_sauna_pool_48h\", \"no_makeup_24h\" or \"no_perfume_4d\"?");
    // Two letters are too few to suggest anything; an unrelated word gets nothing.
    CHECK(core::didYouMean("sp", ids).empty());
    CHECK(core::didYouMean("elbow", ids).empty());
}
