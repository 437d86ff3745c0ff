// Tram tracks follow the attempt's strokes: a layer without a direction takes
// its zone's first planned pass pattern.
#include "model/stroke_direction.hpp"

namespace core {

std::vector<SkinLayer> withStrokeDirections(std::vector<SkinLayer> layers, const Attempt& attempt) {
    for (SkinLayer& layer : layers) {
        if (layer.kind != SkinKind::TramTracks || layer.direction) continue;
        const AttemptZone* zone = attempt.zone(layer.zone);
        if (zone && !zone->patterns.empty()) layer.direction = zone->patterns.front();
    }
    return layers;
}

} // namespace core
