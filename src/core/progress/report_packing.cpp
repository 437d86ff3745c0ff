// Packing a report for the store: shared texts by id, then zlib deflate (with
// a preset dictionary) and the unpacked size in front (4 bytes, little-endian).
#include "progress/report_packing.hpp"

#include "json/json_document.hpp"

#include <zlib.h>

namespace core {
namespace report_packing_detail {

constexpr const char* kSharedKeys[] = {"explanation", "source", "citations"};
constexpr std::size_t kMaxUnpackedBytes = 64u * 1024u * 1024u;

// zlib's preset dictionary: the skeleton of a typical attempt and packed
// report (keys, sections, verdicts, common values), so even the first bytes
// of a small record compress well: a report packs to ~500 bytes instead of
// ~920, an attempt to ~130 instead of ~310. Stored data depends on these
// exact bytes: changing them needs a new schema version and a migration.
constexpr std::string_view kDictionary = R"dict({"$schema":"../schema/attempt.schema.json","kind":"attempt","schema_version":1,"case_id":"","flags":[],"decision":"treat_modified","decision":"defer","decision":"refer","zones":[{"zone":"forehead","action":"avoid"},{"zone":"cheek_left","action":"treat","depth_mm":0.5,"patterns":["vertical","horizontal","oblique"],"passes":2,"endpoint":"erythema"},{"zone":"cheek_right","action":"treat","depth_mm":1.0,"patterns":["vertical","horizontal","oblique"],"passes":2,"endpoint":"pinpoint_bleeding"}],"aftercare":["spf30_daily","gentle_cleanser","no_actives_4d"],"follow_up":{"rebook_weeks":4,"refer_to":"","advice":[]},"schedule":{"interval_weeks":4,"sessions":6},"time_spent_s":720.0}
{"case_id":"","protocol":"clinic-standard","score":70.0,"passed":false,"pass_mark":70.0,"rules_version":2,"follow_up":false,"screening_floor":0.6,"screening_floor_met":true,"zones":{"forehead":"too_shallow","nose":"missed","chin":"must_avoid","periorbital_left":"unplanned","periorbital_right":"technique","jawline_left":"too_deep","cheek_left":"correct","cheek_right":"correct"},"critical":[{"id":"deeper_than_safety_max:","message":""}],"sections":[{"id":"screening","label":"screening","score":30.0,"max":30.0,"graded":true},{"id":"plan","label":"follow-up","score":40.0,"max":40.0,"graded":true},{"id":"aftercare","label":"advice today","score":15.0,"max":15.0,"graded":true},{"id":"schedule","label":"schedule","score":15.0,"max":15.0,"graded":false}],"items":[
{"section":"screening","id":"extra_flag:","expected":"not flagged","given":"flagged","points":0.0,"max":0.0,"explanation":1,"source":2,"citations":3,"tier":"SEED"},
{"section":"plan","id":"follow_up:rebook","expected":"4-6 weeks","given":"none","points":0.0,"max":1.0,"explanation":1,"source":2,"citations":3,"tier":"REG"},
{"section":"aftercare","id":"aftercare_harmful:","expected":"not given","given":"given","points":-1.0,"max":0.0,"explanation":1,"source":2,"citations":3,"tier":"SEED"},
{"section":"aftercare","id":"advice:","expected":"given","given":"not given","points":0.0,"max":1.0,"explanation":1,"source":2,"citations":3,"tier":"SEED"},
{"section":"schedule","id":"schedule:interval","expected":"4-6 weeks","given":"8 weeks","points":0.0,"max":1.0,"explanation":1,"source":2,"citations":3,"tier":"PR, SEED"},
{"section":"schedule","id":"schedule:sessions","expected":"4-8 sessions","given":"9 sessions","points":0.5,"max":1.0,"explanation":1,"source":2,"citations":3,"tier":"PR, SEED"},
{"section":"screening","id":"distractor:","expected":"not flagged","given":"not flagged","points":0.0,"max":0.0,"explanation":1,"source":2,"citations":3,"tier":"SEED"},
{"section":"screening","id":"decision","expected":"treat_modified","given":"treat_modified","points":2.0,"max":2.0,"explanation":1,"source":2,"citations":3,"tier":"SEED"},
{"section":"plan","id":"zone::avoid","expected":"avoid","given":"avoided","points":1.0,"max":1.0,"explanation":1,"source":2,"citations":3,"tier":"PR, IND, SEED"},
{"section":"aftercare","id":"aftercare:","expected":"given","given":"given","points":1.0,"max":1.0,"explanation":1,"source":2,"citations":3,"tier":"SEED"},
{"section":"screening","id":"flag:","expected":"flagged","given":"flagged","points":1.0,"max":1.0,"explanation":1,"source":2,"citations":3,"tier":"SEED"},
{"section":"plan","id":"zone::treat","expected":"treat","given":"treat","points":1.0,"max":1.0,"explanation":1,"source":2,"citations":3,"tier":"PR, IND, SEED"},
{"section":"plan","id":"zone::depth","expected":"1-1.5 mm","given":"1.25 mm","points":2.0,"max":2.0,"explanation":1,"source":2,"citations":3,"tier":"IND"},
{"section":"plan","id":"zone::patterns","expected":"vertical, horizontal, oblique","given":"vertical, horizontal, oblique","points":1.0,"max":1.0,"explanation":1,"source":2,"citations":3,"tier":"SEED"},
{"section":"plan","id":"zone::passes","expected":"1-3 passes","given":"2","points":1.0,"max":1.0,"explanation":"In range.","source":2,"citations":3,"tier":"SEED"},
{"section":"plan","id":"zone::endpoint","expected":"pinpoint_bleeding","given":"pinpoint_bleeding","points":1.0,"max":1.0,"explanation":"Right endpoint.","source":2,"citations":3,"tier":"IND"}]}
)dict";

Result<std::string> deflateWithSize(std::string_view text) {
    if (text.size() > kMaxUnpackedBytes) return std::unexpected(Error("a record of " + std::to_string(text.size()) + " bytes is too large to store"));
    z_stream z{};
    if (deflateInit(&z, 9) != Z_OK) return std::unexpected(Error("cannot compress a record for the progress store (out of memory?)"));
    deflateSetDictionary(&z, reinterpret_cast<const Bytef*>(kDictionary.data()), static_cast<uInt>(kDictionary.size()));
    const uLong bound = deflateBound(&z, static_cast<uLong>(text.size()));
    std::string out(4 + bound, '\0');
    for (int i = 0; i < 4; ++i) out[static_cast<std::size_t>(i)] = static_cast<char>((text.size() >> (8 * i)) & 0xff);
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
    z.avail_in = static_cast<uInt>(text.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data() + 4);
    z.avail_out = static_cast<uInt>(bound);
    const int rc = deflate(&z, Z_FINISH);
    const uLong written = z.total_out;
    deflateEnd(&z);
    if (rc != Z_STREAM_END) return std::unexpected(Error("cannot compress a record for the progress store"));
    out.resize(4 + written);
    return out;
}

Result<std::string> inflateWithSize(std::string_view packed) {
    if (packed.size() < 4) return std::unexpected(Error("a stored record is cut short (fewer than 4 bytes)"));
    std::size_t size = 0;
    for (int i = 0; i < 4; ++i) size |= static_cast<std::size_t>(static_cast<unsigned char>(packed[static_cast<std::size_t>(i)])) << (8 * i);
    if (size > kMaxUnpackedBytes) return std::unexpected(Error("a stored record claims " + std::to_string(size) + " bytes: it is damaged"));
    std::string out(size, '\0');
    z_stream z{};
    if (inflateInit(&z) != Z_OK) return std::unexpected(Error("cannot inflate a stored record (out of memory?)"));
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(packed.data() + 4));
    z.avail_in = static_cast<uInt>(packed.size() - 4);
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(size);
    int rc = inflate(&z, Z_FINISH);
    if (rc == Z_NEED_DICT) {
        inflateSetDictionary(&z, reinterpret_cast<const Bytef*>(kDictionary.data()), static_cast<uInt>(kDictionary.size()));
        rc = inflate(&z, Z_FINISH);
    }
    const uLong written = z.total_out;
    inflateEnd(&z);
    if (rc != Z_STREAM_END || written != size) return std::unexpected(Error("a stored record does not inflate: it is damaged"));
    return out;
}

} // namespace report_packing_detail

