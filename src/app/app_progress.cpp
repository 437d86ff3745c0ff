// The app's side of progress: who is practising, their store opened on a
// worker thread, each graded practice attempt recorded, the summary and the
// practise-next picks refreshed for the panels, and the Variant button's seed.
// Core decides; this wires.
#include "app/app.hpp"

#include "base/clocks.hpp"
#include "variants/case_variant.hpp"
#include "json/json_document.hpp"
#include "practice/previous_attempt.hpp"

#include <algorithm>
#include <cmath>

namespace app {
void App::saveFinishedAttempt() {
    // "Since last time" compares with the attempt finished before this one is saved.
    const auto previous = core::latestFinishedFor(m_store.historyDir(), m_session->report()->caseId);
    m_previousReport = previous ? std::optional<core::Report>(previous->report) : std::nullopt;
    m_ui.debrief = {};
    // One time for both records, in whole seconds as the JSON keeps it, so the
    // store knows the history file as this attempt's and never imports it twice.
    const double finished = std::floor(progressNow());
    if (auto saved = m_store.saveFinished(m_session->attempt(), *m_session->report(), core::isoUtc(finished)); !saved) {
        m_ui.warnings.push_back("Your finished attempt could not be saved: " + saved.error().summary());
    }
    m_store.clearAutosave();
    refreshBestScores();
    recordProgress(finished); // practice only: exam attempts never reach afterChange
}

void App::refreshBestScores() {
    auto list = m_store.bestScores();
    m_bestScores = std::move(list.byCase);
    // Each damaged history file is named once, not after every save.
    for (auto& problem : list.skipped) {
        if (m_reportedHistoryProblems.insert(problem).second) m_ui.warnings.push_back(std::move(problem));
    }
}

double App::progressNow() const { return m_clock > 0.0 ? m_clock : core::nowUnix(); }

core::ProgressSettings App::progressSettings() const {
    // The profile the library's cases use by default decides the pass mark and
    // the progress settings (desired retention, course length, CUSUM rates).
    if (m_data) {
        if (const core::Protocol* p = m_data->protocol("clinic-standard")) return core::progressSettingsOf(*p);
        if (!m_data->protocols.empty()) return core::progressSettingsOf(m_data->protocols.begin()->second);
    }
    return {};
}

void App::initProgress() {
    m_registry = std::make_unique<core::TraineeRegistry>(m_paths.userData);
    if (m_data) {
        auto catalogue = core::JsonDocument::fromFile(m_paths.dataRoot / "assets" / "catalogue.json");
        auto skills = catalogue ? core::SkillMap::fromCatalogue(*catalogue) : std::unexpected(catalogue.error());
        if (skills) {
            m_skills = std::move(*skills);
        } else {
            m_ui.warnings.push_back("Progress is off: the catalogue's skills could not be read: " + skills.error().summary());
        }
    }
    if (m_skills) {
        // The skill map needs each case's facts (the band of each zone's work)
        // to name depth skills by zone and indication: register the library first.
        for (const auto& e : m_library.entries) {
            if (e.playable) m_skills->addCase(*e.playable);
        }
        for (const auto& e : m_library.entries) {
            if (e.playable) m_caseSkills.push_back({e.playable->id, e.title, m_skills->skillsOfCase(*e.playable)});
        }
    }
    listTrainees();
}

void App::listTrainees() {
    m_pickerView.trainees.clear();
    m_pickerView.problem.clear();
    if (auto list = m_registry->list()) {
        m_pickerView.trainees = std::move(*list);
    } else {
        m_pickerView.problem = "The list of trainees could not be read: " + list.error().summary();
    }
    if (auto last = m_registry->lastUsed()) m_pickerView.lastUsed = *last;
}

core::Status App::pickTrainee(const std::string& id) {
    if (!m_registry || !m_skills) return std::unexpected(core::Error("progress is not available: the trainer's data did not load"));
    if (m_opening) return std::unexpected(core::Error("a trainee's progress is already opening"));
    auto list = m_registry->list();
    if (!list) return std::unexpected(list.error());
    const auto it = std::find_if(list->begin(), list->end(), [&](const core::Trainee& t) { return t.id == id; });
    if (it == list->end()) return std::unexpected(core::Error("there is no trainee \"" + id + "\" on this computer; add them first"));
    auto opening = std::make_unique<Opening>();
    opening->trainee = *it;
    Opening* raw = opening.get();
    const core::TraineeRegistry* registry = m_registry.get();
    opening->result = std::async(std::launch::async, [raw, registry, skills = *m_skills]() mutable {
        return core::TraineeProgress::open(*registry, raw->trainee, std::move(skills), [raw](std::size_t done, std::size_t total) {
            raw->done = done;
            raw->total = total;
        });
    });
    m_pickerView.loading = true;
    m_pickerView.loadingName = it->name;
    m_opening = std::move(opening);
    return {};
}

core::Status App::addTrainee(const std::string& name) {
    if (!m_registry) return std::unexpected(core::Error("progress is not available: the trainer's data did not load"));
    auto added = m_registry->add(name);
    if (!added) return std::unexpected(added.error());
    listTrainees();
    return pickTrainee(added->id);
}

core::Status App::useTrainee(const std::string& name, bool mayAdd) {
    if (!m_registry) return std::unexpected(core::Error("progress is not available: the trainer's data did not load"));
    auto list = m_registry->list();
    if (!list) return std::unexpected(list.error());
    for (const auto& t : *list) {
        if (t.name == name || t.id == name) return pickTrainee(t.id);
    }
    if (!mayAdd) return std::unexpected(core::Error("there is no trainee \"" + name + "\" on this computer (see `mntrainer trainee list`)"));
    return addTrainee(name);
}

void App::pollTraineeOpening() {
    if (!m_opening) return;
    m_pickerView.importDone = m_opening->done;
    m_pickerView.importTotal = m_opening->total;
    if (m_opening->result.wait_for(std::chrono::seconds(0)) != std::future_status::ready) return;
    auto opened = m_opening->result.get();
    const core::Trainee trainee = m_opening->trainee;
    m_opening.reset();
    m_pickerView.loading = false;
    if (!opened) {
        m_ui.errorMessage = "The progress of " + trainee.name + " could not be opened: " + opened.error().summary();
        return;
    }
    m_trainee = trainee;
    traineeOpened(std::move(*opened));
}

void App::traineeOpened(core::TraineeProgress progress) {
    m_progress = std::move(progress);
    if (auto set = m_registry->setLastUsed(m_trainee->id); !set) {
        m_ui.warnings.push_back("The last trainee could not be remembered: " + set.error().summary());
    }
    m_pickerView.lastUsed = m_trainee->id;
    // Each trainee has their own attempt history and autosave.
    m_store = core::AttemptStore(m_registry->storePath(*m_trainee).parent_path());
    refreshBestScores();
    m_sessionCases.clear();
    m_progressView = {};
    m_progressView.traineeName = m_trainee->name;
    if (!m_progress->openNotes().message.empty()) m_progressView.notes.push_back(m_progress->openNotes().message);
    if (const std::size_t n = m_progress->importedAtOpen(); n > 0) {
        m_progressView.notes.push_back("Imported " + std::to_string(n) + " earlier attempt" + (n == 1 ? "" : "s") +
                                       " from your history into your progress (the history files are kept as they were).");
    }
    // The skill states saved under this profile's settings, so every summary after starts from them.
    if (auto refreshed = m_progress->refreshSkillStates(progressSettings()); !refreshed) {
        m_ui.warnings.push_back("Your progress will open more slowly: its skill states could not be saved: " + refreshed.error().summary());
    }
    refreshProgress();
    offerAutosave();
}

void App::refreshProgress() {
    if (!m_progress) return;
    const double now = progressNow();
    const auto settings = progressSettings();
    if (auto summary = m_progress->summary(settings, now)) {
        m_summary = std::move(*summary);
    } else {
        m_ui.warnings.push_back("Your progress could not be read: " + summary.error().summary());
    }
    const std::size_t wanted = std::max<std::size_t>(5, m_sessionCases.size());
    if (auto picks = m_progress->next(m_caseSkills, wanted, settings, now)) {
        m_progressView.picks = std::move(*picks);
    } else {
        m_ui.warnings.push_back("Practise-next could not pick a case: " + picks.error().summary());
    }
    fillProgressViews();
}

void App::fillProgressViews() {
    m_progressView.summary = m_progress ? &m_summary : nullptr;
    m_progressView.nowUnix = progressNow();
    m_progressView.pickTitles.clear();
    for (const auto& c : m_caseSkills) m_progressView.pickTitles.emplace_back(c.caseId, c.title);
    m_progressView.sessionSize = static_cast<int>(m_sessionCases.size());
    // While a session runs, "Practise next" offers the session's next case.
    if (!m_sessionCases.empty() && m_progressView.sessionDone < m_progressView.sessionSize) {
        const std::string& next = m_sessionCases[static_cast<std::size_t>(m_progressView.sessionDone)];
        const auto pick = std::find_if(m_progressView.picks.begin(), m_progressView.picks.end(), [&](const auto& p) { return p.caseId == next; });
        core::NextPick shown = pick != m_progressView.picks.end() ? *pick : core::NextPick{next, "next in today's session", 0.0};
        std::erase_if(m_progressView.picks, [&](const auto& p) { return p.caseId == next; });
        m_progressView.picks.insert(m_progressView.picks.begin(), shown);
    }
}

void App::recordProgress(double finishedUnix) {
    if (!m_progress || !m_session->report()) return;
    const core::Attempt& attempt = m_session->attempt();
    if (auto recorded = m_progress->record(attempt, *m_session->report(), finishedUnix); !recorded) {
        m_ui.warnings.push_back("This attempt could not be added to your progress: " + recorded.error().summary() +
                                ". It is in your history and is imported at the next start.");
    }
    if (!m_sessionCases.empty() && m_progressView.sessionDone < static_cast<int>(m_sessionCases.size()) &&
        m_sessionCases[static_cast<std::size_t>(m_progressView.sessionDone)] == attempt.caseId) {
        ++m_progressView.sessionDone;
        if (m_progressView.sessionDone >= static_cast<int>(m_sessionCases.size())) {
            m_progressView.notes.push_back("Today's session of " + std::to_string(m_sessionCases.size()) + " cases is done.");
            m_sessionCases.clear();
            m_progressView.sessionDone = 0;
        }
    }
    refreshProgress();
}

core::Status App::applyProgressAction(const ui::AppAction& action, bool& handled) {
    namespace act = ui::act;
    handled = true;
    if (const auto* pick = std::get_if<act::PickTrainee>(&action)) return pickTrainee(pick->id);
    if (const auto* add = std::get_if<act::AddTrainee>(&action)) return addTrainee(add->name);
    if (std::holds_alternative<act::SwitchTrainee>(action)) {
        if (m_session->stage() != core::Stage::Library) return std::unexpected(core::Error("finish or leave the case first"));
        m_progress.reset();
        m_trainee.reset();
        m_progressView = {};
        m_ui.progress.open = false;
        m_askTrainee = true;
        listTrainees();
        return {};
    }
    if (std::holds_alternative<act::OpenProgress>(action)) {
        if (!m_progress) return std::unexpected(core::Error("pick a trainee first: progress is kept per trainee"));
        refreshProgress();
        m_ui.progress.open = true;
        return {};
    }
    if (std::holds_alternative<act::CloseProgress>(action)) {
        m_ui.progress.open = false;
        return {};
    }
    if (std::holds_alternative<act::DismissProgressNotes>(action)) {
        m_progressView.notes.clear();
        return {};
    }
    if (const auto* show = std::get_if<act::ShowSkillCases>(&action)) {
        m_progressView.skillShown = show->skill;
        m_progressView.skillCases.clear();
        const core::Skill* skill = m_skills ? m_skills->skill(show->skill) : nullptr;
        if (!show->skill.empty() && !skill) return std::unexpected(core::Error("there is no skill \"" + show->skill + "\" in the catalogue"));
        m_progressView.skillShownLabel = skill ? skill->label : "";
        for (const auto& c : m_caseSkills) {
            if (std::find(c.skills.begin(), c.skills.end(), show->skill) != c.skills.end()) m_progressView.skillCases.emplace_back(c.caseId, c.title);
        }
        return {};
    }
    if (std::holds_alternative<act::PractiseNext>(action)) {
        if (!m_progress) return std::unexpected(core::Error("pick a trainee first: practise-next works from their progress"));
        if (m_progressView.picks.empty()) return std::unexpected(core::Error("there is no case to practise: the library has no case that trains a known skill"));
        const std::string caseId = m_progressView.picks.front().caseId;
        m_ui.progress.open = false;
        return apply(core::cmd::OpenCase{caseId});
    }
    if (const auto* variant = std::get_if<act::PractiseVariant>(&action)) {
        // A seed from the clock, stepped on each click so two in one second differ;
        // the title shows it, and `generate --seed` makes the same case again.
        const std::uint64_t seed = variant->seed.value_or(static_cast<std::uint64_t>(progressNow()) + m_variantClicks++);
        m_ui.progress.open = false;
        return apply(core::cmd::OpenCase{core::variantCaseId(variant->caseId, seed)});
    }
    if (const auto* start = std::get_if<act::StartSession>(&action)) {
        if (!m_progress) return std::unexpected(core::Error("pick a trainee first: a session is picked from their progress"));
        if (start->size < 1 || start->size > 20) return std::unexpected(core::Error("a daily session has 1 to 20 cases"));
        auto picks = m_progress->next(m_caseSkills, static_cast<std::size_t>(start->size), progressSettings(), progressNow());
        if (!picks) return std::unexpected(picks.error());
        if (picks->empty()) return std::unexpected(core::Error("there is no case to practise in the library"));
        m_sessionCases.clear();
        for (const auto& p : *picks) m_sessionCases.push_back(p.caseId);
        m_progressView.sessionDone = 0;
        m_progressView.picks = std::move(*picks);
        fillProgressViews();
        m_ui.progress.open = false;
        return apply(core::cmd::OpenCase{m_sessionCases.front()});
    }
    handled = false;
    return {};
}

} // namespace app
