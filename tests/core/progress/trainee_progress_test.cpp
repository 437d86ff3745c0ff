// A trainee's progress end to end at core level: the profile's progress
// settings (each one changes what the trainee sees), recording graded
// attempts in the store, and a scripted month of practice with the clock
// set by the script: the curve rises, mastery follows the outcomes, one
// skill's FSRS due dates match the hand-worked ones, and the practise-next
// pick changes as skills are learned and fall due.
#include "progress/trainee_progress.hpp"

#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"
#include "model/protocol.hpp"

#include "../support/run_process.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <optional>
#include <set>

namespace fs = std::filesystem;

namespace trainee_progress_fixture {

constexpr double kMonthDay = 86400.0;
constexpr double kMonthDay0 = 1699920000.0; // a UTC midnight

core::SkillMap bundledSkills() {
    auto doc = core::JsonDocument::fromFile(fs::path(MN_SOURCE_ROOT) / "assets/catalogue.json");
    REQUIRE(doc.has_value());
    auto map = core::SkillMap::fromCatalogue(*doc);
    REQUIRE(map.has_value());
    for (const auto& entry : fixtures::bundledLibrary().entries) {
        if (entry.playable) map->addCase(*entry.playable);
    }
    return *map;
}

const core::Case& libraryCase(const std::string& id) {
    for (const auto& entry : fixtures::bundledLibrary().entries) {
        if (entry.playable && entry.playable->id == id) return *entry.playable;
    }
    FAIL("no case " << id);
    throw std::logic_error("unreachable");
}

core::Attempt modelAnswer(const std::string& id) {
    auto a = core::loadAttemptFile(fs::path(MN_SOURCE_ROOT) / "cases/answers" / (id + ".answer.json"));
    REQUIRE(a.has_value());
    return *a;
}

core::Report gradeOf(const core::Attempt& attempt) {
    core::ReferenceData data = fixtures::referenceData();
    const core::Case& c = libraryCase(attempt.caseId);
    auto p = core::resolveProtocol("", c, data);
    REQUIRE(p.has_value());
    return core::grade(c, attempt, *p, data);
}

// The trainee's skill on day `day` of the script: careless for ten days (a
// missed flag, every zone 0.75 mm too deep, sessions a week apart), close for
// ten (0.2 mm too deep), then right.
core::Attempt answerOnDay(const std::string& caseId, int day) {
    core::Attempt a = modelAnswer(caseId);
    if (day < 10) {
        if (!a.flags.empty()) a.flags.erase(a.flags.begin());
        for (auto& z : a.zones) {
            if (z.depthMm) *z.depthMm += 0.75;
        }
        if (a.intervalWeeks) a.intervalWeeks = 1;
    } else if (day < 20) {
        for (auto& z : a.zones) {
            if (z.depthMm) *z.depthMm += 0.2;
        }
    }
    return a;
}

const core::SkillProgress* skillIn(const core::ProgressSummary& s, const std::string& id) {
    for (const auto& g : s.groups) {
        for (const auto& k : g.skills) {
            if (k.id == id) return &k;
        }
    }
    return nullptr;
}

double groupMastery(const core::ProgressSummary& s, const std::string& id) {
    for (const auto& g : s.groups) {
        if (g.id == id) return g.mastery;
    }
    return -1.0;
}

// A new trainee's progress in `registry`.
core::TraineeProgress openNewTrainee(const core::TraineeRegistry& registry, const std::string& name, const core::SkillMap& skills) {
    auto trainee = registry.add(name);
    REQUIRE(trainee.has_value());
    auto progress = core::TraineeProgress::open(registry, *trainee, skills);
    REQUIRE(progress.has_value());
    return std::move(*progress);
}

core::ProgressSettings clinicSettings() { return core::progressSettingsOf(*fixtures::referenceData().protocol("clinic-standard")); }

// The bundled library's playable cases with their skills, but `except`.
std::vector<core::CaseSkills> libraryCases(const core::SkillMap& skills, const std::string& except = "") {
    std::vector<core::CaseSkills> library;
    for (const auto& entry : fixtures::bundledLibrary().entries) {
        if (entry.playable && entry.playable->id != except) {
            library.push_back({entry.playable->id, entry.playable->title, skills.skillsOfCase(*entry.playable)});
        }
    }
    return library;
}

} // namespace trainee_progress_fixture

