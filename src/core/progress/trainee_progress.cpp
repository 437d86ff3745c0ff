// One trainee's progress: the store opened (and rebuilt from the JSON
// history), each graded attempt recorded with its outcome rows, and the
// summary and practise-next picks read back; the profile's progress settings.
#include "progress/trainee_progress.hpp"

#include "grading/report.hpp"
#include "grading/report_json.hpp"
#include "model/attempt.hpp"
#include "model/protocol.hpp"

namespace core {

ProgressSettings progressSettingsOf(const Protocol& protocol) {
    ProgressSettings settings;
    settings.passMark = protocol.passMark;
    settings.cusum.acceptableFailureRate = protocol.progress.acceptableFailureRate;
    settings.cusum.unacceptableFailureRate = protocol.progress.unacceptableFailureRate;
    settings.fsrs = fsrsDefaultParams();
    settings.fsrs.desiredRetention = protocol.progress.desiredRetention;
    // Nothing falls due after the course has ended: the longest interval is the course.
    settings.fsrs.maximumIntervalDays = static_cast<double>(protocol.progress.courseLengthDays);
    return settings;
}

namespace trainee_progress_detail {

// Skill -> the key its saved state must carry to be used under these settings.
std::map<std::string, std::string> skillStateKeys(const SkillMap& skills, const FsrsParams& fsrs) {
    std::map<std::string, std::string> keys;
    for (const auto& skill : skills.skills()) keys.emplace(skill.id, skillStateKey(skill.bkt, fsrs));
    return keys;
}

} // namespace trainee_progress_detail

Result<ProgressSummary> summariseStore(const ProgressStore& store, const SkillMap& skills, const ProgressSettings& settings, double nowUnix,
                                       CurveDetail detail) {
    // The store's digest, kept with every record: no outcome row or JSON is read, and of the attempts
    // only the curve's blocks and (for the screen) the latest points (summariseProgress over every row
    // gives the same summary; progress_digest_test checks both agree). Read only: a saved state under
    // other settings, or behind newer events, only costs this summary a longer replay.
    const auto keys = trainee_progress_detail::skillStateKeys(skills, settings.fsrs);
    auto digest = store.digest(&keys, detail == CurveDetail::Latest ? kExactCurvePoints : 0);
    if (!digest) return std::unexpected(digest.error());
    auto streak = store.streakDays(nowUnix);
    if (!streak) return std::unexpected(streak.error());
    digest->streakDays = *streak;
    return summariseDigest(std::move(*digest), skills, settings, nowUnix, detail);
}

Status refreshSkillStates(ProgressStore& store, const SkillMap& skills, const ProgressSettings& settings) {
    const auto keys = trainee_progress_detail::skillStateKeys(skills, settings.fsrs);
    auto digest = store.skillDigest(keys);
    if (!digest) return std::unexpected(digest.error());
    // The memory a skill's events leave does not depend on the clock: `now` only decides retrievability and due.
    const std::vector<GroupProgress> groups = skillProgress(*digest, skills, settings, 0.0);
    // States that moved on (new events, or replayed in full) are saved, so the next summary starts from them.
    std::map<std::string, CachedSkillState> moved;
    for (const auto& group : groups) {
        for (const auto& s : group.skills) {
            if (!digest->skillEvents.count(s.id)) continue;
            const auto last = digest->lastEvents.find(s.id);
            if (last == digest->lastEvents.end()) continue;
            moved.emplace(s.id, CachedSkillState{keys.at(s.id), last->second.first, last->second.second, s.memory});
        }
    }
    return store.saveSkillStates(digest->digestedAttempts, moved);
}

TraineeProgress::TraineeProgress(ProgressStore store, SkillMap skills, StoreOpenNotes notes, ImportReport imported)
    : m_store(std::move(store)), m_skills(std::move(skills)), m_notes(std::move(notes)), m_import(std::move(imported)) {}

Result<TraineeProgress> TraineeProgress::open(const TraineeRegistry& registry, const Trainee& trainee, SkillMap skills,
                                              const ProgressStore::Progress& progress) {
    StoreOpenNotes notes;
    auto store = ProgressStore::open(registry.storePath(trainee), &notes);
    if (!store) return std::unexpected(store.error().context("trainee \"" + trainee.name + "\""));
    // The JSON history stays the record of truth: whatever the store lacks (a new
    // store, one rebuilt after damage, attempts saved while it could not be written) comes back from it.
    const auto mapper = [&skills](const Attempt& attempt, const Report& report, double finishedUnix) {
        return skills.outcomesOf(attempt, report, finishedUnix);
    };
    auto imported = store->importJsonHistories(registry.historyDirs(trainee), mapper, progress);
    if (!imported) return std::unexpected(imported.error().context("importing the attempt history of \"" + trainee.name + "\""));
    return TraineeProgress(std::move(*store), std::move(skills), std::move(notes), std::move(*imported));
}

namespace trainee_progress_detail {

StoredAttempt storedAttemptOf(const Attempt& attempt, const Report& report, double finishedUnix) {
    StoredAttempt stored;
    stored.caseId = report.caseId.empty() ? attempt.caseId : report.caseId;
    stored.finishedUnix = finishedUnix;
    // The attempt's own clock: the time spent on it, when the session kept it.
    stored.startedUnix = attempt.timeSpentS ? finishedUnix - *attempt.timeSpentS : finishedUnix;
    stored.total = report.total;
    stored.passed = report.passed;
    stored.critical = !report.critical.empty();
    stored.attemptJson = attemptToJson(attempt).dump();
    stored.reportJson = reportToJson(report).dump();
    return stored;
}

} // namespace trainee_progress_detail

Result<std::int64_t> TraineeProgress::record(const Attempt& attempt, const Report& report, double finishedUnix,
                                             const std::filesystem::path& savedJsonFile) {
    StoredAttempt stored = trainee_progress_detail::storedAttemptOf(attempt, report, finishedUnix);
    stored.sourceFile = savedJsonFile.filename().string();
    auto id = m_store.record(stored, m_skills.outcomesOf(attempt, report, finishedUnix));
    if (id) keepSkillStatesCurrent();
    return id;
}

Result<std::vector<std::int64_t>> TraineeProgress::recordBatch(const std::vector<GradedAttempt>& attempts) {
    std::vector<std::pair<StoredAttempt, std::vector<OutcomeRow>>> batch;
    batch.reserve(attempts.size());
    for (const auto& a : attempts) {
        batch.emplace_back(trainee_progress_detail::storedAttemptOf(*a.attempt, *a.report, a.finishedUnix),
                           m_skills.outcomesOf(*a.attempt, *a.report, a.finishedUnix));
    }
    auto ids = m_store.recordBatch(batch);
    if (ids) keepSkillStatesCurrent();
    return ids;
}

Status TraineeProgress::refreshSkillStates(const ProgressSettings& settings) {
    m_refreshSettings = settings;
    return core::refreshSkillStates(m_store, m_skills, settings);
}

void TraineeProgress::keepSkillStatesCurrent() {
    // The attempt is recorded whatever happens here: a state not saved (a read-only
    // store, a full disk) costs the next summary a longer replay, never its result.
    if (m_refreshSettings) (void)core::refreshSkillStates(m_store, m_skills, *m_refreshSettings);
}

Result<ProgressSummary> TraineeProgress::summary(const ProgressSettings& settings, double nowUnix, CurveDetail detail) const {
    return summariseStore(m_store, m_skills, settings, nowUnix, detail);
}

Result<std::vector<NextPick>> TraineeProgress::next(const std::vector<CaseSkills>& cases, std::size_t sessionSize, const ProgressSettings& settings,
                                                    double nowUnix) const {
    // Only what the picks depend on: the skills (saved states and the events after them)
    // and each case's last practice, one index probe per case; never the curve of every attempt.
    auto digest = m_store.skillDigest(trainee_progress_detail::skillStateKeys(m_skills, settings.fsrs));
    if (!digest) return std::unexpected(digest.error());
    std::vector<std::string> caseIds;
    caseIds.reserve(cases.size());
    for (const auto& c : cases) caseIds.push_back(c.caseId);
    auto last = m_store.lastPractised(caseIds);
    if (!last) return std::unexpected(last.error());
    return practiseNext(skillProgress(*digest, m_skills, settings, nowUnix), *last, cases, sessionSize, nowUnix);
}

} // namespace core
