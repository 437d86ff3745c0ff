// JSON files for the autosave and the attempt history, written atomically.
#include "practice/attempt_store.hpp"

#include "base/clocks.hpp"
#include "platform/atomic_file.hpp"
#include "json/json_document.hpp"
#include "grading/report_json.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace core {

AttemptStore::AttemptStore(std::filesystem::path dataDir) : m_dir(std::move(dataDir)) {}

std::filesystem::path AttemptStore::autosavePath() const { return m_dir / "autosave.json"; }
std::filesystem::path AttemptStore::historyDir() const { return m_dir / "attempts"; }

Status AttemptStore::saveAutosave(const AutosaveRecord& record) const {
    Json j;
    j["kind"] = "autosave";
    j["schema_version"] = 1;
    j["stage"] = toString(record.stage);
    j["decision_made"] = record.decisionMade;
    j["attempt"] = attemptToJson(record.attempt);
    return writeFileAtomically(autosavePath(), j.dump(2) + "\n");
}

Result<std::optional<AutosaveRecord>> AttemptStore::loadAutosave() const {
    std::error_code ec;
    if (!std::filesystem::exists(autosavePath(), ec)) return std::nullopt;
    auto doc = JsonDocument::fromFile(autosavePath());
    if (!doc) {
        return std::unexpected(doc.error());
    }
    const Json& root = doc->root();
    if (!root.is_object() || root.value("kind", "") != "autosave" || !root.contains("attempt")) {
        return std::unexpected(Error(autosavePath().string() + ": not an autosave file"));
    }
    Diagnostics d;
    AutosaveRecord record;
    record.attempt = readAttempt(root["attempt"], d);
    if (d.hasErrors()) {
        return std::unexpected(Error(autosavePath().string() + ": " + Error{d.items()}.summary()));
    }
    record.decisionMade = root.value("decision_made", false);
    const std::string stage = root.value("stage", "consultation");
    for (const auto& [name, value] : stageChoices()) {
        if (name == stage) record.stage = value;
    }
    return record;
}

void AttemptStore::clearAutosave() const {
    std::error_code ec;
    std::filesystem::remove(autosavePath(), ec);
}

std::expected<std::filesystem::path, core::Error> AttemptStore::saveFinished(const Attempt& attempt, const Report& report,
                                                                             const std::string& finishedAtIso) const {
    Json j;
    j["kind"] = "attempt_record";
    j["schema_version"] = 1;
    j["finished_at"] = finishedAtIso;
    j["attempt"] = attemptToJson(attempt);
    j["report"] = reportToJson(report);
    std::string stamp = finishedAtIso;
    std::replace(stamp.begin(), stamp.end(), ':', '-');
    // Two attempts finished within the same second must not overwrite each other.
    auto file = historyDir() / (attempt.caseId + "--" + stamp + ".json");
    for (int n = 2; std::filesystem::exists(file); ++n) {
        file = historyDir() / (attempt.caseId + "--" + stamp + "-" + std::to_string(n) + ".json");
    }
    if (auto problem = writeFileAtomically(file, j.dump(2) + "\n"); !problem) {
        return std::unexpected(problem.error());
    }
    return file;
}

bool AttemptStore::BestScore::betterThan(const BestScore& other) const {
    if (passed != other.passed) return passed;
    if (score != other.score) return score > other.score;
    return other.criticalFail && !criticalFail;
}

std::string AttemptStore::BestScore::label() const {
    char text[32];
    // A failed score is rounded down: a failed 69.5 must never read "70", the
    // pass mark it did not reach. A pass is rounded to the nearest.
    if (passed) std::snprintf(text, sizeof text, "%.0f", score);
    else std::snprintf(text, sizeof text, "%.0f FAIL", std::floor(score));
    return text;
}

std::string AttemptStore::BestScore::failReason() const {
    if (passed) return {};
    if (criticalFail) return "Critical fail: that attempt broke a safety rule.";
    return "Below the pass mark: no attempt at this case has passed yet.";
}

