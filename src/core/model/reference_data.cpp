// Locating and loading the bundled reference data.
#include "model/reference_data.hpp"

#include "model/citation_links.hpp"
#include "terms/file_kind.hpp"
#include "json/json_document.hpp"

#include <algorithm>
#include <cstdlib>
#include <system_error>

#ifndef MN_SOURCE_ROOT
#define MN_SOURCE_ROOT ""
#endif

namespace core {

const Protocol* ReferenceData::protocol(const std::string& id) const {
    const auto it = protocols.find(id);
    return it == protocols.end() ? nullptr : &it->second;
}

std::filesystem::path findDataRoot() {
    namespace fs = std::filesystem;
    if (const char* env = std::getenv("MNTRAINER_DATA_DIR"); env && *env) return fs::path(env);
    std::vector<fs::path> candidates;
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        // Installed: <prefix>/bin/mntrainer with <prefix>/share/mntrainer beside it.
        candidates.push_back(exe.parent_path().parent_path() / "share" / "mntrainer");
        candidates.push_back(exe.parent_path().parent_path());
        candidates.push_back(exe.parent_path());
    }
    candidates.emplace_back(MN_SOURCE_ROOT);
    for (const auto& c : candidates) {
        if (!c.empty() && fs::exists(c / "assets" / "zones.json", ec)) return c;
    }
    return candidates.empty() ? fs::path(".") : candidates.back();
}

namespace {

template <typename T, typename Read>
std::expected<T, Error> loadAsset(const std::filesystem::path& file, const std::string& kind, Read read) {
    auto doc = JsonDocument::fromFile(file);
    if (!doc) return std::unexpected(doc.error());
    Diagnostics diagnostics;
    checkKind(doc->root(), kind, diagnostics);
    T value = diagnostics.hasErrors() ? T{} : read(doc->root(), diagnostics);
    doc->locate(diagnostics);
    if (diagnostics.hasErrors()) return std::unexpected(Error{diagnostics.items()});
    return value;
}

} // namespace

void addProtocolFile(ReferenceData& data, const std::filesystem::path& file, Diagnostics& diagnostics) {
    auto doc = JsonDocument::fromFile(file);
    if (!doc) {
        for (const auto& d : doc.error().diagnostics) diagnostics.add(d);
        return;
    }
    Diagnostics local;
    checkKind(doc->root(), "protocol", local);
    if (!local.hasErrors()) {
        Protocol p = readProtocol(doc->root(), data.zones, local);
        resolveProtocolCitations(p, data.references, local);
        if (!p.id.empty() && !local.hasErrors()) {
            const auto existing = data.protocolFiles.find(p.id);
            std::error_code ec;
            if (existing != data.protocolFiles.end() && !std::filesystem::equivalent(existing->second, file, ec)) {
                local.error("/id", "protocol id \"" + p.id + "\" is already used by " + existing->second +
                                       ": ids must be unique, rename one");
            } else {
                data.protocolFiles[p.id] = file.string();
                data.protocols[p.id] = std::move(p);
            }
        }
    }
    doc->locate(local);
    diagnostics.append(local);
}

std::expected<ReferenceData, Error> loadReferenceData(const std::filesystem::path& root) {
    ReferenceData data;
    auto zones = loadAsset<ZoneMap>(root / "assets" / "zones.json", "zone_map", readZoneMap);
    if (!zones) return std::unexpected(zones.error());
    data.zones = std::move(*zones);
    auto references = loadAsset<References>(root / "assets" / "references.json", "references", readReferences);
    if (!references) return std::unexpected(references.error());
    data.references = std::move(*references);
    auto catalogue = loadAsset<Catalogue>(root / "assets" / "catalogue.json", "catalogue", [&](const Json& json, Diagnostics& d) {
        Catalogue c = readCatalogue(json, d);
        resolveCatalogueCitations(c, data.references, d);
        checkOutcomeRules(c.outcomes, c, data.zones, d);
        if (auto pools = readVariantPools(json)) {
            data.variantPools = std::move(*pools);
        } else {
            for (auto item : pools.error().diagnostics) d.add(std::move(item));
        }
        return c;
    });
    if (!catalogue) return std::unexpected(catalogue.error());
    data.catalogue = std::move(*catalogue);

    const auto dir = root / "cases" / "protocols";
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    }
    if (ec) {
        Diagnostic d;
        d.file = dir.string();
        d.message = "cannot read the protocol folder (" + ec.message() + "): is the installation complete?";
        return std::unexpected(Error{{d}});
    }
    std::sort(files.begin(), files.end());
    Diagnostics diagnostics;
    for (const auto& f : files) addProtocolFile(data, f, diagnostics);
    if (diagnostics.hasErrors()) return std::unexpected(Error{diagnostics.items()});
    return data;
}

} // namespace core
