// Seeded case variants: every bundled case gives 1,000 valid variants whose
// derived model answers score 100; a seed always gives the same bytes and
// different seeds different cases; a treatment moved inside its wait turns the
// key into a deferral by the grader's own rule.
#include "variants/case_variant.hpp"

#include "grading/grader.hpp"
#include "variants/variant_text.hpp"
#include "validation/validator.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <set>

namespace fs = std::filesystem;

namespace {

core::Json caseJson(const std::string& id) {
    auto doc = core::JsonDocument::fromFile(fs::path(MN_SOURCE_ROOT) / "cases/library" / (id + ".json"));
    if (!doc) throw std::runtime_error(doc.error().summary());
    return doc->root();
}

// The variant without what names the seed (id, title, origin), to compare contents.
core::Json contentOf(core::Json doc) {
    doc.erase("id");
    doc.erase("title");
    doc.erase("variant_of");
    return doc;
}

core::Json generated(const core::Json& source, std::uint64_t seed) {
    auto v = core::generateVariant(source, seed, fixtures::referenceData());
    if (!v) throw std::runtime_error(v.error().summary());
    return v->document;
}

} // namespace

TEST_CASE("1000 seeds of every bundled case give variants that validate and whose model answers score 100") {
    const auto& data = fixtures::referenceData();
    int casesVaried = 0;
    for (const auto& entry : fixtures::bundledLibrary().entries) {
        REQUIRE(entry.playable);
        const core::Json source = caseJson(entry.playable->id);
        if (!source.contains("vary")) continue;
        ++casesVaried;
        int failures = 0;
        std::string firstFailure;
        const auto fail = [&](std::uint64_t seed, const std::string& why) {
            if (failures++ == 0) firstFailure = "seed " + std::to_string(seed) + ": " + why;
        };
        for (std::uint64_t seed = 0; seed < 1000; ++seed) {
            auto v = core::generateVariant(source, seed, data);
            if (!v) {
                fail(seed, v.error().summary());
                continue;
            }
            // generateVariant validated the variant (structure and meaning). Every tenth
            // seed also goes the whole way of a written file: text, parse, `validate`.
            if (seed % 10 != 0) {
                const core::Report graded = core::grade(v->playable, v->modelAnswer, *data.protocol(v->playable.protocol), data);
                if (graded.total < 100.0 - 1e-9 || !graded.passed || !graded.critical.empty()) fail(seed, "model answer scored " + std::to_string(graded.total));
                continue;
            }
            auto doc = core::JsonDocument::fromText(core::variantFileText(v->document), "variant.json");
            if (!doc) {
                fail(seed, doc.error().summary());
                continue;
            }
            const core::FileReport report = core::validateDocument(*doc, data);
            if (report.diagnostics.hasErrors()) {
                fail(seed, core::Error{report.diagnostics.items()}.summary());
                continue;
            }
            const core::Report graded = core::grade(v->playable, v->modelAnswer, *data.protocol(v->playable.protocol), data);
            if (graded.total < 100.0 - 1e-9 || !graded.passed || !graded.critical.empty()) {
                fail(seed, "model answer scored " + std::to_string(graded.total) + (graded.critical.empty() ? "" : ", critical " + graded.critical.front().id));
            }
        }
        INFO(entry.playable->id << ": " << firstFailure);
        CHECK(failures == 0);
    }
    CHECK(casesVaried >= 40);
}

TEST_CASE("the same seed gives a byte-identical variant") {
    for (const std::string id : {"a-tired-skin-chemo-blood-thinner", "b-dark-circles-toxin-filler", "c-lidocaine-allergy-no-numbing"}) {
        const core::Json source = caseJson(id);
        for (std::uint64_t seed : {0ULL, 7ULL, 18446744073709551615ULL}) {
            INFO(id << " seed " << seed);
            CHECK(core::variantFileText(generated(source, seed)) == core::variantFileText(generated(source, seed)));
        }
    }
}

TEST_CASE("different seeds give different cases, and the variant records its origin") {
    const core::Json source = caseJson("c-lidocaine-allergy-no-numbing");
    std::set<std::string> contents;
    for (std::uint64_t seed = 1; seed <= 20; ++seed) contents.insert(contentOf(generated(source, seed)).dump());
    // Names alone give 30 x 30 choices per sex, so 20 seeds all but never collide.
    CHECK(contents.size() == 20);
    const core::Json v = generated(source, 1234);
    CHECK(v["id"] == "c-lidocaine-allergy-no-numbing--v1234");
    CHECK(v["variant_of"]["case"] == "c-lidocaine-allergy-no-numbing");
    CHECK(v["variant_of"]["seed"] == "1234");
    CHECK(v["title"].get<std::string>().ends_with("(variant 1234)"));
}

