// Exam sittings: every change is written to the journal before it counts,
// and a journal alone is enough to rebuild the sitting after a crash.
#include "exam/exam_session.hpp"
#include "base/clocks.hpp"
#include "exam/exam_variants.hpp"
#include "base/diagnostics.hpp"

#include "platform/atomic_file.hpp"
#include "grading/grader.hpp"
#include "exam/answer_codec.hpp"
#include "exam/exam_lookup.hpp"
#include "exam/candidate_identity.hpp"
#include "platform/signing.hpp"
#include "base/bounded_read.hpp"
#include "json/json_document.hpp"
#include "validation/validator.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <ctime>
#include <fstream>
#include <sstream>

namespace core {

std::string sealedPackOfSitting(const std::filesystem::path& journalPath) {
    auto journal = Journal::openReadOnly(journalPath);
    if (!journal || journal->records().empty()) return {};
    const Json& start = journal->records().front();
    if (!start.is_object() || !start.contains("sealed_pack_sha256") || !start["sealed_pack_sha256"].is_string()) return {};
    return start["sealed_pack_sha256"].get<std::string>();
}

ExamSession::ExamSession(Journal journal, const ReferenceData& data, const CaseLibrary& library)
    : m_journal(std::move(journal)), m_data(data), m_library(library) {}

std::expected<std::unique_ptr<ExamSession>, core::Error> ExamSession::start(const ExamSetup& setup, const std::filesystem::path& journalPath,
                                                                            const ReferenceData& data, const CaseLibrary& library,
                                                                            double nowUnix) {
    if (auto identity = checkCandidateIdentity(setup.candidate); !identity) return std::unexpected(identity.error());
    std::error_code ec;
    if (std::filesystem::exists(journalPath, ec)) {
        // A journal with no start record holds no answers (an older version could
        // be killed between its header and its start): set it aside, never delete it.
        auto old = Journal::openReadOnly(journalPath);
        if (old && !old->records().empty()) {
            return std::unexpected("an exam is already in progress (" + journalPath.string() + "): resume it, or hand it in first");
        }
        const auto aside = journalPath.string() + ".no-start-" + std::to_string(static_cast<long long>(nowUnix));
        std::filesystem::rename(journalPath, aside, ec);
        if (ec) return std::unexpected("cannot move the unusable journal " + journalPath.string() + " aside: " + ec.message());
    }
    auto doc = setup.examText ? JsonDocument::fromText(*setup.examText, setup.examFile.string()) : JsonDocument::fromFile(setup.examFile);
    if (!doc) return std::unexpected(doc.error().summary());
    auto checked = checkExamWithCases(*doc, data, library);
    if (!checked) return std::unexpected(checked.error().summary());
    const Exam& exam = checked->exam;
    const CaseById& byId = checked->byId;
    auto& entries = checked->entries;
    const std::string attemptId = newUuid();
    const std::uint64_t drawSeed = sittingDrawSeed(exam, setup.candidate.id, attemptId);
    auto drawn = drawExamCases(exam, byId, drawSeed);
    if (!drawn) return std::unexpected(drawn.error());
    Json start{{"t", "start"},
               {"exam", doc->root()},
               {"exam_sha256", sha256Hex(doc->text())},
               {"attempt_id", attemptId},
               {"candidate", {{"name", setup.candidate.name}, {"id", setup.candidate.id}, {"email", setup.candidate.email}}},
               {"started_unix", nowUnix},
               {"draw_seed", drawSeedText(drawSeed)},
               {"cases", drawn->order},
               {"case_weights", drawn->weights}};
    for (const auto& id : drawn->order) start["case_sha256"][id] = caseSourceSha256(*entries[id]);
    if (!library.sealedPackSha256.empty()) start["sealed_pack_sha256"] = library.sealedPackSha256;
    // The start was checked in full above; it is now written together with the header.
    auto journal = Journal::create(journalPath, start);
    if (!journal) return std::unexpected(journal.error());
    std::unique_ptr<ExamSession> s(new ExamSession(std::move(*journal), data, library));
    if (auto e = s->begin(start); !e) return std::unexpected(e.error());
    return s;
}

std::expected<std::unique_ptr<ExamSession>, core::Error> ExamSession::resume(const std::filesystem::path& journalPath,
                                                                             const ReferenceData& data, const CaseLibrary& library,
                                                                             Access access) {
    std::error_code ec;
    if (!std::filesystem::exists(journalPath, ec)) return std::unexpected(std::string("there is no exam in progress to resume"));
    auto journal = access == Access::Append ? Journal::openForAppend(journalPath) : Journal::openReadOnly(journalPath);
    if (!journal) return std::unexpected(journal.error());
    const std::vector<Json> records = journal->records();
    const bool startsWell = !records.empty() && records.front().is_object() && records.front().contains("t") &&
                            records.front()["t"] == "start";
    if (!startsWell) {
        return std::unexpected("the exam journal " + journalPath.string() + " has no start record: it cannot be resumed");
    }
    std::unique_ptr<ExamSession> s(new ExamSession(std::move(*journal), data, library));
    if (auto e = s->begin(records.front()); !e) return std::unexpected(e.error());
    for (std::size_t i = 1; i < records.size(); ++i) {
        if (auto e = s->applyRecord(records[i]); !e) {
            return std::unexpected("journal record " + std::to_string(i + 1) + " cannot be replayed: " + e.error().summary());
        }
    }
    return s;
}

Status ExamSession::begin(const Json& start) {
    try {
        m_examFile = start.at("exam");
        Diagnostics d;
        m_exam = readExam(m_examFile, d);
        if (d.hasErrors()) return std::unexpected(Error("the exam in the journal is invalid: " + Error{d.items()}.summary()));
        m_examSha = start.value("exam_sha256", "");
        m_attemptId = start.at("attempt_id").get<std::string>();
        const Json& c = start.at("candidate");
        m_candidate = {c.at("name").get<std::string>(), c.at("id").get<std::string>(), c.value("email", "")};
        m_startedUnix = start.at("started_unix").get<double>();
        m_caseIds = start.at("cases").get<std::vector<std::string>>();
        for (const auto& id : m_caseIds) m_caseSha[id] = start.at("case_sha256").value(id, "");
        // Journals from before per-candidate draws and weights hold neither.
        if (start.contains("draw_seed")) {
            const auto seed = parseDrawSeed(start.at("draw_seed").get<std::string>());
            if (!seed) return std::unexpected(Error("the exam journal's draw seed is not 16 hex digits"));
            m_drawSeed = *seed;
        }
        for (const auto& id : m_caseIds) m_caseWeight[id] = start.contains("case_weights") ? start.at("case_weights").value(id, 1.0) : 1.0;
        m_sealedPackSha = start.value("sealed_pack_sha256", "");
    } catch (const std::exception& e) {
        return std::unexpected(Error(std::string("the exam journal's start record is incomplete: ") + e.what()));
    }
    // A sealed sitting resumes only from its own pack, opened again with the proctor's passphrase.
    if (m_sealedPackSha != m_library.sealedPackSha256) {
        return std::unexpected(Error(m_sealedPackSha.empty() ? "this sitting was not started from a sealed exam pack: resume it without one"
                                                             : "this sitting was started from a sealed exam pack (SHA-256 " + m_sealedPackSha +
                                                                   "): resume it with that pack and the proctor's passphrase"));
    }
    for (const auto& id : m_caseIds) {
        const auto it = std::find_if(m_library.entries.begin(), m_library.entries.end(),
                                     [&](const CaseEntry& e) { return e.playable && e.playable->id == id; });
        if (it == m_library.entries.end()) return std::unexpected(Error("case \"" + id + "\" of this exam is no longer in the library"));
        if (!it->sha256.empty()) {
            // From a sealed pack, in memory: validated when the pack was opened, and
            // fingerprinted from the same bytes.
            if (!m_caseSha[id].empty() && it->sha256 != m_caseSha[id]) {
                return std::unexpected(Error("case \"" + id + "\" in this pack differs from the one the sitting started with"));
            }
            CaseEntry entry = *it;
            entry.playable->allowHints = false; // no hints in exams
            if (m_exam.variants) {
                // The pack holds the whole case file (sealed), so the variant is made
                // from the same bytes a case-file sitting and `cohort` make it from.
                if (!it->source) return std::unexpected(Error("case \"" + id + "\" in this pack was opened without its file, so no variant can be made of it"));
                auto variant = examVariantCase(*it->source, id, m_drawSeed, m_data);
                if (!variant) return std::unexpected(variant.error());
                entry.playable = std::move(*variant);
            }
            m_examLibrary.entries.push_back(std::move(entry));
            continue;
        }
        // The sitting grades exactly the bytes whose SHA-256 it checks: the case is
        // read, fingerprinted and parsed here, whatever the library loaded before.
        auto text = readRegularFile(it->file, kMaxJsonFileBytes);
        if (!text) return std::unexpected(Error("case \"" + id + "\" of this exam cannot be read (" + it->file + "): it " + text.error().summary()));
        // Grading a sitting against a case file that changed since its start would
        // mark the candidate against a key they never saw.
        const std::string nowSha = sha256Hex(*text);
        if (!m_caseSha[id].empty() && nowSha != m_caseSha[id]) {
            return std::unexpected(Error("case \"" + id + "\" (" + it->file +
                   ") has changed since this sitting started: restore the file as it was to resume (SHA-256 at start " +
                   m_caseSha[id] + ")"));
        }
        auto doc = JsonDocument::fromText(std::move(*text), it->file);
        if (!doc) return std::unexpected(doc.error());
        FileReport report = validateDocument(*doc, m_data);
        if (report.kind != "case" || report.diagnostics.hasErrors()) {
            const std::string why = report.diagnostics.hasErrors() ? Error{report.diagnostics.items()}.summary() : "it is not a case file";
            return std::unexpected(Error("case \"" + id + "\" of this exam has errors, so the sitting cannot use it: " + why +
                                         " (check it with `mntrainer validate`)"));
        }
        Diagnostics alreadyValidated;
        CaseEntry entry;
        entry.file = it->file;
        entry.id = id;
        entry.playable = readCase(doc->root(), alreadyValidated);
        entry.title = entry.playable->title;
        if (entry.playable->id != id) return std::unexpected(Error("the file " + it->file + " now holds case \"" + entry.playable->id + "\", not \"" + id + "\""));
        entry.playable->allowHints = false; // no hints in exams
        if (m_exam.variants) {
            auto variant = examVariantCase(doc->root(), id, m_drawSeed, m_data);
            if (!variant) return std::unexpected(variant.error());
            entry.playable = std::move(*variant);
        }
        m_examLibrary.entries.push_back(std::move(entry));
    }
    for (const auto& id : m_caseIds) {
        auto session = std::make_unique<PracticeSession>(m_data, m_examLibrary);
        if (auto ok = session->apply(cmd::OpenCase{id}); !ok) return ok;
        m_sessions.push_back(std::move(session));
    }
    m_review.assign(m_caseIds.size(), false);
    return {};
}

// Every record is type-checked here: a CRC-valid record of the wrong shape is
// reported with its field, never thrown on and never converted out of range.
Status ExamSession::applyRecord(const Json& record) {
    if (!record.is_object()) return std::unexpected(Error("the record is not a JSON object"));
    const auto typeIt = record.find("t");
    if (typeIt == record.end() || !typeIt->is_string()) return std::unexpected(Error("the record has no text field \"t\""));
    const std::string type = typeIt->get<std::string>();
    if (type == "submit") {
        const auto unixIt = record.find("unix");
        const auto autoIt = record.find("auto");
        if (unixIt == record.end() || !unixIt->is_number() || !std::isfinite(unixIt->get<double>())) return std::unexpected(Error("\"unix\" must be a number"));
        if (autoIt != record.end() && !autoIt->is_boolean()) return std::unexpected(Error("\"auto\" must be true or false"));
        finish(unixIt->get<double>(), autoIt != record.end() && autoIt->get<bool>());
        return {};
    }
    const auto caseIt = record.find("case");
    if (caseIt == record.end() || !caseIt->is_number_integer()) return std::unexpected(Error("\"case\" must be a whole number"));
    const auto index64 = caseIt->get<std::int64_t>();
    if (index64 < 0 || index64 >= caseCount()) return std::unexpected(Error("case number out of range"));
    const int index = static_cast<int>(index64);
    if (type == "answer" || type == "cmd") {
        std::expected<Command, core::Error> command = std::unexpected(Error());
        if (type == "answer") {
            const auto it = record.find("a");
            if (it == record.end()) return std::unexpected(Error("the answer record has no \"a\""));
            command = decodeAnswer(*it);
        } else {
            const auto it = record.find("line");
            if (it == record.end() || !it->is_string()) return std::unexpected(Error("the version-1 answer record has no text \"line\""));
            command = decodeLegacyAnswerLine(it->get<std::string>());
        }
        if (!command) return std::unexpected(command.error());
        auto ok = m_sessions[static_cast<std::size_t>(index)]->apply(*command);
        return ok;
    }
    if (type == "goto") {
        m_current = index;
        return {};
    }
    if (type == "follow_up") {
        if (!m_exam.followUp) return std::unexpected(Error("a follow-up record in an exam without follow-up visits"));
        if (followUpOpen(index)) return std::unexpected(Error("the follow-up of this case is already open"));
        return closeForFollowUp(*m_sessions[static_cast<std::size_t>(index)], index);
    }
    if (type == "review") {
        const auto on = record.find("on");
        if (on == record.end() || !on->is_boolean()) return std::unexpected(Error("\"on\" must be true or false"));
        m_review[static_cast<std::size_t>(index)] = on->get<bool>();
        return {};
    }
    return std::unexpected(Error("unknown record type \"" + type + "\""));
}

Status ExamSession::apply(const Command& command) { return applyToCase(m_current, command); }

Status ExamSession::goToCase(int index) {
    if (index < 0 || index >= caseCount()) return std::unexpected(Error("there is no case " + std::to_string(index + 1) + " in this exam"));
    if (auto e = m_journal.append({{"t", "goto"}, {"case", index}}); !e) return e;
    m_current = index;
    return {};
}

Status ExamSession::setReview(int index, bool on) {
    if (index < 0 || index >= caseCount()) return std::unexpected(Error("there is no case " + std::to_string(index + 1) + " in this exam"));
    if (auto e = m_journal.append({{"t", "review"}, {"case", index}, {"on", on}}); !e) return e;
    m_review[static_cast<std::size_t>(index)] = on;
    return {};
}

Status ExamSession::submit(double nowUnix, bool automatic) {
    if (m_result) return std::unexpected(Error("the exam is already handed in"));
    if (auto e = m_journal.append({{"t", "submit"}, {"unix", nowUnix}, {"auto", automatic}}); !e) return e;
    finish(nowUnix, automatic);
    return {};
}

void ExamSession::finish(double nowUnix, bool automatic) {
    ExamResult r;
    r.attemptId = m_attemptId;
    r.examFile = m_examFile;
    r.examSha256 = m_examSha;
    r.exam = m_exam;
    r.candidate = m_candidate;
    r.startedAt = isoUtc(m_startedUnix);
    // An automatic hand-in happens at the limit, even if noticed later (e.g. after a crash).
    const double limitEnd = m_startedUnix + m_exam.timeLimitMinutes * 60.0;
    const double end = automatic ? std::min(nowUnix, limitEnd) : nowUnix;
    r.submittedAt = isoUtc(end);
    r.durationSeconds = std::max(0.0, end - m_startedUnix);
    r.autoSubmitted = automatic;
    r.drawSeed = m_drawSeed;
    const Protocol* protocol = m_data.protocol(m_exam.protocol);
    for (std::size_t i = 0; i < m_sessions.size(); ++i) {
        const PracticeSession& s = *m_sessions[i];
        ExamCaseResult c;
        c.caseId = m_caseIds[i];
        c.caseTitle = s.currentCase()->title;
        c.caseSha256 = m_caseSha[c.caseId];
        c.weight = m_caseWeight[c.caseId];
        c.attempt = s.attempt();
        c.attempt.decisionGiven = s.decisionMade();
        if (s.decisionMade() && !isTreatingDecision(c.attempt.decision)) {
            // Defer or refer means no plan: anything planned before is not graded.
            c.attempt.dropPlan();
        }
        if (protocol) c.report = grade(*s.currentCase(), c.attempt, *protocol, m_data);
        r.cases.push_back(std::move(c));
    }
    m_result = std::move(r);
}

double ExamSession::secondsLeft(double nowUnix) const {
    return m_exam.timeLimitMinutes * 60.0 - (nowUnix - m_startedUnix);
}

std::vector<std::string> ExamSession::unansweredItems() const {
    std::vector<std::string> out;
    for (int i = 0; i < caseCount(); ++i) {
        for (const auto& item : caseSession(i).unansweredItems()) out.push_back("Case " + std::to_string(i + 1) + ": " + item);
    }
    return out;
}

} // namespace core
