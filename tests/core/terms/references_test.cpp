// The bibliography (model/references): citations formatted by hand-checked
// rules, located errors for bad entries and unknown ids, and every bundled
// rule resolving to real references whose tiers it shows.
#include "terms/references.hpp"
#include "model/citation_links.hpp"

#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"
#include "grading/report_json.hpp"
#include "model/case_model.hpp"
#include "model/catalogue.hpp"
#include "model/protocol.hpp"
#include "validation/case_checks.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>

namespace {

core::References parse(const std::string& text, core::Diagnostics& d) { return core::readReferences(core::Json::parse(text), d); }

const char* kTwo = R"({"kind": "references", "schema_version": 1, "references": [
  {"id": "harris-2015", "authors": ["Harris AG", "Naidoo C", "Murrell DF"], "year": 2015,
   "title": "Skin needling as a treatment for acne scarring: An up-to-date review of the literature",
   "container": "International Journal of Women's Dermatology", "volume": "1", "issue": "2", "pages": "77-81",
   "doi": "10.1016/j.ijwd.2015.03.004", "tier": "PR"},
  {"id": "cohen-2016", "authors": ["Cohen BE", "Elbuluk N"], "year": 2016, "title": "Microneedling in skin of color",
   "container": "J Am Acad Dermatol", "url": "https://pubmed.ncbi.nlm.nih.gov/26549251/", "tier": "PR"},
  {"id": "clinic-text", "organisation": "Clinic training material", "title": "What is Microneedling?",
   "container": "clinic text", "tier": "SEED", "note": "unpublished"}
]})";

} // namespace

TEST_CASE("citations: short and full forms follow the citation rules") {
    core::Diagnostics d;
    const auto refs = parse(kTwo, d);
    REQUIRE_FALSE(d.hasErrors());
    // Three or more authors: first surname and "et al."; two: both, joined by "&";
    // an organisation with no year: the organisation and the title.
    CHECK(core::shortCitation(*refs.find("harris-2015")) == "Harris et al. 2015");
    CHECK(core::shortCitation(*refs.find("cohen-2016")) == "Cohen & Elbuluk 2016");
    CHECK(core::shortCitation(*refs.find("clinic-text")) == "Clinic training material: What is Microneedling?");
    // Vancouver order: authors. Title. Container. Year;Volume(Issue):Pages. doi, then the tier.
    CHECK(core::fullCitation(*refs.find("harris-2015")) ==
          "Harris AG, Naidoo C, Murrell DF. Skin needling as a treatment for acne scarring: An up-to-date review of the literature. "
          "International Journal of Women's Dermatology. 2015;1(2):77-81. doi:10.1016/j.ijwd.2015.03.004 [PR]");
    // No DOI: the URL instead; a title ending in "?" takes no extra full stop; the note in brackets.
    CHECK(core::fullCitation(*refs.find("cohen-2016")) ==
          "Cohen BE, Elbuluk N. Microneedling in skin of color. J Am Acad Dermatol. 2016. https://pubmed.ncbi.nlm.nih.gov/26549251/ [PR]");
    CHECK(core::fullCitation(*refs.find("clinic-text")) == "Clinic training material. What is Microneedling? clinic text. (unpublished) [SEED]");
    CHECK(core::shortCitations(refs, {"harris-2015", "cohen-2016"}) == "Harris et al. 2015; Cohen & Elbuluk 2016");
    CHECK(core::shortCitations(refs, {"harris-2015", "harris-2015"}) == "Harris et al. 2015"); // each once
}

