// The proctor's roster of machine public keys that cohort trusts: which
// machine a signature comes from, and the rule that a key never comes from the
// candidates' hand-in folder.
#pragma once

#include "base/diagnostics.hpp"
#include "platform/signing.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace core {

struct TrustedKey {
    std::string machine;          // the key file's stem: "room4-pc07.pub" is machine "room4-pc07"
    std::filesystem::path source; // the .pub file it came from
    PublicKey key;
};

class KeyRoster {
  public:
    // Refuses a second key with the same id (a different key, or the same key
    // under another machine name): a signature must name one machine.
    [[nodiscard]] Status add(TrustedKey key);
    // nullptr when no key in the roster has this id.
    [[nodiscard]] const TrustedKey* find(const std::array<unsigned char, 8>& keyId) const;
    [[nodiscard]] const std::vector<TrustedKey>& keys() const { return m_keys; }

  private:
    std::vector<TrustedKey> m_keys;
};

// True when `path` is `folder` or lies anywhere below it (after resolving
// symlinks and `..`), so a key handed in with the results is recognised however
// it is named on the command line.
[[nodiscard]] bool liesInside(const std::filesystem::path& path,
                              const std::filesystem::path& folder);

// Every `--pubkey FILE` and every `*.pub` directly in each `--trusted-keys DIR`.
// Refuses a key file or folder inside `resultsDir` (candidates could have
// planted it), a folder with no keys, and any unreadable or malformed key.
[[nodiscard]] Result<KeyRoster> loadKeyRoster(const std::vector<std::filesystem::path>& keyFiles,
                                              const std::vector<std::filesystem::path>& keyDirs,
                                              const std::filesystem::path& resultsDir);

} // namespace core
