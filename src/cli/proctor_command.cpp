// Proctor subcommands. Secrets are read through passphrase_input (never a
// plain argument) and every file is written atomically; an opened result is
// written only where the proctor asks.
#include "proctor_command.hpp"

#include "exam/sealed_result.hpp"
#include "model/reference_data.hpp"
#include "platform/atomic_file.hpp"
#include "platform/proctor_key.hpp"
#include "platform/user_dirs.hpp"

#include <iostream>

namespace cli {
namespace proctor_command_detail {

namespace fs = std::filesystem;

fs::path keyDir() { return core::dataDir() / "keys"; }

core::KdfStrength strengthOf(const std::string& name) {
    for (const auto& [text, value] : core::kdfStrengthChoices()) {
        if (text == name) return value;
    }
    return core::KdfStrength::Moderate;
}

int fail(const std::string& command, const std::string& message) {
    std::cerr << "mntrainer " << command << ": " << message << "\n";
    return 1;
}

int keyInit(const ProctorOptions& o) {
    auto passphrase = readPassphrase(o.passphrase, "New proctor passphrase: ", true);
    if (!passphrase) return fail("proctor-key init", passphrase.error().summary());
    auto key = core::createProctorKey(keyDir(), *passphrase, strengthOf(o.kdfStrength));
    if (!key) return fail("proctor-key init", key.error().summary());
    std::cout << core::proctorPublicKeyPath(keyDir()).string() << "\n";
    return 0;
}

int keyPublic() {
    const auto path = core::proctorPublicKeyPath(keyDir());
    if (!core::readWholeFile(path)) return fail("proctor-key public", "there is no proctor key yet: create one with `mntrainer proctor-key init`");
    std::cout << path.string() << "\n";
    return 0;
}

int openResult(const ProctorOptions& o) {
    const auto bytes = core::readWholeFile(o.sealedFile);
    if (!bytes) return fail("proctor open", "cannot read " + o.sealedFile);
    auto passphrase = readPassphrase(o.passphrase, "Proctor passphrase: ");
    if (!passphrase) return fail("proctor open", passphrase.error().summary());
    auto keys = core::loadProctorKey(keyDir(), *passphrase);
    if (!keys) return fail("proctor open", keys.error().summary());
    auto opened = core::openSealedResult(*bytes, *keys);
    keys->secretKey.fill(0);
    if (!opened) return fail("proctor open", o.sealedFile + ": " + opened.error().summary());
    const fs::path dir = o.outDir.empty() ? fs::path(o.sealedFile).parent_path() : fs::path(o.outDir);
    const fs::path out = dir / opened->fileName;
    if (auto problem = core::writeFileAtomically(out, opened->resultText, 0600); !problem) return fail("proctor open", problem.error().summary());
    if (auto problem = core::writeFileAtomically(out.string() + ".minisig", opened->signature); !problem) {
        return fail("proctor open", problem.error().summary());
    }
    std::cout << out.string() << "\n";
    return 0;
}

int pack(const ProctorOptions& o) {
    const auto root = core::findDataRoot();
    auto data = core::loadReferenceData(root);
    if (!data) return fail("exam pack", data.error().summary());
    const fs::path cases = o.casesDir.empty() ? root / "cases" / "library" : fs::path(o.casesDir);
    const auto library = core::loadCaseLibrary(cases, *data);
    const std::string keyFile = o.proctorKey.empty() ? core::proctorPublicKeyPath(keyDir()).string() : o.proctorKey;
    const auto keyText = core::readWholeFile(keyFile);
    if (!keyText) {
        return fail("exam pack", "cannot read the proctor's public key " + keyFile +
                                     ": create it with `mntrainer proctor-key init`, or pass --proctor-key FILE");
    }
    auto proctorKey = core::parseProctorPublicKey(*keyText);
    if (!proctorKey) return fail("exam pack", keyFile + ": " + proctorKey.error().summary());
    auto passphrase = readPassphrase(o.passphrase, "Passphrase to seal the exam with: ", true);
    if (!passphrase) return fail("exam pack", passphrase.error().summary());
    core::PackRequest request{o.examFile, *passphrase, *proctorKey, strengthOf(o.kdfStrength)};
    auto text = core::buildSealedPack(request, *data, library);
    if (!text) return fail("exam pack", text.error().summary());
    // Without --out the pack goes where the window lists packs for the proctor.
    const fs::path out = o.outFile.empty() ? core::sealedPackFolder(core::dataDir()) / (fs::path(o.examFile).stem().string() + ".mnpack")
                                           : fs::path(o.outFile);
    if (auto problem = core::writeFileAtomically(out, *text); !problem) return fail("exam pack", problem.error().summary());
    std::cout << out.string() << "\n";
    return 0;
}

} // namespace proctor_command_detail

void addProctorCommands(CLI::App& app, ProctorOptions& o) {
    const std::vector<std::string> strengths{"interactive", "moderate"};
    CLI::App* key = app.add_subcommand("proctor-key", "The proctor's key pair that sealed exam results are encrypted to");
    key->require_subcommand(1);
    CLI::App* init = key->add_subcommand("init", "Create the proctor key pair (the secret half encrypted with a passphrase)");
    addPassphraseOptions(init, o.passphrase);
    init->add_option("--kdf", o.kdfStrength, "Argon2id strength: moderate (256 MiB, default) or interactive (64 MiB)")
        ->check(CLI::IsMember(strengths));
    init->callback([&o] { o.action = "key-init"; });
    CLI::App* pub = key->add_subcommand("public", "Print the path of the proctor's public key file");
    pub->callback([&o] { o.action = "key-public"; });
    CLI::App* proctor = app.add_subcommand("proctor", "Proctor tools for sealed exams");
    proctor->require_subcommand(1);
    CLI::App* open = proctor->add_subcommand("open", "Decrypt a sealed exam result (FILE.json.sealed) into FILE.json and its .minisig");
    open->add_option("file", o.sealedFile, "The sealed result")->required()->check(CLI::ExistingFile);
    open->add_option("--out-dir", o.outDir, "Where the opened result goes (default: beside the sealed file)");
    addPassphraseOptions(open, o.passphrase);
    open->callback([&o] { o.action = "open"; });
}

void addExamPackCommand(CLI::App* exam, ProctorOptions& o) {
    CLI::App* pack = exam->add_subcommand("pack", "Seal an exam and its cases for the exam machine (answer keys encrypted)");
    pack->add_option("--exam", o.examFile, "The exam file")->required()->check(CLI::ExistingFile);
    pack->add_option("--out", o.outFile, "The sealed pack to write (default: $XDG_DATA_HOME/mntrainer/packs/EXAM.mnpack, where the window lists packs)");
    pack->add_option("--cases", o.casesDir, "Folder of case files (default: the bundled library)")->check(CLI::ExistingDirectory);
    pack->add_option("--proctor-key", o.proctorKey, "The proctor's public key file (default: this install's)")->check(CLI::ExistingFile);
    pack->add_option("--kdf", o.kdfStrength, "Argon2id strength: moderate (256 MiB, default) or interactive (64 MiB)")
        ->check(CLI::IsMember(std::vector<std::string>{"interactive", "moderate"}));
    addPassphraseOptions(pack, o.passphrase);
    pack->callback([&o] { o.action = "pack"; });
}

int runProctorCommands(const ProctorOptions& o) {
    if (o.action == "key-init") return proctor_command_detail::keyInit(o);
    if (o.action == "key-public") return proctor_command_detail::keyPublic();
    if (o.action == "open") return proctor_command_detail::openResult(o);
    if (o.action == "pack") return proctor_command_detail::pack(o);
    return -1;
}

} // namespace cli
