// Generating a seeded case variant (see case_variant.hpp): identity and
// medicines here; places, waits and the prose walk in variant_places,
// variant_waits and variant_prose. All randomness comes from one splitmix64
// stream (variant_random) seeded by the seed and the case id.
#include "variants/case_variant.hpp"

#include "base/ascii_text.hpp"
#include "grading/model_answer.hpp"
#include "variants/variant_places.hpp"
#include "variants/variant_prose.hpp"
#include "variants/variant_random.hpp"
#include "variants/variant_text.hpp"
#include "variants/variant_waits.hpp"
#include "validation/case_checks.hpp"

namespace core {
namespace case_variant_detail {

std::pair<std::string, std::string> firstAndLast(const std::string& name) {
    const auto first = name.find(' ');
    const auto last = name.rfind(' ');
    if (first == std::string::npos) return {name, ""};
    return {name.substr(0, first), name.substr(last + 1)};
}

void varyIdentity(Json& root, const Case& c, VariantRandom& random, const VariantPools& pools) {
    Json& client = root["client"];
    std::string sex = c.client.sex;
    if (c.vary.sex && (sex == "female" || sex == "male") && random.coin()) {
        sex = sex == "female" ? "male" : "female";
        client["sex"] = sex;
        forEachProse(root, [&](std::string& s) { swapPronouns(s, sex); });
    }
    if (c.vary.names) {
        const std::string first = random.pick(pools.firstNames(sex));
        const std::string last = random.pick(pools.surnames);
        const auto [oldFirst, oldLast] = firstAndLast(c.client.name);
        client["name"] = first + " " + last;
        forEachProse(root, [&](std::string& s) {
            (void)replaceWholeWord(s, c.client.name, first + " " + last);
            (void)replaceWholeWord(s, oldFirst, first);
            if (!oldLast.empty()) (void)replaceWholeWord(s, oldLast, last);
        });
    }
    if (c.vary.age) client["age"] = random.between(c.vary.age->min, c.vary.age->max);
    if (c.vary.fitzpatrick) client["fitzpatrick"] = random.between(c.vary.fitzpatrick->min, c.vary.fitzpatrick->max);
    // A face the case named would not fit the new client: the app picks one from sex and age.
    client.erase("face");
}

void varyMedications(Json& root, const Case& c, VariantRandom& random, const VariantPools& pools) {
    if (!c.vary.medications) return;
    std::string allText;
    forEachProse(root, [&](std::string& s) { allText += s + "\n"; });
    const std::string folded = asciiLowered(allText);
    for (const auto& group : pools.medicationGroups) {
        std::vector<const EquivalentMedicine*> named;
        for (const auto& m : group.members) {
            if (foldedTextMentions(folded, m)) named.push_back(&m);
        }
        // Two of a group in one case (aspirin and clopidogrel) stay as written: swapping one could name both twice.
        if (named.size() != 1) continue;
        const EquivalentMedicine& to = random.pick(group.members);
        if (&to == named.front()) continue;
        forEachProse(root, [&](std::string& s) { swapMedicine(s, *named.front(), to); });
    }
}

Status refuseIfInvalid(const Json& document, const ReferenceData& data, const std::string& what, Case& out) {
    Diagnostics d;
    out = readCase(document, d);
    if (!d.hasErrors()) checkCaseMeaning(out, data, d);
    if (!d.hasErrors()) return {};
    std::vector<Diagnostic> errors;
    for (auto item : d.items()) {
        if (item.severity != Severity::Error) continue;
        item.message = what + ": " + item.message;
        errors.push_back(std::move(item));
    }
    return std::unexpected(Error(std::move(errors)));
}

} // namespace case_variant_detail

std::string variantCaseId(const std::string& caseId, std::uint64_t seed) { return caseId + "--v" + variantSeedText(seed); }

std::string variantFileText(const Json& document) { return document.dump(2) + "\n"; }

Result<VariantSource> prepareVariantSource(const Json& source, const ReferenceData& data) {
    using namespace case_variant_detail;
    const VariantPools& pools = data.variantPools;
    VariantSource out;
    if (auto ok = refuseIfInvalid(source, data, "the case does not validate, so no variant can be made from it", out.base); !ok) {
        return std::unexpected(ok.error());
    }
    const Case& base = out.base;
    if (!base.vary.any()) {
        return std::unexpected(Error("case \"" + base.id + "\" allows no variation: add a \"vary\" section (see cases/README.md, \"Seeded variants\")"));
    }
    if ((base.vary.names && pools.firstNames(base.client.sex).empty()) || (base.vary.names && pools.surnames.empty())) {
        return std::unexpected(Error("the catalogue has no \"variants\" names to draw from: add the section, as in the bundled assets/catalogue.json"));
    }
    if (!data.protocol(base.protocol)) return std::unexpected(Error("case \"" + base.id + "\" names the unknown profile \"" + base.protocol + "\""));
    out.document = source;
    return out;
}

Result<GeneratedVariant> generateVariant(const VariantSource& source, std::uint64_t seed, const ReferenceData& data) {
    using namespace case_variant_detail;
    const Case& base = source.base;
    const Protocol* protocol = data.protocol(base.protocol);
    if (!protocol) return std::unexpected(Error("case \"" + base.id + "\" names the unknown profile \"" + base.protocol + "\""));
    VariantRandom random(seed ^ variantHash(base.id));
    GeneratedVariant out;
    Json& doc = out.document;
    doc = source.document;
    // The order of draws is part of the format: changing it changes every variant.
    varyIdentity(doc, base, random, data.variantPools);
    varyPlaces(doc, base, random, data.zones);
    varyMedications(doc, base, random, data.variantPools);
    varyWaits(doc, base, random, *protocol);
    doc["id"] = variantCaseId(base.id, seed);
    doc["title"] = doc.value("title", base.id) + " (variant " + variantSeedText(seed) + ")";
    doc["variant_of"] = Json{{"case", base.id}, {"seed", variantSeedText(seed)}};
    // A variant is made from the hand-written case, never from another variant:
    // its key may already follow a moved wait, which "vary" rules would refuse.
    doc.erase("vary");
    if (!base.vary.waits.empty()) {
        Diagnostics ignored; // validated in full below
        alignKeyWithWaits(doc, readCase(doc, ignored), *protocol, data);
    }
    if (auto ok = refuseIfInvalid(doc, data, "the variant of \"" + base.id + "\" with seed " + variantSeedText(seed) + " does not validate (a generator bug: report it)",
                                  out.playable);
        !ok) {
        return std::unexpected(ok.error());
    }
    out.modelAnswer = modelAnswer(out.playable, *protocol, data);
    return out;
}

Result<GeneratedVariant> generateVariant(const Json& source, std::uint64_t seed, const ReferenceData& data) {
    auto prepared = prepareVariantSource(source, data);
    if (!prepared) return std::unexpected(prepared.error());
    return generateVariant(*prepared, seed, data);
}

} // namespace core
