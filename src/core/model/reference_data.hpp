// The shared data every case is checked and graded against: the zone map, the
// clinical catalogue and the protocol profiles, plus where they were found.
#pragma once

#include "model/catalogue.hpp"
#include "base/diagnostics.hpp"
#include "model/protocol.hpp"
#include "terms/references.hpp"
#include "terms/variant_pools.hpp"
#include "terms/zone_map.hpp"

#include <expected>
#include <filesystem>
#include <map>
#include <string>

namespace core {

struct ReferenceData {
    ZoneMap zones;
    References references; // every rule below cites entries here
    Catalogue catalogue;
    std::map<std::string, Protocol> protocols;       // by id
    std::map<std::string, std::string> protocolFiles; // id -> file it came from
    VariantPools variantPools; // the catalogue's names and equivalent medicines, for seeded case variants

    [[nodiscard]] const Protocol* protocol(const std::string& id) const;
};

// The folder holding assets/ and cases/: $MNTRAINER_DATA_DIR if set, else the
// first of (executable dir)/.., (executable dir), and the source tree the
// binary was built from that has assets/zones.json.
std::filesystem::path findDataRoot();

// Loads assets/zones.json, assets/references.json, assets/catalogue.json and
// cases/protocols/*.json; every rule's references must be in references.json.
[[nodiscard]] std::expected<ReferenceData, Error> loadReferenceData(const std::filesystem::path& dataRoot);

// Parses a protocol file and adds it; an id clash with another file is an error.
void addProtocolFile(ReferenceData& data, const std::filesystem::path& file, Diagnostics& diagnostics);

} // namespace core
