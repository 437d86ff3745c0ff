// Script parsing (automation/script): words, arguments and the errors for bad ones, by line.
#include "automation/script.hpp"

#include <catch2/catch.hpp>

TEST_CASE("scripts: unknown words and bad arguments are reported by line") {
    const auto r = core::parseScript("open x\nflagg pregnancy\ndepth cheek_left deep\n\n# ok\nsize 10 10\n", "play.txt");
    REQUIRE_FALSE(r.has_value());
    const auto& d = r.error().diagnostics;
    REQUIRE(d.size() == 3);
    CHECK(d[0].line == 2);
    CHECK(d[0].message.find("Did you mean \"flag\"?") != std::string::npos);
    CHECK(d[1].line == 3);
    CHECK(d[1].message.find("not a number") != std::string::npos);
    CHECK(d[2].line == 6);
    const auto ok = core::parseScript("open a # comment\nscreenshot library\nframes 3\n", "ok.txt");
    REQUIRE(ok.has_value());
    CHECK(ok->size() == 3);
    CHECK(std::holds_alternative<core::step::Screenshot>((*ok)[1].step));
}

TEST_CASE("press takes ctrl+ and shift+ and a known key only") {
    const auto parsed = core::parseScript("press ctrl+shift+z\n", "keys.txt");
    REQUIRE(parsed.has_value());
    const auto* p = std::get_if<core::step::Press>(&parsed->at(0).step);
    REQUIRE(p);
    CHECK(p->ctrl);
    CHECK(p->shift);
    CHECK(p->key == "z");
    const auto functionKey = core::parseScript("press ctrl+f5\n", "keys.txt");
    REQUIRE_FALSE(functionKey.has_value());
    CHECK(functionKey.error().summary().find("is not a key") != std::string::npos);
    const auto bare = core::parseScript("press\n", "keys.txt");
    REQUIRE_FALSE(bare.has_value());
    CHECK(bare.error().summary().find("usage: press") != std::string::npos);
}

TEST_CASE("click takes the button's label as shown, spaces and dots included") {
    const auto parsed = core::parseScript("click   Edit an exam...\n", "clicks.txt");
    REQUIRE(parsed.has_value());
    const auto* c = std::get_if<core::step::Click>(&parsed->at(0).step);
    REQUIRE(c);
    CHECK(c->label == "Edit an exam...");
    const auto bare = core::parseScript("click\n", "clicks.txt");
    REQUIRE_FALSE(bare.has_value());
    CHECK(bare.error().summary().find("usage: click BUTTON LABEL") != std::string::npos);
}

TEST_CASE("map-view takes face or body") {
    const auto parsed = core::parseScript("map-view body\nmap-view face\n", "views.txt");
    REQUIRE(parsed.has_value());
    const auto* body = std::get_if<core::step::ShowMapView>(&parsed->at(0).step);
    REQUIRE(body);
    CHECK(body->view == core::MapView::Body);
    CHECK(std::get<core::step::ShowMapView>(parsed->at(1).step).view == core::MapView::Face);
    const auto bad = core::parseScript("map-view legs\n", "views.txt");
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().summary().find("map-view takes face or body") != std::string::npos);
}

TEST_CASE("clock sets a UTC time, worked out by hand") {
    // 2026-11-03T09:30:00Z: 1970..2025 is 56 years with 14 leap days (1972..2024),
    // 56*365 + 14 = 20454 days; Jan..Oct 2026 = 31+28+31+30+31+30+31+31+30+31 = 304;
    // the 3rd adds 2: 20760 days * 86400 = 1793664000, + 9.5 h (34200 s) = 1793698200.
    CHECK(core::parseScriptClock("2026-11-03T09:30:00Z") == 1793698200.0);
    CHECK(core::parseScriptClock("2026-11-03T09:30Z") == 1793698200.0);
    CHECK(core::parseScriptClock("2026-11-03") == 1793698200.0 - 34200.0);
    CHECK_FALSE(core::parseScriptClock("2026-02-31").has_value());  // no such day: refused, not moved to March
    CHECK_FALSE(core::parseScriptClock("2026-11-03T09:30:00").has_value()); // local time is ambiguous: Z is required
    CHECK_FALSE(core::parseScriptClock("03/11/2026").has_value());
    const auto parsed = core::parseScript("clock 2026-11-03T09:30:00Z\ntrainee Dana Lee\nopen-progress\nskill-cases depth.cheek.scars\n"
                                          "daily-session 3\npractise-next\nclose-progress\n",
                                          "month.txt");
    REQUIRE(parsed.has_value());
    REQUIRE(parsed->size() == 7);
    CHECK(std::get<core::step::Clock>(parsed->at(0).step).unixSeconds == 1793698200.0);
    CHECK(std::get<core::step::UseTrainee>(parsed->at(1).step).name == "Dana Lee");
    CHECK(std::get<core::step::ProgressScreen>(parsed->at(2).step).open);
    CHECK(std::get<core::step::SkillCases>(parsed->at(3).step).skill == "depth.cheek.scars");
    CHECK(std::get<core::step::DailySession>(parsed->at(4).step).size == 3);
    CHECK(std::holds_alternative<core::step::PractiseNext>(parsed->at(5).step));
    CHECK_FALSE(std::get<core::step::ProgressScreen>(parsed->at(6).step).open);
    const auto bad = core::parseScript("clock tomorrow\ndaily-session 0\ntrainee\n", "bad.txt");
    REQUIRE_FALSE(bad.has_value());
    CHECK(bad.error().diagnostics.size() == 3);
}

