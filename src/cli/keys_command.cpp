// Key and signature subcommands. The key lives in $XDG_DATA_HOME/mntrainer/keys.
#include "keys_command.hpp"

#include "platform/atomic_file.hpp"
#include "platform/signing.hpp"
#include "platform/user_dirs.hpp"

#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

namespace cli {

void addKeysCommands(CLI::App& app, KeysOptions& o) {
    CLI::App* keys = app.add_subcommand("keys", "The signing key of this install");
    CLI::App* pub = keys->add_subcommand("public", "Print the path of the public key file (minisign format), creating the key if needed");
    pub->callback([&o] { o.keysPublic = true; });
    keys->require_subcommand(1);
    CLI::App* sign = app.add_subcommand("sign", "Sign a file with this install's key: writes FILE.minisig");
    sign->add_option("file", o.signFile, "The file to sign")->required()->check(CLI::ExistingFile);
    CLI::App* verify = app.add_subcommand("verify", "Check a file against its FILE.minisig signature");
    verify->add_option("file", o.verifyFile, "The signed file")->required();
    verify->add_option("--pubkey", o.pubkey, "Public key file (default: this install's)");
}

int runKeysCommands(const KeysOptions& o) {
    const auto keyDir = core::dataDir() / "keys";
    if (o.keysPublic) {
        auto key = core::loadOrCreateSigningKey(keyDir);
        if (!key) {
            std::cerr << "mntrainer keys: " << key.error().summary() << "\n";
            return 1;
        }
        std::cout << core::publicKeyPath(keyDir).string() << "\n";
        return 0;
    }
    if (!o.signFile.empty()) {
        auto key = core::loadOrCreateSigningKey(keyDir);
        if (!key) {
            std::cerr << "mntrainer sign: " << key.error().summary() << "\n";
            return 1;
        }
        const auto content = core::readWholeFile(o.signFile);
        if (!content) {
            std::cerr << "mntrainer sign: cannot read " << o.signFile << "\n";
            return 1;
        }
        const std::string name = std::filesystem::path(o.signFile).filename().string();
        const std::string sig = core::signDetached(*key, *content, "file:" + name);
        if (auto problem = core::writeFileAtomically(o.signFile + ".minisig", sig); !problem) {
            std::cerr << "mntrainer sign: " << problem.error().summary() << "\n";
            return 1;
        }
        std::cout << o.signFile << ".minisig\n";
        return 0;
    }
    if (!o.verifyFile.empty()) {
        std::string keyFile = o.pubkey;
        if (keyFile.empty()) keyFile = core::publicKeyPath(keyDir).string();
        const auto keyText = core::readWholeFile(keyFile);
        if (!keyText) {
            std::cerr << "mntrainer verify: cannot read the public key " << keyFile << ": pass --pubkey KEYFILE\n";
            return 1;
        }
        auto key = core::parsePublicKey(*keyText);
        if (!key) {
            std::cerr << "mntrainer verify: " << keyFile << ": " << key.error().summary() << "\n";
            return 1;
        }
        const auto content = core::readWholeFile(o.verifyFile);
        if (!content) {
            std::cerr << "mntrainer verify: cannot read " << o.verifyFile << "\n";
            return 1;
        }
        const auto sig = core::readWholeFile(o.verifyFile + ".minisig");
        if (!sig) {
            std::cerr << "mntrainer verify: " << o.verifyFile << ".minisig is missing: the file is unsigned\n";
            return 1;
        }
        if (auto ok = core::verifyDetached(*key, *content, *sig); !ok) {
            std::cerr << "mntrainer verify: " << o.verifyFile << ": FAILED: " << ok.error().summary() << "\n";
            return 1;
        }
        std::cout << o.verifyFile << ": signature OK (key " << core::hexKeyId(key->keyId) << ")\n";
        return 0;
    }
    return -1;
}

} // namespace cli
