// Skin condition layers: kind names, reading a layer, and the draw list (zone
// index, centre, radius, seed) computed once per case for the renderer.
#include "terms/skin_layers.hpp"

#include "base/stable_hash.hpp"
#include "terms/vocabulary.hpp"

#include <algorithm>

namespace core {

const Choices<SkinKind>& skinKindChoices() {
    static const Choices<SkinKind> c{{"melasma", SkinKind::Melasma},
                                     {"age_spots", SkinKind::AgeSpots},
                                     {"redness_rosacea", SkinKind::RednessRosacea},
                                     {"sunburn", SkinKind::Sunburn},
                                     {"acne_scars_icepick", SkinKind::AcneScarsIcepick},
                                     {"acne_scars_boxcar", SkinKind::AcneScarsBoxcar},
                                     {"acne_scars_rolling", SkinKind::AcneScarsRolling},
                                     {"active_acne", SkinKind::ActiveAcne},
                                     {"fine_lines", SkinKind::FineLines},
                                     {"cold_sore", SkinKind::ColdSore},
                                     {"bruise", SkinKind::Bruise},
                                     {"mole", SkinKind::Mole},
                                     {"wart", SkinKind::Wart},
                                     {"lesion", SkinKind::Lesion},
                                     {"tattoo_pmu", SkinKind::TattooPmu},
                                     {"filler_sign", SkinKind::FillerSign},
                                     {"toxin_sign", SkinKind::ToxinSign},
                                     {"papules", SkinKind::Papules},
                                     {"pustules", SkinKind::Pustules},
                                     {"vesicles", SkinKind::Vesicles},
                                     {"tram_tracks", SkinKind::TramTracks}};
    return c;
}

std::string toString(SkinKind kind) { return nameOf(skinKindChoices(), kind); }

std::vector<std::string> skinKindNames() {
    std::vector<std::string> names;
    for (const auto& [name, kind] : skinKindChoices()) names.push_back(name);
    return names;
}

std::optional<SkinKind> skinKindFromName(const std::string& name) {
    for (const auto& [n, kind] : skinKindChoices()) {
        if (n == name) return kind;
    }
    return std::nullopt;
}

bool isSpotKind(SkinKind kind) {
    return kind == SkinKind::Mole || kind == SkinKind::Wart || kind == SkinKind::Lesion || kind == SkinKind::ColdSore || kind == SkinKind::Bruise;
}

double defaultSkinRadius(SkinKind kind) {
    switch (kind) {
    case SkinKind::Mole: return 0.008;
    case SkinKind::Wart: return 0.01;
    case SkinKind::Lesion: return 0.012;
    case SkinKind::ColdSore: return 0.018;
    case SkinKind::Bruise: return 0.04;
    default: return kDefaultSkinRadius;
    }
}

double patternAngle(Pattern direction) {
    switch (direction) {
    case Pattern::Horizontal: return 0.0;
    case Pattern::Vertical: return 1.5707963267948966;
    case Pattern::Oblique: return 0.7853981633974483;
    }
    return 0.0;
}

SkinLayer readSkinLayer(ObjectReader& r) {
    SkinLayer layer;
    layer.kindName = r.string("kind", Need::Required, false).value_or("");
    layer.kind = skinKindFromName(layer.kindName);
    layer.zone = r.string("zone", Need::Required, false).value_or("");
    // Ranges are checked in validation/case_checks with the zone in view; the
    // reader only asks for numbers.
    if (const auto p = r.numberPair("position", Need::Optional, -1e9, 1e9)) layer.position = glm::dvec2{p->first, p->second};
    layer.radius = r.number("radius", Need::Optional, -1e9, 1e9);
    layer.severity = r.number("severity", Need::Required, -1e9, 1e9).value_or(0.5);
    layer.seen = r.string("seen", Need::Optional).value_or("");
    layer.direction = r.choice("direction", Need::Optional, patternChoices());
    return layer;
}

double skinLayerSeed(const std::string& caseId, std::size_t index) {
    const std::uint32_t h = fnv1a32(caseId + "#" + std::to_string(index));
    return static_cast<double>(h % 100000u) / 100.0;
}

std::vector<SkinLayerDraw> skinLayerDraws(const std::vector<SkinLayer>& layers, const std::string& caseId, const ZoneMap& zones) {
    std::vector<SkinLayerDraw> draws;
    for (std::size_t i = 0; i < layers.size() && draws.size() < kMaxSkinLayers; ++i) {
        const SkinLayer& layer = layers[i];
        const Zone* zone = zones.find(layer.zone);
        if (!layer.kind || !zone) continue;
        SkinLayerDraw d;
        d.kind = static_cast<int>(*layer.kind);
        d.zone = static_cast<int>(zone - zones.zones().data());
        d.centre = layer.position.value_or(zone->centroid());
        const bool placed = layer.position || isSpotKind(*layer.kind);
        d.radius = placed ? std::clamp(layer.radius.value_or(defaultSkinRadius(*layer.kind)), kMinSkinRadius, kMaxSkinRadius) : 0.0;
        d.severity = std::clamp(layer.severity, 0.0, 1.0);
        d.seed = skinLayerSeed(caseId, i);
        d.angle = patternAngle(layer.direction.value_or(Pattern::Horizontal));
        draws.push_back(d);
    }
    return draws;
}

} // namespace core
