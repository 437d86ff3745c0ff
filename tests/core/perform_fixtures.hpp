// Shared by the perform tests: the golden stroke file's square test canvas
// (rectangular zones in mm) and its record.
#pragma once

#include "json/json_document.hpp"
#include "terms/perform_record.hpp"
#include "terms/zone_map.hpp"

#include <filesystem>
#include <fstream>

namespace perform_fixtures {

inline core::Json goldenStrokes() {
    std::ifstream in(std::filesystem::path(MN_SOURCE_ROOT) / "tests/data/perform/patch-session.strokes.json");
    return core::Json::parse(in);
}

// The file's zones as rectangles on a square canvas `canvas_mm` high.
inline core::ZoneMap rectMap(const core::Json& doc) {
    const double canvas = doc["canvas_mm"].get<double>();
    std::vector<core::Zone> zones;
    const core::Json& list = doc["zones"];
    for (std::size_t i = 0; i < list.size(); ++i) {
        const core::Json& z = list[i];
        const auto r = z["rect_mm"].get<std::vector<double>>();
        core::Zone zone;
        zone.id = z["id"].get<std::string>();
        zone.label = zone.id;
        zone.noGo = z["no_go"].get<bool>();
        zone.polygons = {{{r[0] / canvas, r[1] / canvas}, {r[2] / canvas, r[1] / canvas}, {r[2] / canvas, r[3] / canvas}, {r[0] / canvas, r[3] / canvas}}};
        zones.push_back(zone);
    }
    return core::ZoneMap(std::move(zones), 1.0, canvas);
}

inline core::PerformRecord goldenRecord(const core::Json& doc) {
    core::Diagnostics d;
    auto record = core::readPerformRecord(doc["record"], d, "/record");
    if (d.hasErrors()) throw std::runtime_error("the golden stroke file's record does not read");
    return record;
}

} // namespace perform_fixtures
