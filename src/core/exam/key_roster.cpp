// Loading and looking up the roster of trusted machine keys.
#include "exam/key_roster.hpp"

#include "platform/atomic_file.hpp"

#include <algorithm>

namespace core {
namespace key_roster_detail {

namespace fs = std::filesystem;

fs::path resolved(const fs::path& p) {
    std::error_code ec;
    fs::path out = fs::weakly_canonical(fs::absolute(p, ec), ec);
    return ec ? fs::absolute(p).lexically_normal() : out;
}

Result<TrustedKey> readKeyFile(const fs::path& file, const fs::path& resultsDir) {
    if (liesInside(file, resultsDir)) {
        return std::unexpected("the public key " + file.string() +
                               " lies inside the results folder " + resultsDir.string() +
                               ": keys must come from the proctor's roster, never from the "
                               "candidates' hand-in. Keep the machines' keys in "
                               "a separate folder and pass it with --trusted-keys");
    }
    const auto text = readWholeFile(file);
    if (!text)
        return std::unexpected("cannot read the public key " + file.string() + ": check the path");
    auto key = parsePublicKey(*text);
    if (!key) return std::unexpected(key.error().context("public key " + file.string()));
    return TrustedKey{file.stem().string(), file, *key};
}

} // namespace key_roster_detail

Status KeyRoster::add(TrustedKey key) {
    for (const auto& k : m_keys) {
        if (k.key.keyId != key.key.keyId) continue;
        if (k.key.key == key.key.key && k.machine == key.machine)
            return {}; // the same key named twice: harmless
        return std::unexpected(
            "key id " + hexKeyId(key.key.keyId) + " is in the roster twice (" + k.source.string() +
            " as \"" + k.machine + "\" and " + key.source.string() + " as \"" + key.machine +
            "\"): a signature must name one machine, so remove one of the files");
    }
    m_keys.push_back(std::move(key));
    return {};
}

const TrustedKey* KeyRoster::find(const std::array<unsigned char, 8>& keyId) const {
    const auto it = std::find_if(m_keys.begin(), m_keys.end(),
                                 [&](const TrustedKey& k) { return k.key.keyId == keyId; });
    return it == m_keys.end() ? nullptr : &*it;
}

bool liesInside(const std::filesystem::path& path, const std::filesystem::path& folder) {
    auto p = key_roster_detail::resolved(path);
    auto f = key_roster_detail::resolved(folder);
    if (!p.has_filename()) p = p.parent_path(); // "dir/" names the same folder as "dir"
    if (!f.has_filename()) f = f.parent_path();
    const auto relative = p.lexically_relative(f);
    return !relative.empty() && *relative.begin() != "..";
}

Result<KeyRoster> loadKeyRoster(const std::vector<std::filesystem::path>& keyFiles,
                                const std::vector<std::filesystem::path>& keyDirs,
                                const std::filesystem::path& resultsDir) {
    namespace fs = std::filesystem;
    KeyRoster roster;
    std::vector<fs::path> files = keyFiles;
    for (const auto& dir : keyDirs) {
        if (liesInside(dir, resultsDir)) {
            return std::unexpected("the key folder " + dir.string() + " is the results folder " +
                                   resultsDir.string() +
                                   " or lies inside it: keys must come from the proctor's roster, "
                                   "never from the candidates' hand-in. Keep the "
                                   "machines' keys in a folder of their own");
        }
        std::error_code ec;
        std::vector<fs::path> found;
        for (const auto& e : fs::directory_iterator(dir, ec)) {
            if (e.path().extension() == ".pub") found.push_back(e.path());
        }
        if (ec)
            return std::unexpected("cannot read the key folder " + dir.string() + ": " +
                                   ec.message());
        if (found.empty())
            return std::unexpected("the key folder " + dir.string() +
                                   " holds no *.pub files: put each machine's public key there");
        std::sort(found.begin(), found.end());
        files.insert(files.end(), found.begin(), found.end());
    }
    for (const auto& file : files) {
        auto key = key_roster_detail::readKeyFile(file, resultsDir);
        if (!key) return std::unexpected(key.error());
        if (auto added = roster.add(std::move(*key)); !added) return std::unexpected(added.error());
    }
    return roster;
}

} // namespace core
