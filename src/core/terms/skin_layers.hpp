// Skin condition layers of a case (melasma, rosacea, scars, moles...): the
// kinds and their file names, the layer as read from the case's "skin" list,
// and the per-layer draw list the face map renderer uploads once per case.
#pragma once

#include "base/shared_text.hpp"
#include "json/object_reader.hpp"
#include "terms/vocabulary.hpp"
#include "terms/zone_map.hpp"

#include <glm/vec2.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace core {

// The order is the shader's kind number (shaders/face_map.frag): append only.
enum class SkinKind {
    Melasma,
    AgeSpots,
    RednessRosacea,
    Sunburn,
    AcneScarsIcepick,
    AcneScarsBoxcar,
    AcneScarsRolling,
    ActiveAcne,
    FineLines,
    ColdSore,
    Bruise,
    Mole,
    Wart,
    Lesion,
    TattooPmu,
    FillerSign,
    ToxinSign,
    // Outcome layers drawn on follow-up visits (outcome/visit_timeline.hpp);
    // a case may use them too.
    Papules,    // small red bumps: contact dermatitis, granulomas, acne spreading
    Pustules,   // white-headed bumps: infection, an acne flare
    Vesicles,   // clustered blisters: herpes reactivation
    TramTracks, // parallel linear marks: too much depth or pressure, a dragged roller
};

const Choices<SkinKind>& skinKindChoices();
std::string toString(SkinKind kind);
std::vector<std::string> skinKindNames();
// The kind for a file name, if it is one.
std::optional<SkinKind> skinKindFromName(const std::string& name);

// Radius used when a layer gives a position but no radius (map height units).
inline constexpr double kDefaultSkinRadius = 0.05;
// True for kinds that are one spot (mole, wart, lesion, cold sore, bruise):
// without a position they sit at the zone's centre, never fill the zone.
bool isSpotKind(SkinKind kind);
// The radius a layer of this kind gets when the file gives none: the spot's
// own size for spot kinds, kDefaultSkinRadius for patches.
double defaultSkinRadius(SkinKind kind);
inline constexpr double kMinSkinRadius = 0.005;
inline constexpr double kMaxSkinRadius = 0.3;

// One layer as the case file gives it. The kind is kept as written so the
// checks can name an unknown one and suggest the nearest.
struct SkinLayer {
    std::string kindName;
    std::optional<SkinKind> kind;   // unset when kindName is not a kind
    std::string zone;
    std::optional<glm::dvec2> position; // unset: the whole zone
    std::optional<double> radius;
    double severity = 0.5;
    SharedText seen;                 // what the author says is visible
    std::optional<Pattern> direction; // the strokes' direction, for directional kinds (tram tracks)
};

// Reads one entry of the case's "skin" list (structure only).
SkinLayer readSkinLayer(ObjectReader& r);

// What the renderer needs for one layer, worked out once per case.
struct SkinLayerDraw {
    int kind = 0;            // SkinKind as its number
    int zone = -1;           // index in the zone map (the mask value is zone + 1)
    glm::dvec2 centre{0.5};  // map coordinates
    double radius = 0.0;     // map height units; 0 = the whole zone (patch kinds without a position)
    double severity = 0.5;   // 0..1
    double seed = 0.0;       // 0..1000, from the case id and the layer's index
    double angle = 0.0;      // radians from the map's x axis, for directional kinds (tram tracks)
};

// The angle of strokes in a direction: horizontal 0, vertical pi/2, oblique
// pi/4 (down and to the right on the map, whose y grows downwards).
double patternAngle(Pattern direction);

// The most layers the face map draws (the shader's array size).
inline constexpr std::size_t kMaxSkinLayers = 16;

// Draw list of a case's layers: layers with an unknown kind or zone are left
// out (validation reports them); at most kMaxSkinLayers, in file order.
std::vector<SkinLayerDraw> skinLayerDraws(const std::vector<SkinLayer>& layers, const std::string& caseId, const ZoneMap& zones);

// A stable 0..1000 seed for layer `index` of a case (FNV-1a of the id).
double skinLayerSeed(const std::string& caseId, std::size_t index);

} // namespace core
