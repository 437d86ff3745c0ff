// Packing a report for the store: shared texts by id, then zlib deflate with
// the unpacked size in front (4 bytes, little-endian).
#include "progress/report_packing.hpp"

#include "json/json_document.hpp"

#include <zlib.h>

namespace core {
namespace report_packing_detail {

constexpr const char* kSharedKeys[] = {"explanation", "source", "citations"};
constexpr std::size_t kMaxUnpackedBytes = 64u * 1024u * 1024u;

Result<std::string> deflateWithSize(std::string_view text) {
    uLongf size = compressBound(static_cast<uLong>(text.size()));
    std::string out(4 + size, '\0');
    for (int i = 0; i < 4; ++i) out[static_cast<std::size_t>(i)] = static_cast<char>((text.size() >> (8 * i)) & 0xff);
    if (compress2(reinterpret_cast<Bytef*>(out.data() + 4), &size, reinterpret_cast<const Bytef*>(text.data()), static_cast<uLong>(text.size()),
                  6) != Z_OK) {
        return std::unexpected(Error("cannot compress a report for the progress store (out of memory?)"));
    }
    out.resize(4 + size);
    return out;
}

Result<std::string> inflateWithSize(std::string_view packed) {
    if (packed.size() < 4) return std::unexpected(Error("a stored report is cut short (fewer than 4 bytes)"));
    std::size_t size = 0;
    for (int i = 0; i < 4; ++i) size |= static_cast<std::size_t>(static_cast<unsigned char>(packed[static_cast<std::size_t>(i)])) << (8 * i);
    if (size > kMaxUnpackedBytes) return std::unexpected(Error("a stored report claims " + std::to_string(size) + " bytes: it is damaged"));
    std::string out(size, '\0');
    uLongf outSize = static_cast<uLongf>(size);
    if (uncompress(reinterpret_cast<Bytef*>(out.data()), &outSize, reinterpret_cast<const Bytef*>(packed.data() + 4),
                   static_cast<uLong>(packed.size() - 4)) != Z_OK ||
        outSize != size) {
        return std::unexpected(Error("a stored report does not inflate: it is damaged"));
    }
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