TEST_CASE("progressSettingsOf takes the profile's pass mark, retention, course length and failure rates") {
    core::Protocol p = *fixtures::referenceData().protocol("clinic-standard");
    p.passMark = 65;
    p.progress.desiredRetention = 0.8;
    p.progress.courseLengthDays = 30;
    p.progress.acceptableFailureRate = 0.05;
    p.progress.unacceptableFailureRate = 0.2;
    const auto s = core::progressSettingsOf(p);
    CHECK(s.passMark == 65);
    CHECK(s.fsrs.desiredRetention == 0.8);
    CHECK(s.fsrs.maximumIntervalDays == 30);
    CHECK(s.fsrs.w == core::fsrsDefaultParams().w);
    CHECK(s.cusum.acceptableFailureRate == 0.05);
    CHECK(s.cusum.unacceptableFailureRate == 0.2);
}

TEST_CASE("each progress setting changes what the trainee is shown") {
    using namespace trainee_progress_fixture;
    const core::SkillMap skills = bundledSkills();
    // One skill answered right on each of eight days a week apart: a long interval by the end.
    std::vector<core::StoredAttempt> attempts;
    std::vector<core::OutcomeRow> rows;
    for (int i = 0; i < 8; ++i) {
        core::StoredAttempt a;
        a.id = i + 1;
        a.caseId = "c";
        a.finishedUnix = kMonthDay0 + 7 * i * kMonthDay;
        a.total = i < 4 ? 50 : 80;
        a.passed = i >= 4;
        attempts.push_back(a);
        core::OutcomeRow r;
        r.attemptId = a.id;
        r.skill = "screen.anticoagulants";
        r.section = "screening";
        r.points = r.max = 1;
        r.rating = 3;
        r.atUnix = a.finishedUnix;
        rows.push_back(r);
    }
    const double now = kMonthDay0 + 50 * kMonthDay;
    const core::Protocol base = *fixtures::referenceData().protocol("clinic-standard");
    auto summaryWith = [&](const std::function<void(core::Protocol&)>& change) {
        core::Protocol p = base;
        change(p);
        return core::summariseProgress(attempts, rows, skills, core::progressSettingsOf(p), now);
    };
    const auto standard = summaryWith([](core::Protocol&) {});
    const double due = skillIn(standard, "screen.anticoagulants")->memory.dueUnix;
    // Eight right answers a week apart: the interval reaches the 180-day course, which caps it.
    CHECK(due == kMonthDay0 + (49 + 180) * kMonthDay);
    // A ten-day course: due ten days after the last review (day 49).
    const auto shortCourse = summaryWith([](core::Protocol& p) { p.progress.courseLengthDays = 10; });
    CHECK(skillIn(shortCourse, "screen.anticoagulants")->memory.dueUnix == kMonthDay0 + 59 * kMonthDay);
    // Without the cap, lower retention lets the skill fade further before it is due: due later.
    const auto uncapped = summaryWith([](core::Protocol& p) { p.progress.courseLengthDays = 3650; });
    const auto lower = summaryWith([](core::Protocol& p) {
        p.progress.courseLengthDays = 3650;
        p.progress.desiredRetention = 0.75;
    });
    CHECK(skillIn(uncapped, "screen.anticoagulants")->memory.dueUnix > due);
    CHECK(skillIn(lower, "screen.anticoagulants")->memory.dueUnix > skillIn(uncapped, "screen.anticoagulants")->memory.dueUnix);
    // The failure rates move the CUSUM.
    const auto rates = summaryWith([](core::Protocol& p) {
        p.progress.acceptableFailureRate = 0.2;
        p.progress.unacceptableFailureRate = 0.6;
    });
    CHECK(rates.cusum.values != standard.cusum.values);
    // The pass mark moves the curve's pass line (the learning curve draws it),
    // not the CUSUM: that counts each report's own verdict, so the four
    // attempts at 50 that failed stay failures even over a pass mark of 40.
    const auto passMark = summaryWith([](core::Protocol& p) { p.passMark = 40; });
    CHECK(standard.passMark == 70);
    CHECK(passMark.passMark == 40);
    CHECK(passMark.cusum.values == standard.cusum.values);
}

