// Packing a report for the store: long texts stored once by id, the rest
// deflated, and unpacked to the same JSON.
#include "progress/report_packing.hpp"

#include "json/json_document.hpp"

#include <catch2/catch.hpp>

#include <map>

TEST_CASE("a packed report keeps long texts once by id and unpacks to the same JSON") {
    const std::string citation(300, 'c');
    const core::Json report = {{"case_id", "x"},
                               {"items", core::Json::array({{{"id", "flag:a"}, {"explanation", "short"}, {"citations", citation}},
                                                            {{"id", "flag:b"}, {"explanation", std::string(30, 'e')}, {"citations", citation}}})}};
    std::map<std::string, std::int64_t> ids;
    std::map<std::int64_t, std::string> texts;
    const core::TextIdOf idOf = [&](const std::string& text) -> core::Result<std::int64_t> {
        auto [it, added] = ids.emplace(text, static_cast<std::int64_t>(ids.size()) + 1);
        if (added) texts[it->second] = text;
        return it->second;
    };
    auto packed = core::packReportJson(report.dump(2), idOf);
    REQUIRE(packed.has_value());
    // "short" (5 bytes) stays; the 300-byte citation is one text used twice, the 30-byte explanation another.
    CHECK(texts.size() == 2);
    CHECK(texts[1] == citation);
    CHECK(packed->size() < 100);
    const core::TextOfId textOf = [&](std::int64_t id) -> const std::string* {
        const auto it = texts.find(id);
        return it == texts.end() ? nullptr : &it->second;
    };
    auto unpacked = core::unpackReportJson(*packed, textOf);
    REQUIRE(unpacked.has_value());
    CHECK(core::Json::parse(*unpacked) == report);

    texts.erase(1);
    auto missing = core::unpackReportJson(*packed, textOf);
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().summary().find("names text 1, which the store lacks") != std::string::npos);
    std::string cut = *packed;
    cut.resize(cut.size() / 2);
    CHECK_FALSE(core::unpackReportJson(cut, textOf).has_value());
    CHECK_FALSE(core::packReportJson("[1, 2]", idOf).has_value());
}
