// Building and opening sealed exam packs. The readable part of a case is for
// people looking at the file; a sitting only ever uses the sealed whole file,
// so changing the readable part changes nothing that is graded.
#include "exam/sealed_pack.hpp"
#include "exam/exam_lookup.hpp"

#include "platform/atomic_file.hpp"
#include "platform/signing.hpp"

#include <algorithm>
#include <set>

namespace core {
namespace sealed_pack_detail {

constexpr const char* kKind = "sealed_pack";
constexpr const char* kCipher = "xchacha20poly1305-ietf";
// Members of a case file that reveal the answers; the readable part leaves them out.
constexpr std::array<const char*, 2> kSealedOnlyMembers{"key", "sources"};

std::string keyText(const BoxPublicKey& key) { return std::string(reinterpret_cast<const char*>(key.data()), key.size()); }

// A JSON array, so no field can run into the next.
std::string associatedData(const std::string& examSha, const BoxPublicKey& proctorKey, const std::string& caseId,
                           const std::string& fileName, const std::string& caseSha) {
    return Json::array({kKind, 1, examSha, base64Encode(keyText(proctorKey)), caseId, fileName, caseSha}).dump();
}

bool isSha256Hex(const std::string& text) {
    return text.size() == 64 && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

Result<std::string> stringMember(const Json& object, const char* name, const std::string& where) {
    const auto it = object.find(name);
    if (it == object.end() || !it->is_string()) return std::unexpected(Error(where + ": \"" + name + "\" must be text"));
    return it->get<std::string>();
}

Result<SealedCase> readCaseEntry(const Json& entry, std::size_t index) {
    const std::string where = "/cases/" + std::to_string(index);
    if (!entry.is_object()) return std::unexpected(Error(where + " must be an object"));
    SealedCase c;
    auto id = stringMember(entry, "id", where);
    auto fileName = stringMember(entry, "file_name", where);
    auto sha = stringMember(entry, "sha256", where);
    if (!id) return std::unexpected(id.error());
    if (!fileName) return std::unexpected(fileName.error());
    if (!sha) return std::unexpected(sha.error());
    if (!isSha256Hex(*sha)) return std::unexpected(Error(where + "/sha256 must be 64 lower-case hex digits"));
    const auto sealed = entry.find("sealed");
    if (sealed == entry.end() || !sealed->is_object()) return std::unexpected(Error(where + "/sealed must be an object"));
    c.id = *id;
    c.fileName = *fileName;
    c.sha256 = *sha;
    c.sealed = *sealed;
    return c;
}

} // namespace sealed_pack_detail

std::vector<std::string> casesExamMayUse(const Exam& exam, const CaseById& cases) {
    std::vector<std::string> out;
    std::set<std::string> included;
    for (const auto& id : exam.cases) {
        if (included.insert(id).second) out.push_back(id);
    }
    for (const auto& pool : exam.pools) {
        for (const auto& [id, c] : cases) {
            if (included.count(id)) continue;
            // A one-case draw from a one-case library succeeds exactly when the
            // case matches the pool: the draw's own rule decides, not a copy of it.
            Exam probe;
            ExamPool one = pool;
            one.count = 1;
            probe.pools = {one};
            if (drawExamCases(probe, CaseById{{id, c}})) {
                included.insert(id);
                out.push_back(id);
            }
        }
    }
    return out;
}

Result<std::string> buildSealedPack(const PackRequest& request, const ReferenceData& data, const CaseLibrary& library) {
    auto doc = JsonDocument::fromFile(request.examFile);
    if (!doc) return std::unexpected(doc.error());
    auto checked = checkExamWithCases(*doc, data, library);
    if (!checked) return std::unexpected(checked.error());
    const Exam& exam = checked->exam;
    const CaseById& byId = checked->byId;
    auto& entries = checked->entries;
    const auto ids = casesExamMayUse(exam, byId);
    if (ids.empty()) return std::unexpected(Error(request.examFile.string() + ": the exam uses no case, so there is nothing to seal"));
    const PassphraseKdf kdf = newPassphraseKdf(request.strength);
    auto key = deriveKeyFromPassphrase(request.passphrase, kdf);
    if (!key) return std::unexpected(key.error());
    const std::string examSha = sha256Hex(doc->text());
    Json pack{{"kind", sealed_pack_detail::kKind},
              {"schema_version", 1},
              {"cipher", sealed_pack_detail::kCipher},
              {"kdf", kdfToJson(kdf)},
              {"proctor_public_key", base64Encode(sealed_pack_detail::keyText(request.proctorKey))},
              {"exam", {{"file_name", request.examFile.filename().string()}, {"sha256", examSha}, {"text", doc->text()}}},
              {"cases", Json::array()}};
    for (const auto& id : ids) {
        const CaseEntry& entry = *entries.at(id);
        const auto bytes = readWholeFile(entry.file);
        if (!bytes) return std::unexpected(Error("cannot read the case file " + entry.file + " (case \"" + id + "\")"));
        Json readable = Json::parse(*bytes, nullptr, false);
        if (!readable.is_object()) return std::unexpected(Error(entry.file + " changed while the pack was made: run the pack again"));
        for (const char* member : sealed_pack_detail::kSealedOnlyMembers) readable.erase(member);
        const std::string fileName = std::filesystem::path(entry.file).filename().string();
        const std::string caseSha = sha256Hex(*bytes);
        pack["cases"].push_back({{"id", id},
                                 {"file_name", fileName},
                                 {"sha256", caseSha},
                                 {"readable", readable},
                                 {"sealed", aeadSeal(*key, *bytes, sealed_pack_detail::associatedData(examSha, request.proctorKey, id, fileName, caseSha))}});
    }
    return pack.dump(2) + "\n";
}

Result<SealedPack> readSealedPack(std::string_view bytes) {
    const Json pack = Json::parse(bytes, nullptr, false);
    if (pack.is_discarded() || !pack.is_object()) return std::unexpected(Error("is not a sealed exam pack (not a JSON object)"));
    if (pack.value("kind", "") != sealed_pack_detail::kKind) {
        return std::unexpected(Error("is not a sealed exam pack (its \"kind\" is not \"sealed_pack\"): make one with `mntrainer exam pack`"));
    }
    if (!pack.contains("schema_version") || pack["schema_version"] != 1) return std::unexpected(Error("has a pack version this build does not know (expected 1)"));
    if (pack.value("cipher", "") != sealed_pack_detail::kCipher) return std::unexpected(Error("uses a cipher this build does not know"));
    SealedPack out;
    auto kdf = kdfFromJson(pack.value("kdf", Json()));
    if (!kdf) return std::unexpected(kdf.error());
    out.kdf = *kdf;
    auto proctor = sealed_pack_detail::stringMember(pack, "proctor_public_key", "the pack");
    if (!proctor) return std::unexpected(proctor.error());
    auto proctorKey = base64DecodeFixed<32>(*proctor);
    if (!proctorKey) return std::unexpected(proctorKey.error().context("\"proctor_public_key\""));
    out.proctorKey = *proctorKey;
    const auto exam = pack.find("exam");
    if (exam == pack.end() || !exam->is_object()) return std::unexpected(Error("\"exam\" must be an object"));
    auto examName = sealed_pack_detail::stringMember(*exam, "file_name", "/exam");
    auto examSha = sealed_pack_detail::stringMember(*exam, "sha256", "/exam");
    auto examText = sealed_pack_detail::stringMember(*exam, "text", "/exam");
    if (!examName) return std::unexpected(examName.error());
    if (!examSha) return std::unexpected(examSha.error());
    if (!examText) return std::unexpected(examText.error());
    if (sha256Hex(*examText) != *examSha) return std::unexpected(Error("the exam file inside the pack was changed after packing"));
    out.examFileName = *examName;
    out.examSha256 = *examSha;
    out.examText = *examText;
    const auto cases = pack.find("cases");
    if (cases == pack.end() || !cases->is_array() || cases->empty()) return std::unexpected(Error("\"cases\" must be a list of at least one case"));
    std::set<std::string> ids;
    for (std::size_t i = 0; i < cases->size(); ++i) {
        auto entry = sealed_pack_detail::readCaseEntry((*cases)[i], i);
        if (!entry) return std::unexpected(entry.error());
        if (!ids.insert(entry->id).second) return std::unexpected(Error("case \"" + entry->id + "\" is in the pack twice"));
        out.cases.push_back(std::move(*entry));
    }
    return out;
}

Result<UnsealedExam> openSealedPack(std::string_view bytes, std::string_view passphrase) {
    auto pack = readSealedPack(bytes);
    if (!pack) return std::unexpected(pack.error());
    auto key = deriveKeyFromPassphrase(passphrase, pack->kdf);
    if (!key) return std::unexpected(key.error());
    UnsealedExam out;
    out.examFileName = pack->examFileName;
    out.examText = pack->examText;
    out.examSha256 = pack->examSha256;
    out.proctorKey = pack->proctorKey;
    out.packSha256 = sha256Hex(bytes);
    for (std::size_t i = 0; i < pack->cases.size(); ++i) {
        const SealedCase& c = pack->cases[i];
        const std::string ad = sealed_pack_detail::associatedData(pack->examSha256, pack->proctorKey, c.id, c.fileName, c.sha256);
        auto text = aeadOpen(*key, c.sealed, ad);
        if (!text) {
            // The first case is where a wrong passphrase shows; a later one failing means that case was changed.
            if (i == 0) return std::unexpected(Error("the passphrase is wrong, or the pack was changed after it was made: check the passphrase with the proctor"));
            return std::unexpected(Error("case \"" + c.id + "\" in the pack was changed after packing: " + text.error().summary()));
        }
        if (sha256Hex(*text) != c.sha256) return std::unexpected(Error("case \"" + c.id + "\" does not match its recorded SHA-256"));
        out.cases.push_back({c.fileName + " (sealed pack)", std::move(*text)});
    }
    return out;
}

CaseLibrary caseLibraryOf(const UnsealedExam& exam, const ReferenceData& data) {
    CaseLibrary library = loadCaseLibraryFromTexts(exam.cases, data);
    library.sealedPackSha256 = exam.packSha256;
    return library;
}

Result<OpenedPack> openPackForSitting(const std::filesystem::path& packFile, const std::function<Result<std::string>()>& passphrase,
                                      const ReferenceData& data) {
    const auto bytes = readWholeFile(packFile);
    if (!bytes) return std::unexpected(Error("cannot read the sealed pack " + packFile.string() + ": check the path, or copy the pack there again"));
    // Refuse a file that is no pack before asking anyone for a passphrase.
    if (auto header = readSealedPack(*bytes); !header) return std::unexpected(header.error().context(packFile.string()));
    auto secret = passphrase();
    if (!secret) return std::unexpected(secret.error());
    auto exam = openSealedPack(*bytes, *secret);
    wipeSecret(*secret);
    if (!exam) return std::unexpected(exam.error().context(packFile.string()));
    OpenedPack out{packFile, std::move(*exam), {}};
    out.library = caseLibraryOf(out.exam, data);
    return out;
}

ExamSetup sittingSetupOf(const OpenedPack& pack, const Candidate& candidate) {
    return ExamSetup{pack.exam.examFileName, candidate, pack.exam.examText};
}

std::filesystem::path sealedPackFolder(const std::filesystem::path& userData) { return userData / "packs"; }

std::vector<PackListing> listSealedPacks(const std::filesystem::path& folder) {
    std::vector<PackListing> out;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        if (entry.path().extension() != ".mnpack" || !entry.is_regular_file(ec)) continue;
        PackListing listing{entry.path(), "(the exam has no title)", true};
        const auto bytes = readWholeFile(entry.path());
        auto pack = bytes ? readSealedPack(*bytes) : Result<SealedPack>(std::unexpected(Error("cannot be read")));
        if (!pack) {
            listing.readable = false;
            listing.title = "This file " + pack.error().summary();
        } else {
            const Json exam = Json::parse(pack->examText, nullptr, false);
            if (exam.is_object() && exam.contains("title") && exam["title"].is_string()) {
                listing.title = exam["title"].get<std::string>();
            }
        }
        out.push_back(std::move(listing));
    }
    std::sort(out.begin(), out.end(), [](const PackListing& a, const PackListing& b) { return a.file.filename() < b.file.filename(); });
    return out;
}

} // namespace core
