// Structure and meaning checks on cases: each test breaks the valid fixture
// in one way and expects one specific, located message.
#include "validation/case_checks.hpp"
#include "model/case_model.hpp"
#include "validation/validator.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace {

core::FileReport validate(const core::Json& json) {
    auto doc = core::JsonDocument::fromText(json.dump(2), "case.json");
    REQUIRE(doc.has_value());
    return core::validateDocument(*doc, fixtures::referenceData());
}

// The diagnostic at pointer whose message contains text, or nullptr.
const core::Diagnostic* find(const core::FileReport& r, const std::string& pointer, const std::string& text) {
    for (const auto& d : r.diagnostics.items()) {
        if (d.pointer == pointer && d.message.find(text) != std::string::npos) return &d;
    }
    return nullptr;
}

std::string dump(const core::FileReport& r) {
    std::string out;
    for (const auto& d : r.diagnostics.items()) out += core::formatDiagnostic(d) + "\n";
    return out;
}

} // namespace

TEST_CASE("the fixture case is valid") {
    const auto r = validate(fixtures::validCase());
    INFO(dump(r));
    CHECK(r.kind == "case");
    CHECK(r.id == "fixture-mole");
    CHECK(r.diagnostics.items().empty());
}

TEST_CASE("a top-level array or scalar is refused") {
    for (const auto& root : {core::Json::array(), core::Json(42), core::Json("case")}) {
        const auto r = validate(root);
        INFO(dump(r));
        REQUIRE(r.diagnostics.errorCount() == 1);
        CHECK(r.diagnostics.items()[0].message.find("top level must be a JSON object") != std::string::npos);
    }
}

TEST_CASE("missing or unknown kind and unknown schema_version") {
    auto c = fixtures::validCase();
    c.erase("kind");
    CHECK(find(validate(c), "", "missing \"kind\""));
    c["kind"] = "cse";
    CHECK(find(validate(c), "/kind", "Did you mean \"case\"?"));
    c = fixtures::validCase();
    c["schema_version"] = 7;
    const auto r = validate(c);
    CHECK(find(r, "/schema_version", "unknown schema_version 7"));
    CHECK(r.diagnostics.errorCount() == 1); // no cascade of structural noise
}

TEST_CASE("wrong types name the pointer and the expected type") {
    auto c = fixtures::validCase();
    c["client"]["age"] = "forty";
    c["client"]["fitzpatrick"] = 7;
    c["key"]["zones"] = core::Json::object();
    c["findings"][0]["position"] = core::Json::array({0.5});
    const auto r = validate(c);
    INFO(dump(r));
    CHECK(find(r, "/client/age", "must be a whole number from 16 to 110, not a string"));
    CHECK(find(r, "/client/fitzpatrick", "7 is out of range"));
    CHECK(find(r, "/key/zones", "must be an array"));
    CHECK(find(r, "/findings/0/position", "must be a pair of numbers"));
}

TEST_CASE("missing required fields say what to add") {
    auto c = fixtures::validCase();
    c["client"].erase("name");
    c["key"].erase("decision");
    const auto r = validate(c);
    INFO(dump(r));
    CHECK(find(r, "/client", "missing required field \"name\""));
    CHECK(find(r, "/key", "missing required field \"decision\""));
}

TEST_CASE("unknown fields are warnings with a did-you-mean") {
    auto c = fixtures::validCase();
    c["client"]["fitzpatric"] = 2;
    c["tittle"] = "typo";
    const auto r = validate(c);
    INFO(dump(r));
    CHECK(r.diagnostics.errorCount() == 0);
    const auto* d = find(r, "/client/fitzpatric", "Did you mean \"fitzpatrick\"?");
    REQUIRE(d);
    CHECK(d->severity == core::Severity::Warning);
    CHECK(find(r, "/tittle", "Did you mean \"title\"?"));
}

TEST_CASE("bad enum values suggest the closest allowed one") {
    auto c = fixtures::validCase();
    c["key"]["decision"]["expected"] = "treat_modifed";
    c["key"]["zones"][0]["patterns"] = {"vertical", "diagonal"};
    const auto r = validate(c);
    INFO(dump(r));
    CHECK(find(r, "/key/decision/expected", "Did you mean \"treat_modified\"?"));
    CHECK(find(r, "/key/zones/0/patterns/1", "\"diagonal\" is not allowed"));
}

TEST_CASE("zone, catalogue and finding references must exist") {
    auto c = fixtures::validCase();
    c["key"]["zones"][0]["zone"] = "forhead";
    c["key"]["contraindications"][0]["id"] = "raised_lesions";
    c["findings"][0]["type"] = "mole";
    c["client"]["indications"] = {"fine_line"};
    c["key"]["aftercare"]["required"] = {"spf_30"};
    const auto r = validate(c);
    INFO(dump(r));
    CHECK(find(r, "/key/zones/0/zone", "Did you mean \"forehead\"?"));
    CHECK(find(r, "/key/contraindications/0/id", "Did you mean \"raised_lesion\"?"));
    CHECK(find(r, "/findings/0/type", "unknown finding type \"mole\""));
    CHECK(find(r, "/client/indications/0", "Did you mean \"fine_lines\"?"));
    CHECK(find(r, "/key/aftercare/required/0", "unknown aftercare id"));
}

