// Practise next: cases scored by their due and weak skills, just-practised
// cases rested, a session of distinct cases, the reason in one line. The
// summaries here are built by hand, so every score is worked out below.
#include "progress/practise_next.hpp"

#include <catch2/catch.hpp>

namespace practise_next_fixture {

constexpr double kNextDay = 86400.0;
constexpr double kNow = 1699920000.0 + 10 * kNextDay; // day 10 of the script, 00:00 UTC

core::SkillProgress skill(const std::string& id, const std::string& label, int observations, double mastery, double retrievability, bool due) {
    core::SkillProgress s;
    s.id = id;
    s.label = label;
    s.group = "g";
    s.memory.observations = observations;
    s.memory.mastery = mastery;
    s.retrievability = retrievability;
    s.due = due;
    return s;
}

core::ProgressSummary summaryOf(std::vector<core::SkillProgress> skills) {
    core::ProgressSummary p;
    core::GroupProgress g;
    g.id = "g";
    g.skills = std::move(skills);
    p.groups.push_back(std::move(g));
    return p;
}

} // namespace practise_next_fixture

TEST_CASE("practise next: due and weak skills first, covered skills count half, the reason names the two that weigh most") {
    using namespace practise_next_fixture;
    auto progress = summaryOf({
        skill("screen.anticoagulants", "Anticoagulants", 3, 0.6, 0.85, true),
        skill("depth.cheek.scars", "Depth on cheeks (scars)", 5, 0.95, 0.97, false),
        skill("technique.patterns", "Needling patterns", 2, 0.3, 0.9, false),
        // screen.pregnancy: in no group, never practised
    });
    core::CurvePoint last;
    last.caseId = "case-c";
    last.atUnix = kNow - 0.5 * kNextDay; // case C was practised 12 hours ago
    progress.curve.push_back(last);
    const std::vector<core::CaseSkills> cases{
        {"case-a", "A", {"screen.anticoagulants", "depth.cheek.scars"}},
        {"case-b", "B", {"screen.pregnancy", "depth.cheek.scars"}},
        {"case-c", "C", {"technique.patterns"}},
    };
    // Each skill: due 1 + (1 - mastery) + (1 - retrievability); never practised 0.5.
    //   anticoagulants 1 + 0.4 + 0.15 = 1.55; cheek depth 0.05 + 0.03 = 0.08; patterns 0.7 + 0.1 = 0.8.
    // Pick 1: A = 1.55 + 0.08 = 1.63; B = 0.5 + 0.08 = 0.58;
    //         C = 0.8 x rest share (0.2 + 0.8 x 0.5 day / 7 days = 0.257143) = 0.205714.
    // Pick 2 (A's skills now count half): B = 0.5 + 0.04 = 0.54; C = 0.205714.
    // Pick 3: C = 0.205714.
    const auto picks = core::practiseNext(progress, cases, 3, kNow);
    REQUIRE(picks.size() == 3);
    CHECK(picks[0].caseId == "case-a");
    CHECK(picks[0].score == Approx(1.63));
    CHECK(picks[0].reason == "anticoagulants due, depth on cheeks (scars) 95%");
    CHECK(picks[1].caseId == "case-b");
    CHECK(picks[1].score == Approx(0.54));
    CHECK(picks[1].reason == "screen.pregnancy new, depth on cheeks (scars) 95%");
    CHECK(picks[2].caseId == "case-c");
    CHECK(picks[2].score == Approx(0.8 * (0.2 + 0.8 * 0.5 / 7.0)));
    CHECK(picks[2].reason == "needling patterns 30%");

    // A session of two: the first two picks; a session larger than the library: every case once.
    CHECK(core::practiseNext(progress, cases, 2, kNow).size() == 2);
    CHECK(core::practiseNext(progress, cases, 10, kNow).size() == 3);
    CHECK(core::practiseNext(progress, cases, 0, kNow).empty());
}

TEST_CASE("practise next: a case practised just now is rested, and comes back in full after a week") {
    using namespace practise_next_fixture;
    auto progress = summaryOf({skill("a", "Skill a", 1, 0.5, 0.9, false), skill("b", "Skill b", 1, 0.6, 0.9, false)});
    core::CurvePoint last;
    last.caseId = "case-a";
    last.atUnix = kNow; // just now
    progress.curve.push_back(last);
    const std::vector<core::CaseSkills> cases{{"case-a", "A", {"a"}}, {"case-b", "B", {"b"}}};
    // a: 0.5 + 0.1 = 0.6, rested to 0.2 x 0.6 = 0.12; b: 0.4 + 0.1 = 0.5.
    auto picks = core::practiseNext(progress, cases, 1, kNow);
    REQUIRE(picks.size() == 1);
    CHECK(picks[0].caseId == "case-b");
    CHECK(picks[0].score == Approx(0.5));
    // Three days on (same skill state): a = 0.6 x (0.2 + 0.8 x 3 / 7) = 0.325714, still below b.
    picks = core::practiseNext(progress, cases, 1, kNow + 3 * kNextDay);
    CHECK(picks[0].caseId == "case-b");
    // A week on: a = 0.6 in full, above b.
    picks = core::practiseNext(progress, cases, 1, kNow + 7 * kNextDay);
    CHECK(picks[0].caseId == "case-a");
    CHECK(picks[0].score == Approx(0.6));
}

TEST_CASE("practise next: a mastered case comes back when its skill falls due") {
    using namespace practise_next_fixture;
    const std::vector<core::CaseSkills> cases{{"mastered", "M", {"m"}}, {"fresh", "F", {"n"}}};
    // Not due: m = 0.03 + 0.05 = 0.08 < the new skill's 0.5.
    auto picks = core::practiseNext(summaryOf({skill("m", "Isotretinoin", 6, 0.97, 0.95, false)}), cases, 1, kNow);
    CHECK(picks[0].caseId == "fresh");
    CHECK(picks[0].reason == "n new");
    // Due, its retrievability down to 0.89: m = 1 + 0.03 + 0.11 = 1.14.
    picks = core::practiseNext(summaryOf({skill("m", "Isotretinoin", 6, 0.97, 0.89, true)}), cases, 1, kNow);
    CHECK(picks[0].caseId == "mastered");
    CHECK(picks[0].score == Approx(1.14));
    CHECK(picks[0].reason == "isotretinoin due");
}

TEST_CASE("practise next: ties go to the first case id, whatever the list order") {
    using namespace practise_next_fixture;
    const auto progress = summaryOf({});
    const std::vector<core::CaseSkills> cases{{"b-case", "B", {"x"}}, {"a-case", "A", {"y"}}};
    const auto picks = core::practiseNext(progress, cases, 2, kNow);
    REQUIRE(picks.size() == 2);
    CHECK(picks[0].caseId == "a-case");
    CHECK(picks[1].caseId == "b-case");
}

TEST_CASE("practise next: labels read inside the reason, acronyms kept") {
    using namespace practise_next_fixture;
    // Due skills weigh 1 + 0.5 + 0.1 = 1.6 each; the first two in the case's order are named.
    const auto progress = summaryOf({skill("s1", "A session six weeks ago is no bar", 1, 0.5, 0.9, true),
                                     skill("s2", "PIH after pigmentation work", 1, 0.5, 0.9, true)});
    const auto picks = core::practiseNext(progress, {{"c", "C", {"s1", "s2"}}}, 1, kNow);
    REQUIRE(picks.size() == 1);
    CHECK(picks[0].reason == "a session six weeks ago is no bar due, PIH after pigmentation work due");
}