namespace attempt_store_detail {

// One history file's case and score, each member type-checked: a hand-edited
// or damaged record is refused with its pointer, never thrown on.
Result<std::pair<std::string, AttemptStore::BestScore>> bestScoreOf(const Json& root) {
    const auto damaged = [](const std::string& pointer, const std::string& what) { return std::unexpected(Error(pointer + ": " + what)); };
    if (!root.is_object()) return damaged("/", "the record is not a JSON object");
    const auto report = root.find("report");
    if (report == root.end() || !report->is_object()) return damaged("/report", "missing or not an object");
    const auto id = report->find("case_id");
    if (id == report->end() || !id->is_string() || id->get_ref<const std::string&>().empty()) {
        return damaged("/report/case_id", "missing or not a case id string");
    }
    const auto score = report->find("score");
    if (score == report->end() || !score->is_number() || !std::isfinite(score->get<double>())) {
        return damaged("/report/score", "missing or not a number");
    }
    const auto critical = report->find("critical");
    if (critical != report->end() && !critical->is_array()) return damaged("/report/critical", "not an array");
    const auto passed = report->find("passed");
    if (passed != report->end() && !passed->is_boolean()) return damaged("/report/passed", "not true or false");
    AttemptStore::BestScore best;
    best.score = score->get<double>();
    best.criticalFail = critical != report->end() && !critical->empty();
    best.passed = passed != report->end() && passed->get<bool>() && !best.criticalFail;
    return std::pair{id->get<std::string>(), best};
}

} // namespace attempt_store_detail

AttemptStore::BestScoreList AttemptStore::bestScores() const {
    BestScoreList list;
    std::error_code ec;
    std::filesystem::directory_iterator it(historyDir(), ec);
    for (; !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
        const std::filesystem::path& file = it->path();
        if (file.extension() != ".json") continue;
        const std::string leftOut = ". This history file is damaged and left out of the best scores: fix it or move it out of " + historyDir().string() + ".";
        auto doc = JsonDocument::fromFile(file);
        if (!doc) { // the reader's error names the file, line and column
            list.skipped.push_back(doc.error().summary() + leftOut);
            continue;
        }
        auto read = attempt_store_detail::bestScoreOf(doc->root());
        if (!read) {
            list.skipped.push_back(file.string() + ": " + read.error().summary() + leftOut);
            continue;
        }
        auto& [id, candidate] = *read;
        const auto found = list.byCase.find(id);
        if (found == list.byCase.end() || candidate.betterThan(found->second)) list.byCase[id] = candidate;
    }
    return list;
}

namespace attempt_store_detail {

void readRecordInto(const Json& root, FinishedRecord& record, Diagnostics& d) {
    if (!root.is_object() || root.value("kind", "") != "attempt_record") {
        d.error("/kind", "not a finished attempt record (kind \"attempt_record\"): only the app's saved attempts belong in this folder");
        return;
    }
    if (!root.contains("attempt")) d.error("", "no \"attempt\" member: the record is damaged");
    else record.attempt = readAttempt(root["attempt"], d, "/attempt");
    if (!root.contains("report")) d.error("", "no \"report\" member: the record is damaged");
    else record.report = readReport(root["report"], d, "/report");
    const auto finished = root.find("finished_at");
    if (finished == root.end() || !finished->is_string()) {
        d.error("/finished_at", "missing: a saved record says when it was finished (\"2026-11-20T10:00:00Z\")");
        return;
    }
    record.finishedAtIso = finished->get<std::string>();
    if (const auto when = unixFromIsoUtc(record.finishedAtIso)) record.finishedUnix = *when;
    else d.error("/finished_at", "\"" + record.finishedAtIso + "\" is not a UTC time like \"2026-11-20T10:00:00Z\"");
}

} // namespace attempt_store_detail

Result<FinishedRecord> readFinishedRecord(const std::filesystem::path& file) {
    // The common case, a sound record, is parsed once without the map of
    // every value's line (an import reads thousands); only a bad record is
    // read again as a JsonDocument, so its errors carry lines.
    if (auto text = readWholeFile(file)) {
        const Json root = Json::parse(*text, nullptr, false);
        if (!root.is_discarded()) {
            Diagnostics d;
            FinishedRecord record;
            attempt_store_detail::readRecordInto(root, record, d);
            if (!d.hasErrors()) return record;
        }
    }
    auto doc = JsonDocument::fromFile(file);
    if (!doc) return std::unexpected(doc.error());
    Diagnostics d;
    FinishedRecord record;
    attempt_store_detail::readRecordInto(doc->root(), record, d);
    doc->locate(d);
    std::vector<Diagnostic> errors;
    for (auto& item : d.items()) {
        if (item.severity == Severity::Error) errors.push_back(std::move(item));
    }
    if (errors.empty()) return record;
    return std::unexpected(Error{std::move(errors)});
}

} // namespace core