TEST_CASE("a trainee's graded attempts are recorded, summarised and reopened") {
    using namespace trainee_progress_fixture;
    testing_support::TempDir dir;
    core::TraineeRegistry registry(dir.path());
    auto trainee = registry.add("Ada Lovelace");
    REQUIRE(trainee.has_value());
    const auto settings = core::progressSettingsOf(*fixtures::referenceData().protocol("clinic-standard"));
    {
        auto progress = core::TraineeProgress::open(registry, *trainee, bundledSkills());
        REQUIRE(progress.has_value());
        CHECK(progress->importedAtOpen() == 0);
        const core::Attempt attempt = modelAnswer("a-acne-scars-cheeks");
        const core::Report report = gradeOf(attempt);
        auto id = progress->record(attempt, report, kMonthDay0 + 3600);
        REQUIRE(id.has_value());
        auto outcomes = progress->store().outcomes();
        REQUIRE(outcomes.has_value());
        CHECK(outcomes->size() == report.items.size());
    }
    auto reopened = core::TraineeProgress::open(registry, *trainee, bundledSkills());
    REQUIRE(reopened.has_value());
    auto summary = reopened->summary(settings, kMonthDay0 + 7200);
    REQUIRE(summary.has_value());
    REQUIRE(summary->curve.size() == 1);
    CHECK(summary->curve[0].caseId == "a-acne-scars-cheeks");
    CHECK(summary->curve[0].total == 100);
    CHECK(summary->streakDays == 1);
    const auto* depth = skillIn(*summary, "depth.cheek.scars");
    REQUIRE(depth);
    CHECK(depth->memory.observations == 1);
}