TEST_CASE("a variant changes only what the case allows, within its ranges") {
    const core::Json source = caseJson("c-eczema-flare-cheeks"); // vary: names, age 23-35, sex, fitzpatrick 1-2, medications
    std::set<int> ages;
    std::set<int> types;
    std::set<std::string> sexes;
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
        const core::Json v = generated(source, seed);
        const int age = v["client"]["age"];
        const int type = v["client"]["fitzpatrick"];
        CHECK(age >= 23);
        CHECK(age <= 35);
        CHECK(type >= 1);
        CHECK(type <= 2);
        ages.insert(age);
        types.insert(type);
        sexes.insert(v["client"]["sex"].get<std::string>());
        CHECK(v["key"]["zones"] == source["key"]["zones"]);
        CHECK(v["protocol"] == source["protocol"]);
    }
    CHECK(ages.size() == 13);
    CHECK(types.size() == 2);
    CHECK(sexes == std::set<std::string>{"female", "male"});
    // A case that does not allow the sex to vary keeps it.
    const core::Json fixed = caseJson("a-tired-skin-chemo-blood-thinner");
    for (std::uint64_t seed = 0; seed < 50; ++seed) CHECK(generated(fixed, seed)["client"]["sex"] == "female");
}

TEST_CASE("moved findings stay well inside their zones") {
    const auto& data = fixtures::referenceData();
    const core::Json source = caseJson("b-dark-circles-toxin-filler");
    int moved = 0;
    for (std::uint64_t seed = 0; seed < 100; ++seed) {
        const core::Json v = generated(source, seed);
        for (std::size_t i = 0; i < v["findings"].size(); ++i) {
            const core::Json& f = v["findings"][i];
            const core::Zone* zone = data.zones.find(f["zone"].get<std::string>());
            REQUIRE(zone);
            const glm::dvec2 p{f["position"][0].get<double>(), f["position"][1].get<double>()};
            CHECK(zone->contains(p));
            CHECK(data.zones.hitTest(p, zone->view) == zone);
            double clearance = 1.0;
            for (const auto& polygon : zone->polygons) clearance = std::min(clearance, core::distanceToOutline(polygon, p));
            CHECK(clearance >= f.value("radius", 0.015) + 0.004 - 1e-9);
            CHECK(f["radius"] == source["findings"][i]["radius"]);
            moved += f["position"] != source["findings"][i]["position"] ? 1 : 0;
        }
    }
    CHECK(moved >= 250); // 3 findings x 100 seeds: nearly all move
}

TEST_CASE("an equivalent medicine replaces the case's one everywhere, with its brand and dose") {
    // a-tired-skin-chemo-blood-thinner: medications[0] "Xarelto 20 mg once a day";
    // the anticoagulant flag's feedback says "Xarelto is rivaroxaban". A swap to
    // apixaban must read "Eliquis 5 mg once a day" and "Eliquis is apixaban".
    const core::Json source = caseJson("a-tired-skin-chemo-blood-thinner");
    std::set<std::string> seen;
    bool sawApixaban = false;
    for (std::uint64_t seed = 0; seed < 100; ++seed) {
        const core::Json v = generated(source, seed);
        const std::string medicine = v["client"]["medications"][0];
        const std::string feedback = v["key"]["contraindications"][1]["feedback"];
        seen.insert(medicine);
        if (medicine == "Eliquis 5 mg once a day") {
            sawApixaban = true;
            CHECK(feedback.find("Eliquis is apixaban") != std::string::npos);
            CHECK(feedback.find("Xarelto") == std::string::npos);
        }
        CHECK(v["key"]["contraindications"][1]["id"] == "anticoagulants");
    }
    CHECK(sawApixaban);
    CHECK(seen.size() == 5); // the five oral anticoagulants of the catalogue group
}

