// "Since last time": two hand-made reports of one case compared line by line.
#include "wording/report_compare.hpp"

#include <catch2/catch.hpp>

namespace {

core::LineItem line(core::Section section, std::string_view kind, std::string subject, double points, double max) {
    core::LineItem item;
    item.section = section;
    item.kind = kind;
    item.subject = std::move(subject);
    item.points = points;
    item.max = max;
    return item;
}

} // namespace

TEST_CASE("totals, section changes, fixed and newly lost lines") {
    using core::Section;
    core::Report before;
    before.total = 62.5;
    before.passed = false;
    before.sections = {{Section::Screening, 20.0, 30.0, 3.0, 4.0}, {Section::Plan, 30.0, 50.0, 6.0, 10.0}, {Section::Aftercare, 0.0, 0.0, 0.0, 0.0}};
    before.items = {line(Section::Screening, "flag", "pregnancy", 0.0, 1.0),        // lost, fixed below
                    line(Section::Screening, "extra_flag", "rosacea_flare", -0.5, 0.0), // lost, gone below
                    line(Section::Plan, "zone", "forehead", 2.0, 2.0)};            // full, lost below
    core::Report after;
    after.total = 81.0;
    after.passed = true;
    after.sections = {{Section::Screening, 30.0, 30.0, 4.0, 4.0}, {Section::Plan, 25.0, 50.0, 5.0, 10.0}, {Section::Aftercare, 0.0, 0.0, 0.0, 0.0}};
    after.items = {line(Section::Screening, "flag", "pregnancy", 1.0, 1.0), line(Section::Plan, "zone", "forehead", 1.0, 2.0),
                   line(Section::Plan, "zone", "chin", 0.0, 1.0)}; // new line, losing points

    const core::ReportComparison c = core::compareReports(before, after);
    // 81.0 - 62.5 = 18.5
    CHECK(c.totalDelta() == Approx(18.5));
    CHECK_FALSE(c.passedBefore);
    CHECK(c.passedAfter);
    // Aftercare is not graded (max 0): left out. Screening 20 -> 30 (+10), plan 30 -> 25 (-5).
    REQUIRE(c.sections.size() == 2);
    CHECK(c.sections[0].section == Section::Screening);
    CHECK(c.sections[0].delta() == Approx(10.0));
    CHECK(c.sections[1].delta() == Approx(-5.0));
    // flag:pregnancy fixed (index 0 now); extra_flag:rosacea_flare gone (index 1 before);
    // zone:forehead newly lost (index 1), zone:chin new and lost (index 2).
    CHECK(c.fixed == std::vector<std::size_t>{0});
    CHECK(c.fixedGone == std::vector<std::size_t>{1});
    CHECK(c.newlyLost == std::vector<std::size_t>{1, 2});
}

TEST_CASE("a critical error means not passed, whatever the flag says") {
    core::Report before;
    before.passed = true;
    before.critical.push_back({"treated_no_go:nose", "Treated a no-go area."});
    core::Report after = before;
    after.critical.clear();
    const auto c = core::compareReports(before, after);
    CHECK_FALSE(c.passedBefore);
    CHECK(c.passedAfter);
    CHECK(c.fixed.empty());
    CHECK(c.newlyLost.empty());
}
