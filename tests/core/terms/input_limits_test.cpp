// The input limits have one home (model/input_limits.hpp): the JSON Schemas
// state the same numbers, and the practice session and attempt reader use them.
#include "terms/input_limits.hpp"
#include "practice/practice_session.hpp"

#include "../support/run_process.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

namespace {

nlohmann::json schema(const std::string& name) {
    return nlohmann::json::parse(testing_support::readFile(std::filesystem::path(MN_SOURCE_ROOT) / "cases/schema" / name));
}

// Walks every "properties" and "definitions" object for `key` and returns the
// [minimum, maximum] of each occurrence (an array band's items included).
void collect(const nlohmann::json& node, const std::string& key, std::vector<std::pair<int, int>>& out) {
    if (!node.is_object()) return;
    for (const char* holder : {"properties", "definitions"}) {
        if (!node.contains(holder)) continue;
        for (const auto& [name, child] : node[holder].items()) {
            if (name == key) {
                const auto& range = child.contains("items") ? child["items"] : child;
                if (range.contains("maximum")) out.emplace_back(range["minimum"].get<int>(), range["maximum"].get<int>());
            }
            collect(child, key, out);
        }
    }
    for (const auto& [name, child] : node.items()) {
        if (name != "properties" && name != "definitions" && child.is_object()) collect(child, key, out);
    }
}

void requireSchemaSays(const std::string& file, const std::string& key, core::IntLimit limit) {
    std::vector<std::pair<int, int>> found;
    collect(schema(file), key, found);
    INFO(file << " " << key);
    REQUIRE_FALSE(found.empty());
    for (const auto& [min, max] : found) {
        CHECK(min == limit.min);
        CHECK(max == limit.max);
    }
}

} // namespace

TEST_CASE("the JSON Schemas state the same input limits as core") {
    requireSchemaSays("case.schema.json", "passes_band", core::kPassesLimit);
    requireSchemaSays("case.schema.json", "interval_weeks_band", core::kIntervalWeeksLimit);
    requireSchemaSays("case.schema.json", "sessions_band", core::kSessionsLimit);
    requireSchemaSays("protocol.schema.json", "passes_band", core::kPassesLimit);
    requireSchemaSays("attempt.schema.json", "passes", core::kPassesLimit);
    requireSchemaSays("attempt.schema.json", "interval_weeks", core::kIntervalWeeksLimit);
    requireSchemaSays("attempt.schema.json", "sessions", core::kSessionsLimit);
    requireSchemaSays("catalogue.schema.json", "needles", core::kCartridgeNeedlesLimit);
}

TEST_CASE("the attempt schema states the perform record's limits") {
    const auto perform = schema("attempt.schema.json")["properties"]["perform"]["properties"];
    CHECK(perform["strokes"]["maxItems"].get<int>() == core::kPerformMaxStrokes);
    const auto stroke = perform["strokes"]["items"]["properties"];
    CHECK(stroke["xyt"]["maxItems"].get<int>() == 3 * core::kPerformMaxSamplesPerStroke);
    CHECK(stroke["start_ms"]["maximum"].get<long long>() == core::kPerformMaxDurationMs);
    const auto head = schema("catalogue.schema.json")["properties"]["cartridges"]["items"]["properties"]["head_mm"];
    CHECK(head["minimum"].get<double>() == core::kCartridgeHeadMinMm);
    CHECK(head["maximum"].get<double>() == core::kCartridgeHeadMaxMm);
}

TEST_CASE("the practice session accepts exactly the limits' range") {
    const auto library = core::loadCaseLibrary(std::filesystem::path(MN_SOURCE_ROOT) / "cases/library", fixtures::referenceData());
    core::PracticeSession s(fixtures::referenceData(), library);
    REQUIRE(s.apply(core::cmd::OpenCase{"a-fine-lines-forehead-eyes"}).has_value());
    REQUIRE(s.apply(core::cmd::SetDecision{core::Decision::Treat}).has_value());
    REQUIRE(s.apply(core::cmd::SetZoneAction{"forehead", core::ZoneAction::Treat}).has_value());
    CHECK(s.apply(core::cmd::SetPasses{"forehead", core::kPassesLimit.max}).has_value());
    CHECK_FALSE(s.apply(core::cmd::SetPasses{"forehead", core::kPassesLimit.max + 1}).has_value());
    CHECK_FALSE(s.apply(core::cmd::SetPasses{"forehead", core::kPassesLimit.min - 1}).has_value());
    CHECK(s.apply(core::cmd::SetInterval{core::kIntervalWeeksLimit.max}).has_value());
    CHECK_FALSE(s.apply(core::cmd::SetInterval{core::kIntervalWeeksLimit.max + 1}).has_value());
    CHECK(s.apply(core::cmd::SetSessions{core::kSessionsLimit.max}).has_value());
    CHECK_FALSE(s.apply(core::cmd::SetSessions{core::kSessionsLimit.max + 1}).has_value());
}
