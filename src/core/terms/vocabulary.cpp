// File spellings of the shared vocabularies.
#include "terms/vocabulary.hpp"

namespace core {

const Choices<Tier>& tierChoices() {
    static const Choices<Tier> c{{"PR", Tier::PeerReviewed}, {"REG", Tier::Regulatory}, {"IND", Tier::Industry}, {"SEED", Tier::Seed}};
    return c;
}
const Choices<Decision>& decisionChoices() {
    static const Choices<Decision> c{{"treat", Decision::Treat}, {"treat_modified", Decision::TreatModified},
                                     {"defer", Decision::Defer}, {"refer", Decision::Refer}};
    return c;
}
const Choices<Pattern>& patternChoices() {
    static const Choices<Pattern> c{{"vertical", Pattern::Vertical}, {"horizontal", Pattern::Horizontal}, {"oblique", Pattern::Oblique}};
    return c;
}
const Choices<Endpoint>& endpointChoices() {
    static const Choices<Endpoint> c{{"erythema", Endpoint::Erythema}, {"pinpoint_bleeding", Endpoint::PinpointBleeding}};
    return c;
}
const Choices<BandKind>& bandKindChoices() {
    static const Choices<BandKind> c{{"rejuvenation", BandKind::Rejuvenation}, {"scars", BandKind::Scars},
                                     {"pigmentation", BandKind::Pigmentation}, {"alopecia", BandKind::Alopecia},
                                     {"stretch_marks", BandKind::StretchMarks}};
    return c;
}
const Choices<ZoneAction>& zoneActionChoices() {
    static const Choices<ZoneAction> c{{"treat", ZoneAction::Treat}, {"avoid", ZoneAction::Avoid}};
    return c;
}
const Choices<Difficulty>& difficultyChoices() {
    static const Choices<Difficulty> c{{"beginner", Difficulty::Beginner}, {"intermediate", Difficulty::Intermediate},
                                       {"advanced", Difficulty::Advanced}};
    return c;
}
const Choices<ScreeningKind>& screeningKindChoices() {
    static const Choices<ScreeningKind> c{{"absolute", ScreeningKind::Absolute}, {"local", ScreeningKind::Local},
                                          {"relative", ScreeningKind::Relative}, {"precaution", ScreeningKind::Precaution},
                                          {"not_contraindication", ScreeningKind::NotContraindication}};
    return c;
}

std::string toString(Tier v) { return nameOf(tierChoices(), v); }
std::string toString(Decision v) { return nameOf(decisionChoices(), v); }
std::string decisionWords(Decision v) {
    switch (v) {
    case Decision::Treat: return "treat";
    case Decision::TreatModified: return "treat with changes";
    case Decision::Defer: return "defer";
    case Decision::Refer: return "refer";
    }
    return "?";
}
std::string toString(Pattern v) { return nameOf(patternChoices(), v); }
std::string toString(Endpoint v) { return nameOf(endpointChoices(), v); }
std::string toString(BandKind v) { return nameOf(bandKindChoices(), v); }
std::string toString(ZoneAction v) { return nameOf(zoneActionChoices(), v); }
std::string toString(Difficulty v) { return nameOf(difficultyChoices(), v); }
std::string toString(ScreeningKind v) { return nameOf(screeningKindChoices(), v); }
std::string toString(TreatmentKind v) { return nameOf(treatmentKindChoices(), v); }
std::string toString(SiteRule v) { return nameOf(siteRuleChoices(), v); }

const Choices<TreatmentKind>& treatmentKindChoices() {
    static const Choices<TreatmentKind> c{{"toxin", TreatmentKind::Toxin},
                                          {"filler", TreatmentKind::Filler},
                                          {"isotretinoin", TreatmentKind::Isotretinoin},
                                          {"peel", TreatmentKind::Peel},
                                          {"ablative", TreatmentKind::Ablative},
                                          {"sun", TreatmentKind::Sun},
                                          {"childbirth", TreatmentKind::Childbirth},
                                          {"microneedling", TreatmentKind::Microneedling},
                                          {"topical_retinoid", TreatmentKind::TopicalRetinoid},
                                          {"radiotherapy", TreatmentKind::Radiotherapy},
                                          {"other", TreatmentKind::Other}};
    return c;
}
const Choices<SiteRule>& siteRuleChoices() {
    static const Choices<SiteRule> c{{"none", SiteRule::None},
                                     {"exclude_site", SiteRule::ExcludeSite},
                                     {"avoid_zone", SiteRule::AvoidZone},
                                     {"no_treatment", SiteRule::NoTreatment},
                                     {"cap_or_avoid", SiteRule::CapOrAvoid}};
    return c;
}

} // namespace core
