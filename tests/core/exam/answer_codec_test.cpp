// The exam journal's answer codec keeps a flag's reason: a flag with one is
// written with "why" and read back with it; one without writes no "why".
#include "exam/answer_codec.hpp"

#include <catch2/catch.hpp>

TEST_CASE("answer codec: a flag's reason goes into the journal and comes back") {
    const core::Json written = core::encodeAnswer(core::Command{core::cmd::SetFlag{"immunosuppression", true, "Prednisolone 40 mg"}});
    CHECK(written["k"] == "flag");
    CHECK(written["why"] == "Prednisolone 40 mg");
    const auto read = core::decodeAnswer(written);
    REQUIRE(read.has_value());
    const auto* flag = std::get_if<core::cmd::SetFlag>(&*read);
    REQUIRE(flag);
    CHECK(flag->id == "immunosuppression");
    CHECK(flag->on);
    CHECK(flag->reason == "Prednisolone 40 mg");
    // No reason: the entry is as journals were before reasons.
    const core::Json plain = core::encodeAnswer(core::Command{core::cmd::SetFlag{"pregnancy", false}});
    CHECK_FALSE(plain.contains("why"));
    const auto back = core::decodeAnswer(plain);
    REQUIRE(back.has_value());
    CHECK(std::get<core::cmd::SetFlag>(*back).reason.empty());
}