TEST_CASE("a treatment moved inside the profile's wait turns the key into a deferral, by the grader's rule") {
    // fixtures::validCase plus isotretinoin stopped 40 weeks ago (clinic-standard
    // waits 26 weeks), allowed to vary. By hand: inside the wait (weeks_ago w < 26)
    // the key must flag "isotretinoin" and expect "defer", and the model answer
    // rebooks in 26 - w weeks; after it (w >= 26) the key is unchanged.
    const auto& data = fixtures::referenceData();
    core::Json source = fixtures::validCase();
    source["client"]["recent_treatments"] = core::Json::array({core::Json{{"what", "Oral isotretinoin, last capsule"}, {"kind", "isotretinoin"}, {"weeks_ago", 40}}});
    source["vary"] = core::Json{{"waits", core::Json::array({0})}};
    int inside = 0;
    int after = 0;
    for (std::uint64_t seed = 0; seed < 60; ++seed) {
        auto v = core::generateVariant(source, seed, data);
        INFO((v ? std::string() : v.error().summary()));
        REQUIRE(v);
        const int weeksAgo = v->document["client"]["recent_treatments"][0]["weeks_ago"];
        INFO("seed " << seed << ", " << weeksAgo << " weeks ago");
        bool flagged = false;
        for (const auto& f : v->playable.key.contraindications) flagged = flagged || f.id == "isotretinoin";
        if (weeksAgo < 26) {
            ++inside;
            CHECK(flagged);
            CHECK(v->playable.key.decision.expected == core::Decision::Defer);
            CHECK(v->modelAnswer.decision == core::Decision::Defer);
            REQUIRE(v->modelAnswer.followUp.rebookWeeks);
            CHECK(*v->modelAnswer.followUp.rebookWeeks == 26 - weeksAgo);
        } else {
            ++after;
            CHECK(weeksAgo <= 39); // 26 + max(4, 26 / 2)
            CHECK_FALSE(flagged);
            CHECK(v->playable.key.decision.expected == core::Decision::TreatModified);
        }
        CHECK(core::grade(v->playable, v->modelAnswer, *data.protocol("clinic-standard"), data).total == Approx(100.0));
    }
    CHECK(inside > 10);
    CHECK(after > 10);
}

TEST_CASE("a case without a vary section, or one that does not validate, gives no variant") {
    const auto& data = fixtures::referenceData();
    auto none = core::generateVariant(fixtures::validCase(), 1, data);
    REQUIRE_FALSE(none);
    CHECK(none.error().summary().find("\"vary\"") != std::string::npos);
    core::Json broken = fixtures::validCase();
    broken["vary"] = core::Json{{"names", true}};
    broken["key"]["zones"][0]["zone"] = "foreheed";
    auto refused = core::generateVariant(broken, 1, data);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().summary().find("does not validate") != std::string::npos);
}

TEST_CASE("skin layers move with the finding they draw and stay inside their zone over 1000 seeds") {
    // By hand: in the bundled cases each positioned layer sits on its finding (the
    // wart layer on wart-1, the filler signs on the filler sites), so in every
    // variant the layer's centre must equal its finding's new centre plus the
    // source's offset (zero here), and lie in the layer's zone by the hit test.
    const auto& data = fixtures::referenceData();
    int casesChecked = 0;
    for (const auto& entry : fixtures::bundledLibrary().entries) {
        const core::Json source = caseJson(entry.playable->id);
        if (!source.contains("vary") || !source["vary"].value("finding_positions", false) || !source.contains("skin")) continue;
        // Which finding each positioned layer draws: same zone, overlapping circles.
        std::vector<int> drawsFinding(source["skin"].size(), -1);
        for (std::size_t k = 0; k < source["skin"].size(); ++k) {
            const core::Json& layer = source["skin"][k];
            if (!layer.contains("position")) continue;
            for (std::size_t i = 0; i < source["findings"].size(); ++i) {
                const core::Json& f = source["findings"][i];
                const double dx = layer["position"][0].get<double>() - f["position"][0].get<double>();
                const double dy = layer["position"][1].get<double>() - f["position"][1].get<double>();
                if (f["zone"] == layer["zone"] && std::hypot(dx, dy) <= f.value("radius", 0.015) + layer.value("radius", 0.01)) drawsFinding[k] = static_cast<int>(i);
            }
        }
        if (std::none_of(drawsFinding.begin(), drawsFinding.end(), [](int i) { return i >= 0; })) continue;
        ++casesChecked;
        int moved = 0;
        int layersSeen = 0;
        for (std::uint64_t seed = 0; seed < 1000; ++seed) {
            const core::Json v = generated(source, seed);
            for (std::size_t k = 0; k < v["skin"].size(); ++k) {
                const core::Json& layer = v["skin"][k];
                if (!layer.contains("position")) continue;
                INFO(entry.playable->id << " seed " << seed << " layer " << k);
                const core::Zone* zone = data.zones.find(layer["zone"].get<std::string>());
                REQUIRE(zone);
                const glm::dvec2 p{layer["position"][0].get<double>(), layer["position"][1].get<double>()};
                CHECK(zone->contains(p));
                CHECK(data.zones.hitTest(p, zone->view) == zone);
                if (drawsFinding[k] < 0) continue;
                ++layersSeen;
                const core::Json& f = v["findings"][static_cast<std::size_t>(drawsFinding[k])];
                const core::Json& f0 = source["findings"][static_cast<std::size_t>(drawsFinding[k])];
                const core::Json& l0 = source["skin"][k];
                CHECK(p.x == Approx(f["position"][0].get<double>() + (l0["position"][0].get<double>() - f0["position"][0].get<double>())).margin(0.0011));
                CHECK(p.y == Approx(f["position"][1].get<double>() + (l0["position"][1].get<double>() - f0["position"][1].get<double>())).margin(0.0011));
                moved += layer["position"] != l0["position"] ? 1 : 0;
            }
        }
        INFO(entry.playable->id);
        CHECK(moved * 10 >= layersSeen * 9); // nearly every seed moves them
    }
    CHECK(casesChecked >= 8); // wart, mole, bruise, fillers, acne, cold sores, lesion
}