TEST_CASE("a scripted month: the curve rises, mastery follows the outcomes, due dates match the hand-worked ones, and the pick moves on") {
    using namespace trainee_progress_fixture;
    testing_support::TempDir dir;
    const core::TraineeRegistry registry(dir.path());
    const core::SkillMap skills = bundledSkills();
    auto progress = std::optional<core::TraineeProgress>(openNewTrainee(registry, "Month Trainee", skills));
    const auto settings = clinicSettings();

    // The case with keloids is practised on a fixed timetable (days 0, 2, 9 and 25, always
    // right) and kept out of the practise-next list, so its screening skill "keloid history"
    // (no other case's key names keloids) is reviewed on exactly those days.
    const std::string fixedCase = "a-acne-scars-keloid-psoriasis";
    const std::vector<core::CaseSkills> library = libraryCases(skills, fixedCase);
    for (const auto& c : library) {
        INFO(c.caseId);
        CHECK(std::count(c.skills.begin(), c.skills.end(), "screen.keloid_history") == 0);
    }

    std::vector<std::string> picks;
    std::vector<double> totals;
    double depthMasteryDay9 = 0.0;
    std::vector<double> keloidDue; // after each fixed review
    for (int day = 0; day < 30; ++day) {
        const double morning = kMonthDay0 + day * kMonthDay + 9 * 3600;
        auto next = progress->next(library, 1, settings, morning);
        REQUIRE(next.has_value());
        REQUIRE(next->size() == 1);
        picks.push_back(next->front().caseId);
        CHECK_FALSE(next->front().reason.empty());
        const core::Attempt attempt = answerOnDay(next->front().caseId, day);
        const core::Report report = gradeOf(attempt);
        totals.push_back(report.total);
        REQUIRE(progress->record(attempt, report, morning + 900).has_value());
        if (day == 0 || day == 2 || day == 9 || day == 25) {
            const core::Attempt fixed = modelAnswer(fixedCase);
            REQUIRE(progress->record(fixed, gradeOf(fixed), morning + 3600).has_value());
            auto s = progress->summary(settings, morning + 3600);
            REQUIRE(s.has_value());
            keloidDue.push_back(skillIn(*s, "screen.keloid_history")->memory.dueUnix);
        }
        if (day == 9) {
            auto s = progress->summary(settings, morning + 7200);
            REQUIRE(s.has_value());
            depthMasteryDay9 = groupMastery(*s, "depth");
        }
    }
    auto end = progress->summary(settings, kMonthDay0 + 30 * kMonthDay);
    REQUIRE(end.has_value());
    CHECK(end->attempts == 34);
    CHECK(end->streakDays == 30);

    // The learning curve rises: on the summary's own curve (time order), the last ten practise-next
    // attempts score well above the first ten. The curve holds every attempt: the 30 picks and the 4
    // fixed reviews, an hour after that day's pick; without the fixed case it is the graded totals in order.
    REQUIRE(end->curve.size() == 34);
    std::vector<double> curve;
    for (const auto& point : end->curve) {
        if (point.caseId != fixedCase) curve.push_back(point.total);
    }
    CHECK(curve == totals);
    for (std::size_t i = 1; i < end->curve.size(); ++i) CHECK(end->curve[i].atUnix >= end->curve[i - 1].atUnix);
    auto mean = [&](int from) {
        double sum = 0.0;
        for (int i = from; i < from + 10 && i < static_cast<int>(curve.size()); ++i) sum += curve[static_cast<std::size_t>(i)];
        return sum / 10.0;
    };
    INFO("first ten " << mean(0) << ", last ten " << mean(20));
    CHECK(mean(20) > mean(0) + 20.0);
    CHECK(mean(20) == Approx(100.0));

    // Mastery follows the outcomes: depth was wrong for ten days, then near, then right.
    INFO("depth mastery on day 9 " << depthMasteryDay9 << ", at the end " << groupMastery(*end, "depth"));
    CHECK(depthMasteryDay9 < 0.5);
    CHECK(groupMastery(*end, "depth") > depthMasteryDay9 + 0.3);
    // The keloid skill was right every time: mastered.
    CHECK(skillIn(*end, "screen.keloid_history")->memory.mastery > 0.95);

    // FSRS-6 by hand for "keloid history" (default weights; retention 0.9, so the interval is the
    // stability rounded to whole days; factor = 0.9^(-1/w20) - 1 = 0.9^(-1/0.1542) - 1 = 0.980346;
    // e^w8 = e^1.8722 = 6.502586; the new stability uses the difficulty before the review):
    //  day 0, first review, good: S = w2 = 2.3065, D = w4 - e^(w5 x 2) + 1 = 6.4133 - 5.2952 + 1 = 2.1181;
    //         interval round(2.3065) = 2 days: due on day 2.
    //  day 2, due (2 days elapsed), good: R = (1 + 0.980346 x 2 / 2.3065)^-0.1542 = 0.909493;
    //         S' = S x (1 + e^w8 x (11 - D) x S^-w9 x (e^(w10 x (1 - R)) - 1))
    //            = 2.3065 x (1 + 6.502586 x 8.881896 x 0.870025 x 0.074702) = 2.3065 x 4.7536 = 10.9643;
    //         D' = 0.999 x 2.1181 + 0.001 x D0(easy) (= 6.4133 - e^(0.8334 x 3) + 1 = -4.7716) = 2.1112;
    //         interval round(10.9643) = 11 days: due on day 13.
    //  day 9, 7 days on, not yet due: good counts as easy: R = (1 + 0.980346 x 7 / 10.9643)^-0.1542 = 0.927790;
    //         S' = 10.9643 x (1 + 6.502586 x (11 - 2.1112) x 10.9643^-0.1666 x (e^(0.796 x 0.072210) - 1) x w16)
    //            = 10.9643 x (1 + 6.502586 x 8.888786 x 0.671025 x 0.059163 x 1.8729) = 58.0852;
    //         D' = 2.1112 - 3.0194 x (10 - 2.1112) / 9 = -0.535, clamped to 1;
    //         interval round(58.0852) = 58 days: due on day 67.
    //  day 25, 16 days on, not due: easy again: R = (1 + 0.980346 x 16 / 58.0852)^-0.1542 = 0.963809;
    //         S' = 58.0852 x (1 + 6.502586 x (11 - 1) x 58.0852^-0.1666 x (e^(0.796 x 0.036191) - 1) x 1.8729)
    //            = 58.0852 x (1 + 6.502586 x 10 x 0.508284 x 0.029227 x 1.8729) = 163.173;
    //         interval round(163.173) = 163 days, inside the 180-day course: due on day 188.
    // Each review is at 10:00 on its day, so due = that review + the interval in whole days.
    REQUIRE(keloidDue.size() == 4);
    const double review[] = {kMonthDay0 + 0 * kMonthDay + 10 * 3600, kMonthDay0 + 2 * kMonthDay + 10 * 3600, kMonthDay0 + 9 * kMonthDay + 10 * 3600, kMonthDay0 + 25 * kMonthDay + 10 * 3600};
    CHECK(keloidDue[0] - review[0] == 2 * kMonthDay);
    CHECK(keloidDue[1] - review[1] == 11 * kMonthDay);
    CHECK(keloidDue[2] - review[2] == 58 * kMonthDay);
    CHECK(keloidDue[3] - review[3] == 163 * kMonthDay);

    // The pick moves on: no case twice in a row, many cases covered, and a case
    // practised early comes back later in the month once its skills fall due.
    std::set<std::string> distinct(picks.begin(), picks.end());
    for (std::size_t i = 1; i < picks.size(); ++i) {
        INFO("day " << i);
        CHECK(picks[i] != picks[i - 1]);
    }
    CHECK(distinct.size() >= 15);
    bool cameBack = false;
    for (std::size_t i = 0; i < 10; ++i) {
        for (std::size_t j = i + 3; j < picks.size(); ++j) cameBack = cameBack || picks[j] == picks[i];
    }
    CHECK(cameBack);
}

