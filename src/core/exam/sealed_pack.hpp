// Sealed exam packs: an exam file and only its cases, for the exam machine,
// with every case's answer key encrypted under the proctor's passphrase.
// Format (cases/schema/sealed_pack.schema.json): JSON holding the exam file's
// text, the proctor's public box key, Argon2id settings, and per case the
// readable part (intake, face map) plus the whole case file sealed with
// XChaCha20-Poly1305; its associated data binds the pack format, the exam's
// SHA-256, the proctor key and the case's id, file name and SHA-256.
#pragma once

#include "base/diagnostics.hpp"
#include "exam/exam_session.hpp"
#include "json/json_document.hpp"
#include "model/exam.hpp"
#include "model/reference_data.hpp"
#include "platform/proctor_key.hpp"
#include "platform/secret_box.hpp"
#include "validation/case_library.hpp"

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace core {

struct PackRequest {
    std::filesystem::path examFile;
    std::string passphrase;
    BoxPublicKey proctorKey{};
    KdfStrength strength = KdfStrength::Moderate;
};

// The pack's text: the exam checked against `library` (as `validate` would),
// its listed cases and every case its pools could draw.
[[nodiscard]] Result<std::string> buildSealedPack(const PackRequest& request, const ReferenceData& data, const CaseLibrary& library);

// The case ids a pack of `exam` must hold: listed ones, then each pool's candidates.
[[nodiscard]] std::vector<std::string> casesExamMayUse(const Exam& exam, const CaseById& cases);

// What the pack says before any key is derived (structure only; for the fuzzer
// and for refusing a damaged file without asking for a passphrase).
struct SealedCase {
    std::string id;
    std::string fileName;
    std::string sha256;
    Json sealed; // {"nonce", "ciphertext"}
};
struct SealedPack {
    std::string examFileName;
    std::string examText;
    std::string examSha256;
    BoxPublicKey proctorKey{};
    PassphraseKdf kdf;
    std::vector<SealedCase> cases;
};
[[nodiscard]] Result<SealedPack> readSealedPack(std::string_view bytes);

// Opened in memory only: nothing here is ever written to disk.
struct UnsealedExam {
    std::string examFileName;
    std::string examText;
    std::string examSha256;
    BoxPublicKey proctorKey{};
    std::string packSha256; // of the pack file: a sitting remembers which pack it came from
    std::vector<CaseText> cases;
};
[[nodiscard]] Result<UnsealedExam> openSealedPack(std::string_view bytes, std::string_view passphrase);

// The library an exam session runs on: the pack's cases, marked as sealed.
[[nodiscard]] CaseLibrary caseLibraryOf(const UnsealedExam& exam, const ReferenceData& data);

// A sealed pack opened for a sitting, the one way the CLI and the window do it:
// the exam text and its case library, in memory only. The session keeps a
// reference to `library`, so the OpenedPack must outlive it.
struct OpenedPack {
    std::filesystem::path file;
    UnsealedExam exam;
    CaseLibrary library;
};
// `passphrase` is asked only once the file is known to be a pack, so a wrong
// file is refused without asking the proctor for anything.
[[nodiscard]] Result<OpenedPack> openPackForSitting(const std::filesystem::path& packFile,
                                                    const std::function<Result<std::string>()>& passphrase, const ReferenceData& data);
// What ExamSession::start takes for a sitting from the pack.
[[nodiscard]] ExamSetup sittingSetupOf(const OpenedPack& pack, const Candidate& candidate);

// Where the proctor puts packs for the window's list (`exam pack` writes there
// by default): $XDG_DATA_HOME/mntrainer/packs/.
[[nodiscard]] std::filesystem::path sealedPackFolder(const std::filesystem::path& userData);
// The packs (*.mnpack) in `folder`, by file name, with the exam title each
// says it holds (read without a passphrase); a damaged one is listed, not
// readable, with its problem as the title, so the proctor sees why it would not open.
struct PackListing {
    std::filesystem::path file;
    std::string title;
    bool readable = true;
};
[[nodiscard]] std::vector<PackListing> listSealedPacks(const std::filesystem::path& folder);

} // namespace core