TEST_CASE("citations: bad entries and unknown ids are located errors") {
    core::Diagnostics d;
    (void)parse(R"({"kind": "references", "schema_version": 1, "references": [
      {"id": "a", "year": 2020, "title": "T", "container": "C", "tier": "PR"},
      {"id": "a", "authors": ["X Y"], "year": 2020, "title": "T", "container": "C", "doi": "10.1/x", "tier": "PR"}]})",
                d);
    std::set<std::string> messages;
    for (const auto& item : d.items()) messages.insert(item.pointer + ": " + item.message);
    CHECK(messages.count("/references/0: a reference needs \"authors\" or an \"organisation\" that wrote it") == 1);
    CHECK(messages.count("/references/0: a published reference needs a \"doi\" or a \"url\" so a reader can find it") == 1);
    CHECK(messages.count("/references/1/id: \"a\" is listed twice: reference ids must be unique") == 1);

    core::Diagnostics ok;
    const auto refs = parse(kTwo, ok);
    core::Catalogue catalogue;
    catalogue.screening.push_back({});
    catalogue.screening[0].refs = {"harris-2015", "haris-2015"};
    catalogue.aftercare.push_back({});
    core::Diagnostics resolved;
    core::resolveCatalogueCitations(catalogue, refs, resolved);
    REQUIRE(resolved.errorCount() == 2);
    CHECK(resolved.items()[0].pointer == "/screening/0/refs/1");
    CHECK(resolved.items()[0].message.find("unknown reference \"haris-2015\"") != std::string::npos);
    CHECK(resolved.items()[0].message.find("Did you mean \"harris-2015\"?") != std::string::npos);
    CHECK(resolved.items()[1].pointer == "/aftercare/0/refs");
    // The known id still gives the rule its citation.
    CHECK(catalogue.screening[0].source.str() == "Harris et al. 2015; haris-2015");
    CHECK(catalogue.screening[0].citations.str().starts_with("Harris AG, Naidoo C, Murrell DF."));
}

TEST_CASE("citations: every bundled rule cites real references and shows their tiers") {
    const auto& data = fixtures::referenceData();
    REQUIRE(data.references.items.size() >= 15);
    const auto tiersOf = [&](const std::vector<std::string>& ids) {
        std::set<core::Tier> out;
        for (const auto& id : ids) out.insert(data.references.find(id)->tier);
        return out;
    };
    for (const auto& item : data.catalogue.screening) {
        INFO(item.id);
        REQUIRE_FALSE(item.refs.empty());
        CHECK_FALSE(item.citations.empty());
        CHECK(item.source.str().find("Source documents") == std::string::npos);
        // The tiers shown beside the rule are exactly those of what it cites.
        CHECK(std::set<core::Tier>(item.tiers.begin(), item.tiers.end()) == tiersOf(item.refs));
    }
    for (const auto& item : data.catalogue.aftercare) {
        INFO(item.id);
        REQUIRE_FALSE(item.refs.empty());
        CHECK(std::set<core::Tier>(item.tiers.begin(), item.tiers.end()) == tiersOf(item.refs));
    }
    for (const auto& [id, protocol] : data.protocols) {
        for (const auto& [zone, profile] : protocol.zones) {
            INFO(id << " " << zone);
            CHECK_FALSE(profile.citations.empty());
        }
        for (const auto& limit : protocol.modifiers.fitzpatrickLimits) CHECK_FALSE(limit.citations.empty());
        // The schedule cites Harris 2015 (PR) and two clinic texts (SEED).
        CHECK(protocol.schedule.source.str() ==
              "Clinic training material: What is Microneedling?; Clinic training material: Facts about Micro-Needling; Harris et al. 2015");
        CHECK(protocol.schedule.tiers == "PR, SEED");
    }
    // A body's document reads as the body's name before the first comma, and its year.
    CHECK(core::shortCitation(*data.references.find("fda-2020-microneedling-guidance")) == "US Food and Drug Administration 2020");
    // The neck's skin-type limit comes from the 2021 clearance that added the neck, not the 2018 De Novo.
    const auto* deviceLabel = data.protocol("device-label");
    REQUIRE(deviceLabel);
    REQUIRE(deviceLabel->fitzpatrickLimit("neck"));
    CHECK(deviceLabel->fitzpatrickLimit("neck")->refs == std::vector<std::string>{"fda-2021-k202243-skinpen-neck"});
}

TEST_CASE("citations: a graded flag carries its rule's full references into the report") {
    const auto& data = fixtures::referenceData();
    core::Diagnostics d;
    const core::Case c = core::readCase(fixtures::validCase(), d);
    REQUIRE_FALSE(d.hasErrors());
    core::Attempt attempt;
    attempt.caseId = c.id;
    const auto report = core::grade(c, attempt, *data.protocol(c.protocol), data);
    const core::ScreeningItem* item = nullptr;
    for (const auto& line : report.items) {
        if (line.kind != "flag") continue;
        item = data.catalogue.findScreening(line.subject);
        REQUIRE(item);
        CHECK(line.source.str() == item->source.str());
        CHECK(line.citations.str() == item->citations.str());
        CHECK_FALSE(line.citations.empty());
    }
    REQUIRE(item); // the fixture's key has at least one flag
    const auto json = core::reportToJson(report);
    bool cited = false;
    for (const auto& i : json["items"]) cited = cited || !i["citations"].get<std::string>().empty();
    CHECK(cited);
}