TEST_CASE("practise-next from the saved skill states picks what it picked from the full summary, day by day over a scripted fortnight") {
    using namespace trainee_progress_fixture;
    testing_support::TempDir dir;
    const core::TraineeRegistry registry(dir.path());
    const core::SkillMap skills = bundledSkills();
    auto progress = std::optional<core::TraineeProgress>(openNewTrainee(registry, "Next Trainee", skills));
    const auto settings = clinicSettings();
    // Odd days the saved states are kept current by each record; even days they lag behind (other settings).
    core::ProgressSettings otherSettings = settings;
    otherSettings.fsrs.desiredRetention = 0.8;
    const std::vector<core::CaseSkills> library = libraryCases(skills);
    // Each day: the old pick (practiseNext over the whole summary) against next(), a session of five,
    // before and after the day's attempt; some days twice (the same case again an hour later).
    for (int day = 0; day < 14; ++day) {
        const double morning = kMonthDay0 + day * kMonthDay + 9 * 3600;
        REQUIRE(progress->refreshSkillStates(day % 2 ? settings : otherSettings).has_value());
        for (const double now : {morning, morning + 3 * kMonthDay}) {
            // next() first: it starts from the saved states (when they fit these settings), then the events since.
            auto picks = progress->next(library, 5, settings, now);
            REQUIRE(picks.has_value());
            auto summary = progress->summary(settings, now);
            REQUIRE(summary.has_value());
            const auto old = core::practiseNext(*summary, library, 5, now);
            INFO("day " << day << ", " << (now - morning) / kMonthDay << " days on");
            REQUIRE(picks->size() == old.size());
            for (std::size_t i = 0; i < old.size(); ++i) {
                CHECK(picks->at(i).caseId == old[i].caseId);
                CHECK(picks->at(i).reason == old[i].reason);
                CHECK(picks->at(i).score == old[i].score);
            }
        }
        auto next = progress->next(library, 1, settings, morning);
        REQUIRE(next.has_value());
        REQUIRE(next->size() == 1);
        const core::Attempt attempt = answerOnDay(next->front().caseId, day);
        REQUIRE(progress->record(attempt, gradeOf(attempt), morning + 900).has_value());
        if (day % 3 == 0) REQUIRE(progress->record(attempt, gradeOf(attempt), morning + 4500).has_value());
    }
}
