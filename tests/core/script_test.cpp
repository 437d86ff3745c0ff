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