TEST_CASE("depth bands: range, order, and the zone's safety maximum") {
    auto c = fixtures::validCase();
    c["key"]["zones"][0] = {{"zone", "forehead"}, {"action", "treat"}, {"depth_mm", {0.5, 0.25}}};
    CHECK(find(validate(c), "/key/zones/0/depth_mm", "greater than max"));
    c["key"]["zones"][0]["depth_mm"] = {0.5, 4.0};
    CHECK(find(validate(c), "/key/zones/0/depth_mm", "out of range"));
    // Forehead's safety maximum in clinic-standard is 1.0 mm (its profile file).
    c["key"]["zones"][0]["depth_mm"] = {0.5, 1.5};
    CHECK(find(validate(c), "/key/zones/0/depth_mm", "deeper than the safety maximum 1 mm"));
    c["key"]["zones"][0]["depth_mm"] = {0.5, 1.0};
    CHECK(validate(c).diagnostics.errorCount() == 0);
    // Temples have no scar band in clinic-standard.
    c["key"]["zones"][0] = {{"zone", "temple_left"}, {"action", "treat"}, {"band", "scars"}};
    CHECK(find(validate(c), "/key/zones/0/band", "has no \"scars\" band"));
}

TEST_CASE("findings must lie inside their zone") {
    auto c = fixtures::validCase();
    c["findings"][0]["position"] = {0.5, 0.9}; // the decollete, not the cheek
    const auto r = validate(c);
    INFO(dump(r));
    CHECK(find(r, "/findings/0/position", "lies outside zone \"cheek_left\""));
}

TEST_CASE("a local contraindication's site must be avoided in the key") {
    auto c = fixtures::validCase();
    c["key"]["zones"][1] = {{"zone", "cheek_left"}, {"action", "treat"}, {"band", "rejuvenation"}};
    const auto r = validate(c);
    INFO(dump(r));
    CHECK(find(r, "/key/contraindications/0/findings/0", "the key must avoid that zone"));
}

TEST_CASE("the decision must agree with absolute contraindications") {
    auto c = fixtures::validCase();
    c["key"]["contraindications"].push_back({{"id", "pregnancy"}});
    const auto r = validate(c);
    INFO(dump(r));
    CHECK(find(r, "/key/decision/expected", "must be \"defer\" or \"refer\""));
    c["key"]["decision"]["expected"] = "defer";
    c["key"]["decision"]["partial"] = core::Json::object();
    CHECK(validate(c).diagnostics.errorCount() == 0);
}

TEST_CASE("no-go zones cannot be treated, and a zone appears once") {
    auto c = fixtures::validCase();
    c["key"]["zones"].push_back({{"zone", "nogo_vermilion"}, {"action", "treat"}, {"depth_mm", {0.25, 0.5}}});
    c["key"]["zones"].push_back({{"zone", "forehead"}, {"action", "avoid"}});
    const auto r = validate(c);
    INFO(dump(r));
    CHECK(find(r, "/key/zones/2/action", "no-go area"));
    CHECK(find(r, "/key/zones/3/zone", "appears twice"));
}

TEST_CASE("filler cap and skin-type limits come from the case's profile") {
    auto c = fixtures::validCase();
    c["findings"].push_back({{"id", "filler"}, {"type", "filler_site"}, {"zone", "chin"}, {"position", {0.5, 0.56}}});
    c["key"]["zones"].push_back({{"zone", "chin"}, {"action", "treat"}, {"depth_mm", {0.5, 1.0}}});
    CHECK(find(validate(c), "/key/zones/2", "0.5 mm filler cap"));
    c["key"]["zones"][2]["depth_mm"] = {0.25, 0.5};
    CHECK(validate(c).diagnostics.errorCount() == 0);

    // device-label allows the neck only for Fitzpatrick II-IV.
    c = fixtures::validCase();
    c["protocol"] = "device-label";
    c["client"]["fitzpatrick"] = 6;
    c["key"]["zones"].push_back({{"zone", "neck"}, {"action", "treat"}, {"band", "rejuvenation"}});
    CHECK(find(validate(c), "/key/zones/2/action", "only for Fitzpatrick 2-4"));
    c["protocol"] = "clinic-standard";
    CHECK(validate(c).diagnostics.errorCount() == 0);
}

TEST_CASE("aftercare lists must hold the right kind of advice") {
    auto c = fixtures::validCase();
    c["key"]["aftercare"]["required"] = {"retinol_same_night"};
    c["key"]["aftercare"]["harmful"] = {"spf30_daily"};
    c["key"]["aftercare"]["critical"] = {"scrub_next_day"};
    const auto r = validate(c);
    INFO(dump(r));
    CHECK(find(r, "/key/aftercare/required/0", "cannot be required"));
    CHECK(find(r, "/key/aftercare/harmful/0", "not harmful"));
    CHECK(find(r, "/key/aftercare/critical/0", "must also be listed"));
}

