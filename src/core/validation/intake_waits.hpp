// The intake against the profile's waits: which waits still run, which flags
// they add to the case key or take away from it, and whether the key's "treat"
// becomes "defer". One home for the rule: the grader grades by it, and
// `validate` warns where a case key and its profile disagree.
#pragma once

#include "model/case_model.hpp"
#include "model/catalogue.hpp"
#include "model/protocol.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace core {

// A profile wait that still runs for this client (isotretinoin stopped 10 weeks
// ago against a 26-week wait).
struct ActiveWait {
    const Wait* wait = nullptr;
    const RecentTreatment* treatment = nullptr;
    double remainingWeeks = 0.0;
};

// What the intake and the profile's waits decide before any section is graded.
struct IntakeRules {
    std::vector<ActiveWait> active;          // waits still running
    std::vector<std::string> derivedFlags;    // flags the waits require that the key does not list
    std::vector<std::string> waivedFlags;     // key flags whose only ground is a wait that has passed
    std::optional<Decision> derivedDecision;  // defer, when a client-wide wait runs and the key treats
    std::shared_ptr<const RecentTreatment> pregnancy; // a pregnant client: the childbirth wait has not even begun
    [[nodiscard]] bool waived(const std::string& flag) const;
    [[nodiscard]] const ActiveWait* activeFor(const std::string& flag) const;
};
IntakeRules intakeRules(const Case& c, const Protocol& p, const Catalogue& catalogue);

} // namespace core
