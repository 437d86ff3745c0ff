// The bundled library covers what the trainer must teach, checked from the
// files themselves (issue: the full case library).
#include "validation/case_library.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <set>

namespace {


std::vector<const core::Case*> cases() {
    std::vector<const core::Case*> out;
    for (const auto& e : fixtures::bundledLibrary().entries) {
        if (e.playable) out.push_back(&*e.playable);
    }
    return out;
}

} // namespace

TEST_CASE("at least 40 cases, all playable, each with a model answer") {
    CHECK(fixtures::bundledLibrary().entries.size() >= 40);
    for (const auto& e : fixtures::bundledLibrary().entries) {
        INFO(e.file << ": " << e.problem);
        REQUIRE(e.playable);
        CHECK(std::filesystem::exists(std::filesystem::path(MN_SOURCE_ROOT) / "cases/answers" / (e.playable->id + ".answer.json")));
    }
}

TEST_CASE("every contraindication is taught, several in more than one case") {
    const auto& catalogue = fixtures::referenceData().catalogue;
    std::map<std::string, int> flagged;
    std::set<std::string> distractors;
    for (const auto* c : cases()) {
        for (const auto& f : c->key.contraindications) ++flagged[f.id];
        for (const auto& d : c->key.distractors) distractors.insert(d.id);
    }
    int repeated = 0;
    for (const auto& item : catalogue.screening) {
        INFO(item.id);
        if (item.kind == core::ScreeningKind::NotContraindication) {
            CHECK(distractors.count(item.id) == 1);
        } else {
            CHECK(flagged[item.id] >= 1);
            repeated += flagged[item.id] > 1 ? 1 : 0;
        }
    }
    CHECK(repeated >= 3);
}

TEST_CASE("every zone is treated somewhere, every local finding type avoided somewhere") {
    const auto& data = fixtures::referenceData();
    std::set<std::string> treated;
    std::set<std::string> avoidedFindingTypes;
    for (const auto* c : cases()) {
        for (const auto& z : c->key.zones) {
            if (z.action == core::ZoneAction::Treat) treated.insert(z.zone);
        }
        for (const auto& f : c->findings) {
            const auto* k = c->key.zone(f.zone);
            if (k && k->action == core::ZoneAction::Avoid) avoidedFindingTypes.insert(f.type);
        }
    }
    for (const auto& id : data.zones.treatableIds()) { // face and body zones alike
        INFO(id);
        CHECK(treated.count(id) == 1);
    }
    for (const auto& type : data.catalogue.findingTypes) {
        const auto* item = data.catalogue.findScreening(type.screening);
        if (!item || item->kind != core::ScreeningKind::Local) continue;
        INFO(type.id);
        CHECK(avoidedFindingTypes.count(type.id) == 1);
    }
}

TEST_CASE("every finding type is placed on some case's map") {
    std::set<std::string> placed;
    for (const auto* c : cases()) {
        for (const auto& f : c->findings) placed.insert(f.type);
    }
    for (const auto& type : fixtures::referenceData().catalogue.findingTypes) {
        INFO(type.id);
        CHECK(placed.count(type.id) == 1);
    }
}

TEST_CASE("indications, skin types, difficulties and decisions are all represented") {
    std::set<std::string> indications;
    std::set<int> skinTypes;
    std::set<core::Difficulty> difficulties;
    std::set<core::Decision> decisions;
    for (const auto* c : cases()) {
        indications.insert(c->client.indications.begin(), c->client.indications.end());
        skinTypes.insert(c->client.fitzpatrick);
        difficulties.insert(c->difficulty);
        decisions.insert(c->key.decision.expected);
    }
    for (const auto& ind : fixtures::referenceData().catalogue.indications) {
        if (!ind.onFaceMap) continue; // stretch marks and cellulite wait for a body map
        INFO(ind.id);
        CHECK(indications.count(ind.id) == 1);
    }
    CHECK(skinTypes == std::set<int>{1, 2, 3, 4, 5, 6});
    CHECK(difficulties.size() == 3);
    CHECK(decisions.count(core::Decision::Defer) == 1);
    CHECK(decisions.count(core::Decision::Refer) == 1);
    CHECK(decisions.count(core::Decision::TreatModified) == 1);
    CHECK(decisions.count(core::Decision::Treat) == 1);
}