TEST_CASE("case ids are lower-case kebab-case") {
    auto c = fixtures::validCase();
    for (const char* bad : {"Fixture_Mole", "-leading-dash", "has space"}) {
        c["id"] = bad;
        CHECK(find(validate(c), "/id", "is not a valid id"));
    }
    c["id"] = "ok-id-2";
    CHECK(validate(c).diagnostics.errorCount() == 0);
}

TEST_CASE("an unknown protocol is reported with a suggestion") {
    auto c = fixtures::validCase();
    c["protocol"] = "clinic-standart";
    CHECK(find(validate(c), "/protocol", "Did you mean \"clinic-standard\"?"));
}

TEST_CASE("resolved bands and accepted endpoints follow the profile") {
    const auto& data = fixtures::referenceData();
    const core::Protocol& p = *data.protocol("clinic-standard");
    core::KeyZone cheek;
    cheek.zone = "cheek_left";
    cheek.bandKind = core::BandKind::Scars;
    const auto band = core::resolvedBand(cheek, p);
    REQUIRE(band);
    CHECK(*band == core::Band{1.5, 2.0}); // clinic-standard: cheeks, scars 1.5-2.0 mm
    // Scars band starts at 1.5 mm, past bleeding_min_mm 1.0: bleeding only.
    CHECK(core::acceptedEndpoints(cheek, *band, p) == std::vector{core::Endpoint::PinpointBleeding});
    core::KeyZone forehead;
    forehead.zone = "forehead";
    forehead.bandKind = core::BandKind::Rejuvenation;
    const auto shallow = core::resolvedBand(forehead, p);
    REQUIRE(shallow);
    // 0.25-0.5 mm ends below 1.0 mm: erythema only.
    CHECK(core::acceptedEndpoints(forehead, *shallow, p) == std::vector{core::Endpoint::Erythema});
    // Cheek rejuvenation 0.5-1.0 mm spans 1.0 mm: either endpoint is accepted.
    core::KeyZone cheekRejuvenation = cheek;
    cheekRejuvenation.bandKind = core::BandKind::Rejuvenation;
    const auto spanning = core::resolvedBand(cheekRejuvenation, p);
    REQUIRE(spanning);
    CHECK(core::acceptedEndpoints(cheekRejuvenation, *spanning, p) == std::vector{core::Endpoint::Erythema, core::Endpoint::PinpointBleeding});
    // A key's own set wins.
    cheekRejuvenation.endpoints = {core::Endpoint::Erythema};
    CHECK(core::acceptedEndpoints(cheekRejuvenation, *spanning, p) == std::vector{core::Endpoint::Erythema});
}

TEST_CASE("the skin-type shallow cap narrows rejuvenation and pigmentation bands from type IV") {
    const auto& data = fixtures::referenceData();
    const core::Protocol& p = *data.protocol("clinic-standard");
    core::KeyZone cheek;
    cheek.zone = "cheek_left";
    cheek.bandKind = core::BandKind::Rejuvenation;
    // clinic-standard: cheek rejuvenation 0.5-1.0 mm; skin_type caps it at 0.5 mm from type 4.
    CHECK(*core::effectiveBand(cheek, p, 3) == core::Band{0.5, 1.0});
    CHECK(*core::effectiveBand(cheek, p, 4) == core::Band{0.5, 0.5});
    cheek.bandKind = core::BandKind::Scars; // scars are not in shallow_bands: 1.5-2.0 mm on any type
    CHECK(*core::effectiveBand(cheek, p, 6) == core::Band{1.5, 2.0});
}

// The grader follows the profile's waits; validate names both sides where the key disagrees.
TEST_CASE("a key that disagrees with the profile's waits gets a warning naming both") {
    auto json = fixtures::validCase();
    // Isotretinoin 10 weeks ago, inside clinic-standard's 26-week wait, and the key does not flag it.
    json["client"]["recent_treatments"] = core::Json::parse(R"([{ "what": "Isotretinoin", "kind": "isotretinoin", "weeks_ago": 10 }])");
    auto r = validate(json);
    INFO(dump(r));
    CHECK_FALSE(r.diagnostics.hasErrors());
    const auto* missing = find(r, "/key/contraindications", "the key does not flag \"isotretinoin\"");
    REQUIRE(missing);
    CHECK(missing->message.find("profile \"clinic-standard\" waits 26 weeks") != std::string::npos);
    CHECK(find(r, "/key/decision/expected", "the grader expects \"defer\""));
    // 40 weeks ago the wait has passed: a key that still flags it is told the grader calls it a distractor.
    json["client"]["recent_treatments"][0]["weeks_ago"] = 40;
    json["key"]["contraindications"].push_back({{"id", "isotretinoin"}});
    r = validate(json);
    INFO(dump(r));
    CHECK(find(r, "/key/contraindications", "the key flags \"isotretinoin\", but profile \"clinic-standard\"'s wait for it has passed"));
    // A treatment without a kind cannot meet any wait: a warning says so.
    json["client"]["recent_treatments"][0].erase("kind");
    r = validate(json);
    CHECK(find(r, "/client/recent_treatments/0", "no \"kind\""));
}
