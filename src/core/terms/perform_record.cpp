// Perform record reading and writing (the attempt's "perform" object).
#include "terms/perform_record.hpp"

#include "json/object_reader.hpp"
#include "terms/input_limits.hpp"

#include <algorithm>
#include <cmath>

namespace core {

PenSample PenSample::at(glm::dvec2 mapPoint, std::int32_t tMs) {
    const auto units = [](double v) {
        return static_cast<std::int32_t>(std::lround(std::clamp(v, 0.0, 1.0) * kPenUnitsPerMapUnit));
    };
    return PenSample{units(mapPoint.x), units(mapPoint.y), tMs};
}

std::int64_t PerformRecord::durationMs() const {
    std::int64_t end = 0;
    for (const auto& s : strokes) end = std::max(end, s.endMs());
    return end;
}

bool PerformRecord::anyGenerated() const {
    return std::any_of(strokes.begin(), strokes.end(), [](const PerformStroke& s) { return s.generated; });
}

void PerformRecord::eraseStrokesOf(const std::string& zone) {
    strokes.erase(std::remove_if(strokes.begin(), strokes.end(), [&](const PerformStroke& s) { return s.zone == zone; }), strokes.end());
}

std::size_t PerformRecord::sampleCount() const {
    std::size_t n = 0;
    for (const auto& s : strokes) n += s.samples.size();
    return n;
}

namespace perform_record_detail {

// "xyt": whole-number triples; each checked against the canvas and the clock.
std::vector<PenSample> readSamples(const Json& xyt, const std::string& pointer, Diagnostics& d) {
    std::vector<PenSample> samples;
    if (!xyt.is_array()) {
        d.error(pointer, "must be an array of whole numbers x, y, t_ms repeated (x and y in 0..10000 of the canvas)");
        return samples;
    }
    if (xyt.size() % 3 != 0 || xyt.empty()) {
        d.error(pointer, "holds " + std::to_string(xyt.size()) + " numbers: it must hold x, y, t_ms triples (a multiple of 3, at least one)");
        return samples;
    }
    if (xyt.size() / 3 > static_cast<std::size_t>(kPerformMaxSamplesPerStroke)) {
        d.error(pointer, "a stroke may hold at most " + std::to_string(kPerformMaxSamplesPerStroke) + " samples: split it");
        return samples;
    }
    samples.reserve(xyt.size() / 3);
    for (std::size_t i = 0; i < xyt.size(); i += 3) {
        std::int64_t v[3];
        for (std::size_t k = 0; k < 3; ++k) {
            const Json& n = xyt[i + k];
            if (!n.is_number_integer()) {
                d.error(pointer + "/" + std::to_string(i + k), "must be a whole number");
                return {};
            }
            v[k] = n.get<std::int64_t>();
        }
        if (v[0] < 0 || v[0] > kPenCoordinateMax || v[1] < 0 || v[1] > kPenCoordinateMax) {
            d.error(pointer + "/" + std::to_string(v[0] < 0 || v[0] > kPenCoordinateMax ? i : i + 1),
                    "a pen coordinate must be 0..10000 (ten-thousandths of the canvas)");
            return {};
        }
        if (v[2] < 0 || v[2] > kPerformMaxDurationMs || (!samples.empty() && v[2] < samples.back().tMs)) {
            d.error(pointer + "/" + std::to_string(i + 2), "sample times must start at 0 or later, never go back, and stay within two hours");
            return {};
        }
        samples.push_back(PenSample{static_cast<std::int32_t>(v[0]), static_cast<std::int32_t>(v[1]), static_cast<std::int32_t>(v[2])});
    }
    return samples;
}

} // namespace perform_record_detail

PerformRecord readPerformRecord(const Json& value, Diagnostics& diagnostics, const std::string& pointer) {
    PerformRecord record;
    ObjectReader top(value, pointer, diagnostics);
    if (!top.isObject()) return record;
    record.cartridge = top.string("cartridge", Need::Required, false).value_or("");
    // Older files mark the whole record; newer ones mark each generated stroke.
    const bool allGenerated = top.boolean("auto_performed", Need::Optional).value_or(false);
    const Json* strokes = top.array("strokes", Need::Required);
    if (!strokes) return record;
    if (strokes->size() > static_cast<std::size_t>(kPerformMaxStrokes)) {
        diagnostics.error(top.pointerOf("strokes"), "at most " + std::to_string(kPerformMaxStrokes) + " strokes may be recorded");
        return record;
    }
    std::size_t total = 0;
    std::int64_t previousStart = 0;
    for (std::size_t i = 0; i < strokes->size(); ++i) {
        const std::string p = top.pointerOf("strokes") + "/" + std::to_string(i);
        ObjectReader r((*strokes)[i], p, diagnostics);
        if (!r.isObject()) continue;
        PerformStroke stroke;
        stroke.zone = r.string("zone", Need::Required, false).value_or("");
        stroke.generated = r.boolean("generated", Need::Optional).value_or(false) || allGenerated;
        const auto start = r.number("start_ms", Need::Required, 0.0, static_cast<double>(kPerformMaxDurationMs));
        if (start && std::floor(*start) != *start) diagnostics.error(r.pointerOf("start_ms"), "must be a whole number of milliseconds");
        stroke.startMs = static_cast<std::int64_t>(start.value_or(0.0));
        if (stroke.startMs < previousStart) {
            diagnostics.error(r.pointerOf("start_ms"), "strokes must be in time order: this one starts before the stroke before it");
        }
        previousStart = stroke.startMs;
        if (r.has("xyt")) {
            (void)r.array("xyt", Need::Required); // marks it read; the samples are checked below
            stroke.samples = perform_record_detail::readSamples((*strokes)[i]["xyt"], r.pointerOf("xyt"), diagnostics);
        } else {
            diagnostics.error(r.pointerOf("xyt"), "a stroke needs \"xyt\": its samples as x, y, t_ms triples");
        }
        if (stroke.endMs() > kPerformMaxDurationMs) diagnostics.error(p, "the stroke ends after two hours: a session is shorter");
        total += stroke.samples.size();
        if (total > static_cast<std::size_t>(kPerformMaxSamples)) {
            diagnostics.error(p, "the record holds more than " + std::to_string(kPerformMaxSamples) + " samples in all");
            return record;
        }
        record.strokes.push_back(std::move(stroke));
    }
    return record;
}

Json performRecordToJson(const PerformRecord& record) {
    Json j = Json::object();
    j["cartridge"] = record.cartridge;
    j["strokes"] = Json::array();
    for (const auto& stroke : record.strokes) {
        Json s = Json::object();
        s["zone"] = stroke.zone;
        s["start_ms"] = stroke.startMs;
        if (stroke.generated) s["generated"] = true;
        Json xyt = Json::array();
        for (const auto& sample : stroke.samples) {
            xyt.push_back(sample.x);
            xyt.push_back(sample.y);
            xyt.push_back(sample.tMs);
        }
        s["xyt"] = std::move(xyt);
        j["strokes"].push_back(std::move(s));
    }
    return j;
}

} // namespace core