TEST_CASE("exam-start-pack takes the pack, the passphrase file, the candidate's id and a name with spaces") {
    const auto parsed = core::parseScript("exam-start-pack /p/x.mnpack /p/pw S-9 Aoife O'Brien\ntype-line /p/pw\n", "pack.txt");
    REQUIRE(parsed.has_value());
    REQUIRE(parsed->size() == 2);
    const auto* start = std::get_if<core::step::ExamStartPack>(&(*parsed)[0].step);
    REQUIRE(start != nullptr);
    CHECK(start->packFile == "/p/x.mnpack");
    CHECK(start->passphraseFile == "/p/pw");
    CHECK(start->candidateId == "S-9");
    CHECK(start->name == "Aoife O'Brien");
    const auto* typed = std::get_if<core::step::TypeLine>(&(*parsed)[1].step);
    REQUIRE(typed != nullptr);
    CHECK(typed->file == "/p/pw");
    const auto shortLine = core::parseScript("exam-start-pack /p/x.mnpack /p/pw S-9\n", "pack.txt");
    REQUIRE_FALSE(shortLine.has_value());
    CHECK(shortLine.error().summary().find("usage: exam-start-pack PACK-FILE PASSPHRASE-FILE") != std::string::npos);
}

TEST_CASE("ask takes one interview question id and writes back as it was read") {
    const auto parsed = core::parseScript("ask medications\n", "interview.txt");
    REQUIRE(parsed.has_value());
    const auto* command = std::get_if<core::Command>(&parsed->at(0).step);
    REQUIRE(command);
    const auto* ask = std::get_if<core::cmd::Ask>(command);
    REQUIRE(ask);
    CHECK(ask->questionId == "medications");
    CHECK(core::scriptLine(*command) == "ask medications");
    const auto bare = core::parseScript("ask\n", "interview.txt");
    REQUIRE_FALSE(bare.has_value());
    CHECK(bare.error().summary().find("usage: ask QUESTION_ID") != std::string::npos);
}

TEST_CASE("flag takes a reason after because and refuses other extra words") {
    const auto parsed = core::parseScript("flag immunosuppression because Prednisolone 40 mg  every morning\nflag pregnancy\n", "why.txt");
    REQUIRE(parsed.has_value());
    const auto* withReason = std::get_if<core::cmd::SetFlag>(&std::get<core::Command>(parsed->at(0).step));
    REQUIRE(withReason);
    CHECK(withReason->id == "immunosuppression");
    CHECK(withReason->on);
    // The words after "because", joined by single spaces (the double space is one word break).
    CHECK(withReason->reason == "Prednisolone 40 mg every morning");
    const auto* bare = std::get_if<core::cmd::SetFlag>(&std::get<core::Command>(parsed->at(1).step));
    REQUIRE(bare);
    CHECK(bare->reason.empty());
    const auto noBecause = core::parseScript("flag pregnancy due to the intake\n", "why.txt");
    REQUIRE_FALSE(noBecause.has_value());
    CHECK(noBecause.error().summary().find("usage: flag SCREENING_ID [because WORDS...]") != std::string::npos);
    const auto noWords = core::parseScript("flag pregnancy because\n", "why.txt");
    REQUIRE_FALSE(noWords.has_value());
}

TEST_CASE("notes NAME asks for the screenshot notes without the picture") {
    const auto parsed = core::parseScript("notes state\nscreenshot shot\n", "notes.txt");
    REQUIRE(parsed.has_value());
    const auto* notes = std::get_if<core::step::Screenshot>(&parsed->at(0).step);
    REQUIRE(notes);
    CHECK(notes->name == "state");
    CHECK_FALSE(notes->picture);
    const auto* shot = std::get_if<core::step::Screenshot>(&parsed->at(1).step);
    REQUIRE(shot);
    CHECK(shot->picture);
}