Result<std::string> deflateText(std::string_view text) { return report_packing_detail::deflateWithSize(text); }
Result<std::string> inflateText(std::string_view packed) { return report_packing_detail::inflateWithSize(packed); }

Result<std::string> packReportJson(std::string_view reportJson, const TextIdOf& idOf) {
    return packReport(Json::parse(reportJson, nullptr, false), idOf);
}

Result<std::string> packReport(Json report, const TextIdOf& idOf) {
    if (report.is_discarded() || !report.is_object()) return std::unexpected(Error("the report to store is not a JSON object"));
    if (auto items = report.find("items"); items != report.end() && items->is_array()) {
        for (Json& item : *items) {
            if (!item.is_object()) continue;
            for (const char* key : report_packing_detail::kSharedKeys) {
                auto value = item.find(key);
                if (value == item.end() || !value->is_string() || value->get_ref<const std::string&>().size() < kMinSharedTextBytes) continue;
                auto id = idOf(value->get_ref<const std::string&>());
                if (!id) return std::unexpected(id.error());
                *value = *id; // a number where the report has a string: unambiguous
            }
        }
    }
    return report_packing_detail::deflateWithSize(report.dump());
}

Result<std::string> unpackReportJson(std::string_view packed, const TextOfId& textOf) {
    auto text = report_packing_detail::inflateWithSize(packed);
    if (!text) return std::unexpected(text.error());
    Json report = Json::parse(*text, nullptr, false);
    if (report.is_discarded() || !report.is_object()) return std::unexpected(Error("a stored report is not JSON: it is damaged"));
    if (auto items = report.find("items"); items != report.end() && items->is_array()) {
        for (Json& item : *items) {
            if (!item.is_object()) continue;
            for (const char* key : report_packing_detail::kSharedKeys) {
                auto value = item.find(key);
                if (value == item.end() || !value->is_number_integer()) continue;
                const std::string* shared = textOf(value->get<std::int64_t>());
                if (!shared) return std::unexpected(Error("a stored report names text " + std::to_string(value->get<std::int64_t>()) + ", which the store lacks"));
                *value = *shared;
            }
        }
    }
    return report.dump();
}

} // namespace core