TEST_CASE("a positioned skin layer that draws no finding moves on its own within its zone") {
    // The wart case plus a small lesion layer on the forehead at (0.45, 0.24), far
    // from the chin's wart: it must move, and stay in the forehead, on its own.
    const auto& data = fixtures::referenceData();
    core::Json source = caseJson("b-forehead-sweat-chin-wart");
    source["skin"].push_back(core::Json{{"kind", "lesion"}, {"zone", "forehead"}, {"position", {0.45, 0.24}}, {"radius", 0.008}, {"severity", 0.5}});
    const core::Zone* forehead = data.zones.find("forehead");
    REQUIRE(forehead);
    std::set<std::string> places;
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
        const core::Json v = generated(source, seed);
        const core::Json& lesion = v["skin"].back();
        const glm::dvec2 p{lesion["position"][0].get<double>(), lesion["position"][1].get<double>()};
        CHECK(data.zones.hitTest(p, forehead->view) == forehead);
        places.insert(lesion["position"].dump());
    }
    CHECK(places.size() > 150);
}

TEST_CASE("bundled cases vary a wait: both sides occur and each key and model answer follows it") {
    // By hand from cases/protocols/clinic-standard.json: isotretinoin waits 26 weeks
    // (c-isotretinoin-ten-months-ago, treatment 0), a peel 4 weeks
    // (a-sun-spots-soft-jawline, treatment 0). Inside the wait (weeks_ago < wait)
    // the key must expect the wait's flag (isotretinoin / recent_peel) and "defer",
    // with the flag gone from the distractors; after it the key treats and keeps
    // the flag as a distractor. Every model answer scores 100.
    const auto& data = fixtures::referenceData();
    const struct {
        const char* id;
        int waitWeeks;
        const char* flag;
        const char* said; // the timing the texts give in words; "" when only weeks_ago gives it
    } cases[] = {{"c-isotretinoin-ten-months-ago", 26, "isotretinoin", "ten months"}, {"a-sun-spots-soft-jawline", 4, "recent_peel", ""}};
    for (const auto& c : cases) {
        const core::Json source = caseJson(c.id);
        int inside = 0;
        int after = 0;
        for (std::uint64_t seed = 0; seed < 200; ++seed) {
            auto v = core::generateVariant(source, seed, data);
            INFO(c.id << " seed " << seed << (v ? std::string() : ": " + v.error().summary()));
            REQUIRE(v);
            const int weeksAgo = v->document["client"]["recent_treatments"][0]["weeks_ago"];
            const auto listed = [&](const std::vector<core::KeyFlag>& flags) {
                return std::any_of(flags.begin(), flags.end(), [&](const core::KeyFlag& f) { return f.id == c.flag; });
            };
            if (weeksAgo < c.waitWeeks) {
                ++inside;
                CHECK(listed(v->playable.key.contraindications));
                CHECK_FALSE(listed(v->playable.key.distractors));
                CHECK(v->playable.key.decision.expected == core::Decision::Defer);
            } else {
                ++after;
                CHECK_FALSE(listed(v->playable.key.contraindications));
                CHECK(listed(v->playable.key.distractors));
                CHECK(v->playable.key.decision.expected == core::Decision::Treat);
            }
            if (*c.said != '\0') {
                // "ten months" is gone from every text; the interview now says the weeks.
                CHECK(core::variantFileText(v->document).find(c.said) == std::string::npos);
                const std::string answer = v->document["interview"]["answers"]["acne_tablets"];
                const std::string phrase = weeksAgo == 0 ? "a few days" : std::to_string(weeksAgo) + (weeksAgo == 1 ? " week" : " weeks");
                CHECK(answer.find("My last capsule was " + phrase + " ago.") != std::string::npos);
            }
            const core::Report graded = core::grade(v->playable, v->modelAnswer, *data.protocol(v->playable.protocol), data);
            CHECK(graded.total == Approx(100.0));
            CHECK(graded.critical.empty());
        }
        INFO(c.id);
        CHECK(inside > 50);
        CHECK(after > 50);
    }
}
