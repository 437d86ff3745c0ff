// Key and signature subcommands. The key lives in $XDG_DATA_HOME/mntrainer/keys,
// its secret half encrypted with the proctor's passphrase.
#include "keys_command.hpp"

#include "platform/atomic_file.hpp"
#include "platform/key_store.hpp"
#include "platform/signing.hpp"
#include "platform/user_dirs.hpp"

#include <iostream>

namespace cli {
namespace keys_commands {

std::filesystem::path keyDir() { return core::dataDir() / "keys"; }

core::KdfCost kdfCost(const std::string& name) { return name == "interactive" ? core::KdfCost::Interactive : core::KdfCost::Sensitive; }

void addCostOption(CLI::App* command, KeysOptions& o) {
    command->add_option("--kdf-cost", o.kdfCost,
                        "How hard the passphrase is stretched: sensitive (minisign's default, 1 GiB and seconds) or interactive "
                        "(16 MiB, for machines short of memory)")
        ->check(CLI::IsMember({"interactive", "sensitive"}));
}

int newKey(const KeysOptions& o, const char* command) {
    const std::string label = std::string("mntrainer keys ") + command;
    auto passphrase = readPassphrase(o.passphrase, "New passphrase for the signing key: ", true);
    if (!passphrase) {
        std::cerr << label << ": " << passphrase.error().summary() << "\n";
        return 1;
    }
    std::cerr << "Deriving a key from the passphrase (scrypt, " << o.kdfCost << ")...\n";
    const bool init = std::string(command) == "init";
    std::string keyId;
    core::Status done;
    if (init) {
        auto key = core::createKeyPair(keyDir(), *passphrase, kdfCost(o.kdfCost));
        if (key) keyId = core::hexKeyId(key->keyId);
        else done = std::unexpected(key.error());
    } else {
        auto key = core::migrateOldKey(keyDir(), *passphrase, kdfCost(o.kdfCost));
        if (key) keyId = core::hexKeyId(key->keyId);
        else done = std::unexpected(key.error());
    }
    core::wipeSecret(*passphrase);
    if (!done) {
        std::cerr << label << ": " << done.error().summary() << "\n";
        return 1;
    }
    std::cerr << (init ? "Created" : "Encrypted") << " signing key " << keyId << "; keep the passphrase safe, it cannot be recovered.\n";
    std::cout << core::publicKeyPath(keyDir()).string() << "\n";
    return 0;
}

int signFile(const KeysOptions& o) {
    const auto content = core::readWholeFile(o.signFile);
    if (!content) {
        std::cerr << "mntrainer sign: cannot read " << o.signFile << "\n";
        return 1;
    }
    auto passphrase = readPassphrase(o.passphrase, "Passphrase for the signing key: ");
    if (!passphrase) {
        std::cerr << "mntrainer sign: " << passphrase.error().summary() << "; nothing was signed\n";
        return 1;
    }
    auto key = core::unlockSigningKey(keyDir(), *passphrase);
    core::wipeSecret(*passphrase);
    if (!key) {
        std::cerr << "mntrainer sign: " << key.error().summary() << "\n";
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

int verifyFile(const KeysOptions& o) {
    std::string keyFile = o.pubkey;
    if (keyFile.empty()) keyFile = core::publicKeyPath(keyDir()).string();
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

} // namespace keys_commands

void addKeysCommands(CLI::App& app, KeysOptions& o) {
    CLI::App* keys = app.add_subcommand("keys", "The proctor's signing key");
    CLI::App* init = keys->add_subcommand("init", "Create the signing key pair, encrypted with a new passphrase (asked twice)");
    keys_commands::addCostOption(init, o);
    addPassphraseOptions(init, o.passphrase);
    init->callback([&o] { o.action = "init"; });
    CLI::App* migrate = keys->add_subcommand("migrate", "Encrypt an old unencrypted key with a new passphrase (same public key)");
    keys_commands::addCostOption(migrate, o);
    addPassphraseOptions(migrate, o.passphrase);
    migrate->callback([&o] { o.action = "migrate"; });
    CLI::App* pub = keys->add_subcommand("public", "Print the path of the public key file (minisign format)");
    pub->callback([&o] { o.action = "public"; });
    keys->require_subcommand(1);
    CLI::App* sign = app.add_subcommand("sign", "Sign a file with the proctor's key (asks for its passphrase): writes FILE.minisig");
    sign->add_option("file", o.signFile, "The file to sign")->required()->check(CLI::ExistingFile);
    addPassphraseOptions(sign, o.passphrase);
    CLI::App* verify = app.add_subcommand("verify", "Check a file against its FILE.minisig signature");
    verify->add_option("file", o.verifyFile, "The signed file")->required();
    verify->add_option("--pubkey", o.pubkey, "Public key file (default: this install's)");
}

int runKeysCommands(const KeysOptions& o) {
    if (o.action == "init" || o.action == "migrate") return keys_commands::newKey(o, o.action.c_str());
    if (o.action == "public") {
        std::error_code ec;
        const auto path = core::publicKeyPath(keys_commands::keyDir());
        if (!std::filesystem::exists(path, ec)) {
            std::cerr << "mntrainer keys: there is no public key at " << path.string() << ": the proctor creates the key pair with `mntrainer keys init`\n";
            return 1;
        }
        std::cout << path.string() << "\n";
        return 0;
    }
    if (!o.signFile.empty()) return keys_commands::signFile(o);
    if (!o.verifyFile.empty()) return keys_commands::verifyFile(o);
    return -1;
}

} // namespace cli
