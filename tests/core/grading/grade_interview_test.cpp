// The interview in screening: one line per essential question (asked: 1 point,
// missed: 0 with "you did not ask \"<the question>\" ..."), and the question-efficiency
// line when too many non-essential questions were asked. Figures by hand.
#include "grading/grader.hpp"

#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace {

// The fixture case as an interview: four essential questions; the client
// answers two of them in her own words, the others get the bank's default.
core::Case interviewCase() {
    auto json = fixtures::validCase();
    json["interview"] = core::Json::parse(R"({ "answers": {
        "medications": "Just levothyroxine for my thyroid.",
        "allergies": "Only hay fever." } })");
    json["key"]["essential_questions"] = {"medications", "blood_thinners", "cold_sores", "allergies"};
    core::Diagnostics d;
    core::Case c = core::readCase(json, d);
    REQUIRE_FALSE(d.hasErrors());
    return c;
}

// Perfect on everything but the questions (see grader_rules_test).
core::Attempt attemptAsking(std::vector<std::string> questions) {
    core::Attempt a;
    a.caseId = "fixture-mole";
    a.flags = {"raised_lesion"};
    a.questions = std::move(questions);
    a.decision = core::Decision::TreatModified;
    const std::vector<core::Pattern> all{core::Pattern::Vertical, core::Pattern::Horizontal, core::Pattern::Oblique};
    a.zones.push_back({"forehead", core::ZoneAction::Treat, 0.5, all, 2, core::Endpoint::Erythema});
    a.zones.push_back({"cheek_left", core::ZoneAction::Avoid, {}, {}, {}, {}});
    a.aftercare = {"spf30_daily"};
    a.intervalWeeks = 4;
    a.sessions = 3;
    return a;
}

const std::vector<std::string> kEssential{"medications", "blood_thinners", "cold_sores", "allergies"};

core::Report gradeAsking(std::vector<std::string> questions) {
    const auto& data = fixtures::referenceData();
    return core::grade(interviewCase(), attemptAsking(std::move(questions)), *data.protocol("clinic-standard"), data);
}

std::vector<std::string> withExtras(int extras) {
    // Non-essential questions from the bank, in bank order.
    std::vector<std::string> out = kEssential;
    for (const auto& q : fixtures::referenceData().catalogue.questions) {
        if (extras == 0) break;
        if (std::find(kEssential.begin(), kEssential.end(), q.id) != kEssential.end()) continue;
        out.push_back(q.id);
        --extras;
    }
    REQUIRE(extras == 0);
    return out;
}

} // namespace

TEST_CASE("interview: every essential question asked earns its point and the case scores 100") {
    const auto r = gradeAsking(kEssential);
    for (const auto& id : kEssential) {
        const auto* line = r.item("question:" + id);
        REQUIRE(line);
        CHECK(line->section == core::Section::Screening);
        CHECK(line->points == 1.0);
        CHECK(line->max == 1.0);
        CHECK(line->given == "asked");
    }
    CHECK_FALSE(r.item("question_efficiency"));
    CHECK(r.total == Approx(100));
}

TEST_CASE("interview: a missed essential question loses its point and says what was not asked") {
    // Asked medications and allergies, missed blood_thinners and cold_sores.
    // Screening raw: flag 1 + decision 2 + questions 2 of 4 = 5 of 7 (1 + 2 + 4).
    // Section: 30 x 5/7 = 21.43; the other sections full: 40 + 15 + 15 = 70;
    // total = 91.43 -> 91.4.
    const auto r = gradeAsking({"medications", "allergies"});
    const auto* missed = r.item("question:cold_sores");
    REQUIRE(missed);
    CHECK(missed->points == 0.0);
    CHECK(missed->given == "not asked");
    CHECK(missed->teaching.str().starts_with("You did not ask \"Do you get cold sores, and do you have one now or feel one coming?\""));
    // The case gives no answer to this one: the bank's default is what the client would have said.
    CHECK(missed->teaching.str().find("No, I don't get cold sores.") != std::string::npos);
    const auto* thinners = r.item("question:blood_thinners");
    REQUIRE(thinners);
    // The trainee asked the general medications question: the line names the
    // blood-thinner question they missed, never "you did not ask about medications".
    CHECK(thinners->teaching.str().starts_with("You did not ask \"Do you take anything that thins the blood, such as warfarin or a daily aspirin?\""));
    CHECK(thinners->teaching.str().find("about medications") == std::string::npos);
    const auto* asked = r.item("question:medications");
    REQUIRE(asked);
    CHECK(asked->points == 1.0);
    CHECK(asked->teaching.str().find("Just levothyroxine for my thyroid.") != std::string::npos); // the case's own words
    CHECK_FALSE(asked->source.empty()); // cites the question's references
    CHECK(r.total == Approx(91.4));
}

TEST_CASE("interview: question efficiency costs 0.25 per non-essential question beyond the allowance, at most 1") {
    // Allowance = max(3, 4 essential) = 4 non-essential questions.
    SECTION("4 extra: within the allowance, no efficiency line") {
        const auto r = gradeAsking(withExtras(4));
        CHECK_FALSE(r.item("question_efficiency"));
        CHECK(r.total == Approx(100));
    }
    SECTION("6 extra: 2 over, -0.5") {
        // Efficiency 4 of 10 asked = 40%. Screening raw 7 - 0.5 = 6.5 of 7:
        // 30 x 6.5/7 = 27.857; total 97.857 -> 97.9.
        const auto r = gradeAsking(withExtras(6));
        const auto* line = r.item("question_efficiency");
        REQUIRE(line);
        CHECK(line->points == Approx(-0.5));
        CHECK(line->max == 0.0);
        CHECK(line->teaching.str().starts_with("Question efficiency 4 of 10 (40%)"));
        CHECK(r.total == Approx(97.9));
    }
    SECTION("12 extra: 8 over would be -2, capped at -1") {
        // Screening raw 7 - 1 = 6 of 7: 30 x 6/7 = 25.714; total 95.714 -> 95.7.
        const auto r = gradeAsking(withExtras(12));
        const auto* line = r.item("question_efficiency");
        REQUIRE(line);
        CHECK(line->points == Approx(-1.0));
        CHECK(r.total == Approx(95.7));
    }
}

TEST_CASE("interview: a case without an interview grades no questions") {
    core::Diagnostics d;
    const core::Case plain = core::readCase(fixtures::validCase(), d);
    REQUIRE_FALSE(d.hasErrors());
    const auto& data = fixtures::referenceData();
    const auto r = core::grade(plain, attemptAsking({}), *data.protocol("clinic-standard"), data);
    for (const auto& item : r.items) CHECK(item.kind != "question");
    CHECK(r.total == Approx(100));
}