TEST_CASE("case sources: an unknown reference is an error, a free-text citation a warning, and the decision cites them") {
    const auto& data = fixtures::referenceData();
    core::Json json = fixtures::validCase();
    json["sources"] = core::Json::array({{{"ref", "harris-2015-acne-scar-needling"}, {"note", "scar depths"}},
                                         {{"ref", "lima-2017-melasm"}},
                                         {{"citation", "A talk at a conference"}, {"tier", "IND"}}});
    core::Diagnostics d;
    const core::Case c = core::readCase(json, d);
    core::checkCaseMeaning(c, data, d);
    REQUIRE(d.errorCount() == 1);
    const auto& error = *std::find_if(d.items().begin(), d.items().end(), [](const auto& i) { return i.severity == core::Severity::Error; });
    CHECK(error.pointer == "/sources/1/ref");
    CHECK(error.message.find("Did you mean \"lima-2017-melasma\"?") != std::string::npos);
    REQUIRE(d.warningCount() >= 1);
    bool legacyWarned = false;
    for (const auto& i : d.items()) legacyWarned = legacyWarned || (i.pointer == "/sources/2" && i.message.find("free-text citation") != std::string::npos);
    CHECK(legacyWarned);

    // The decision line: the known reference's short citation, then the free text; tiers of both.
    core::Attempt attempt;
    attempt.caseId = c.id;
    const auto report = core::grade(c, attempt, *data.protocol(c.protocol), data);
    const auto decision = std::find_if(report.items.begin(), report.items.end(), [](const auto& i) { return i.kind == "decision"; });
    REQUIRE(decision != report.items.end());
    CHECK(decision->source.str() == "Harris et al. 2015; lima-2017-melasm; A talk at a conference");
    CHECK(decision->citations.str().starts_with("Harris AG, Naidoo C, Murrell DF."));
}

TEST_CASE("citations: a band with sources of its own cites them, so melasma on the cheek cites the melasma study") {
    // The issue: melasma depth feedback on the cheek cited the acne-scar review, because the
    // source came from the zone, not the band. Both model answers are graded; each depth line
    // on the cheek is read.
    const auto& data = fixtures::referenceData();
    const auto depthSource = [&](const std::string& caseId, const std::string& zone) {
        const auto c = core::loadCaseFile(std::string(MN_SOURCE_ROOT) + "/cases/library/" + caseId + ".json", data);
        REQUIRE(c.has_value());
        const auto attempt = core::loadAttemptFile(std::string(MN_SOURCE_ROOT) + "/cases/answers/" + caseId + ".answer.json");
        REQUIRE(attempt.has_value());
        const auto report = core::grade(*c, *attempt, *data.protocol(c->protocol), data);
        for (const auto& line : report.items) {
            if (line.kind == "zone" && line.subject == zone && line.aspect == "depth") return line;
        }
        FAIL("no depth line for " << zone);
        return core::LineItem{};
    };
    const auto melasma = depthSource("a-melasma-raised-mole", "cheek_right");
    CHECK(melasma.source.str() == "Lima et al. 2017; Microneedling Trainer authors 2026");
    CHECK(melasma.tier == "PR, IND");
    const auto scars = depthSource("a-acne-scars-cheeks", "cheek_left");
    CHECK(scars.source.str() == "Harris et al. 2015");
    // Patterns and passes cite the clinic text that describes the three directions.
    const auto c = core::loadCaseFile(std::string(MN_SOURCE_ROOT) + "/cases/library/a-acne-scars-cheeks.json", data);
    REQUIRE(c.has_value());
    const auto attempt = core::loadAttemptFile(std::string(MN_SOURCE_ROOT) + "/cases/answers/a-acne-scars-cheeks.answer.json");
    REQUIRE(attempt.has_value());
    for (const auto& line : core::grade(*c, *attempt, *data.protocol(c->protocol), data).items) {
        if (line.aspect == "patterns" || line.aspect == "passes") CHECK(line.source.str() == "Clinic training material: Facts about Micro-Needling");
        if (line.aspect == "endpoint") CHECK(line.source.str() == "Microneedling Trainer authors 2026");
        // What the case key itself decides (treat this zone) cites the case's own sources.
        if (line.aspect == "treat") {
            CHECK(line.source.str().starts_with("Case key, from "));
            CHECK_FALSE(line.citations.empty());
        }
    }
}
