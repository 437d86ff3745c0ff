// The small closed vocabularies shared by every file kind: tiers, decisions,
// patterns, endpoints, band kinds. Names are the exact strings used in files.
#pragma once

#include "json/object_reader.hpp"

#include <string>

namespace core {

enum class Tier { PeerReviewed, Regulatory, Industry, Seed };
enum class Decision { Treat, TreatModified, Defer, Refer };
enum class Pattern { Vertical, Horizontal, Oblique };
enum class Endpoint { Erythema, PinpointBleeding };
enum class BandKind { Rejuvenation, Scars, Pigmentation, Alopecia, StretchMarks };
enum class ZoneAction { Treat, Avoid };
enum class Difficulty { Beginner, Intermediate, Advanced };
enum class ScreeningKind { Absolute, Local, Relative, Precaution, NotContraindication };
// What an intake's recent treatment or event was; the profile's waits are keyed by it.
enum class TreatmentKind { Toxin, Filler, Isotretinoin, Peel, Ablative, Sun, Childbirth, Microneedling, TopicalRetinoid, Radiotherapy, Other };
// How a face-map finding limits needling where it lies.
enum class SiteRule {
    None,        // no limit of its own
    ExcludeSite, // needle around it with a margin (a mole, a tattoo, a bruise)
    AvoidZone,   // leave its whole zone out (a wart)
    NoTreatment, // no needling anywhere today (an active cold sore, a rash)
    CapOrAvoid,  // cap the depth over it or leave it out (filler)
};

const Choices<Tier>& tierChoices();
const Choices<Decision>& decisionChoices();
const Choices<Pattern>& patternChoices();
const Choices<Endpoint>& endpointChoices();
const Choices<BandKind>& bandKindChoices();
const Choices<ZoneAction>& zoneActionChoices();
const Choices<Difficulty>& difficultyChoices();
const Choices<ScreeningKind>& screeningKindChoices();
const Choices<TreatmentKind>& treatmentKindChoices();
const Choices<SiteRule>& siteRuleChoices();

// The file spelling of a value ("treat_modified", "PR", ...).
template <typename E> std::string nameOf(const Choices<E>& choices, E value) {
    for (const auto& [name, v] : choices) {
        if (v == value) return name;
    }
    return "?";
}

// A decision as a trainee reads it in a sentence ("treat with changes", never "treat_modified").
std::string decisionWords(Decision value);

// Treat and treat-with-changes mean needling today; defer and refer do not.
inline bool isTreatingDecision(Decision d) { return d == Decision::Treat || d == Decision::TreatModified; }

std::string toString(Tier value);
std::string toString(Decision value);
std::string toString(Pattern value);
std::string toString(Endpoint value);
std::string toString(BandKind value);
std::string toString(ZoneAction value);
std::string toString(Difficulty value);
std::string toString(ScreeningKind value);
std::string toString(TreatmentKind value);
std::string toString(SiteRule value);

// Reads an array of choice names, reporting each bad entry with its index.
template <typename E>
std::vector<E> readChoiceArray(ObjectReader& reader, const std::string& key, Need need, const Choices<E>& options) {
    std::vector<E> out;
    const auto names = reader.stringArray(key, need);
    for (std::size_t i = 0; i < names.size(); ++i) {
        bool found = false;
        for (const auto& [name, value] : options) {
            if (name == names[i]) {
                out.push_back(value);
                found = true;
            }
        }
        if (!found) {
            std::string allowed;
            for (const auto& option : options) allowed += (allowed.empty() ? "" : ", ") + option.first;
            reader.diagnostics().error(reader.pointerOf(key) + "/" + std::to_string(i),
                                       "\"" + names[i] + "\" is not allowed here: use one of " + allowed);
        }
    }
    return out;
}

} // namespace core
