// Candidate identifiers: what an exam start refuses (each because an LMS
// import would drop or mismatch it) and what it must keep accepting.
#include "../support/run_process.hpp"
#include "exam/candidate_identity.hpp"
#include "exam/exam_session.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

namespace candidate_identity_test {

std::string refusal(const core::Status& status) {
    return status ? std::string() : status.error().summary();
}

std::string idRefusal(const std::string& id) {
    return refusal(core::checkIdentifier("the candidate's ID", id));
}
std::string emailRefusal(const std::string& email) {
    return refusal(core::checkEmail("the candidate's email", email));
}

} // namespace candidate_identity_test

TEST_CASE(
    "identifiers every LMS matches as typed are accepted, the issue's -007 and +c5@ included") {
    namespace t = candidate_identity_test;
    // A leading - or + is a real ID or address; only formulas' = and @ are refused.
    for (const char* id :
         {"-007", "S-001", "2024.001", "12345", "1.5%", "李-7", "o'brien", "A B", "+44"}) {
        INFO(id);
        CHECK(t::idRefusal(id).empty());
    }
    for (const char* email : {"+c5@example.org", "a@example.org", "o'brien@uni.example.ie",
                              "first.last+tag@sub.example.co.uk"}) {
        INFO(email);
        CHECK(t::emailRefusal(email).empty());
    }
}

TEST_CASE("identifiers no LMS could match are refused, each with the importer's reason") {
    namespace t = candidate_identity_test;
    // Blank and "0": Moodle's map_user_data_with_value tests !empty($value), and PHP's empty("0")
    // is true.
    CHECK(t::idRefusal("").find("is required") != std::string::npos);
    CHECK(t::idRefusal(" \t").find("is required") != std::string::npos);
    CHECK(t::idRefusal("0").find("empty()") != std::string::npos);
    // Moodle trims every cell before it compares.
    CHECK(t::idRefusal(" S-1").find("starts or ends with a space") != std::string::npos);
    CHECK(t::idRefusal("S-1 ").find("starts or ends with a space") != std::string::npos);
    // Control characters and line breaks, shown escaped in the message.
    CHECK(t::idRefusal("S-1\n2").find("\"S-1\\n2\" holds a control character or line break") !=
          std::string::npos);
    CHECK(t::idRefusal("S\x01").find("\"S\\x01\"") != std::string::npos);
    CHECK(t::idRefusal("S-1\t").find("control character") != std::string::npos);
    CHECK(t::idRefusal("S\xC3").find("not valid UTF-8") != std::string::npos);
    // Written exactly, so a formula's first character is refused.
    CHECK(t::idRefusal("=1+1").find("formula") != std::string::npos);
    CHECK(t::idRefusal("@SUM").find("formula") != std::string::npos);
    // Canvas's decimal_comma_to_period: "1,234" -> "1.234"; "1.2.3" -> "12.3"; "12." -> "12"; "."
    // -> nil.
    CHECK(t::idRefusal("1,234").find("into \"1.234\"") != std::string::npos);
    CHECK(t::idRefusal("1.2.3").find("into \"12.3\"") != std::string::npos);
    CHECK(t::idRefusal("12.").find("into \"12\"") != std::string::npos);
    CHECK(t::idRefusal(".").find("into nothing") != std::string::npos);
}

TEST_CASE("an email must be an address") {
    namespace t = candidate_identity_test;
    CHECK(t::emailRefusal("c5.example.org").find("has no @") != std::string::npos);
    CHECK(t::emailRefusal("a@b@example.org").find("more than one @") != std::string::npos);
    CHECK(t::emailRefusal("a@localhost").find("dotted domain") != std::string::npos);
    CHECK(t::emailRefusal("a b@example.org").find("before the @") != std::string::npos);
    CHECK(t::emailRefusal(".a@example.org").find("misplaced dot") != std::string::npos);
    CHECK(t::emailRefusal("a@-x.org").find("starts or ends with -") != std::string::npos);
    CHECK(t::emailRefusal("a@exa_mple.org").find("domain cannot hold") != std::string::npos);
    CHECK(t::emailRefusal("a@example..org").find("empty or over-long") != std::string::npos);
    CHECK(t::emailRefusal(" a@example.org").find("space") != std::string::npos);
}

TEST_CASE("a candidate needs a name and an ID, and the email may be blank but not wrong") {
    CHECK(core::checkCandidateIdentity({"Ana", "S-1", ""}).has_value());
    CHECK(core::checkCandidateIdentity({"Ana", "-007", "+c5@example.org"}).has_value());
    CHECK(candidate_identity_test::refusal(core::checkCandidateIdentity({" ", "S-1", ""})) ==
          "the candidate's name is required");
    CHECK(candidate_identity_test::refusal(core::checkCandidateIdentity({"Ana", "", ""}))
              .starts_with("the candidate's ID is required"));
    CHECK(candidate_identity_test::refusal(
              core::checkCandidateIdentity({"Ana", "S-1", "not-an-address"}))
              .starts_with("the candidate's email"));
}

TEST_CASE("an exam start refuses the identifier before anything else and says why") {
    testing_support::TempDir dir;
    const auto journal = dir.path() / "current.journal";
    auto started =
        core::ExamSession::start({"no-such-exam.json", {"Ana", "S-1 ", ""}}, journal,
                                 fixtures::referenceData(), fixtures::bundledLibrary(), 0.0);
    REQUIRE_FALSE(started.has_value());
    CHECK(started.error().summary().find("starts or ends with a space") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(journal));
    // A good identity passes the check: the start then fails on the missing exam file instead.
    auto other =
        core::ExamSession::start({"no-such-exam.json", {"Ana", "S-1", ""}}, journal,
                                 fixtures::referenceData(), fixtures::bundledLibrary(), 0.0);
    REQUIRE_FALSE(other.has_value());
    CHECK(other.error().summary().find("space") == std::string::npos);
}
