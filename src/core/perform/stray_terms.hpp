// The words of a stray stroke: which zones a stroke may wander into, how grave
// the zone it entered is, and the record of one that did.
#pragma once

#include <cstddef>
#include <set>
#include <string>

namespace core {

// What lies outside a stroke's own zone, as the plan and the key see it.
struct StrayRules {
    std::set<std::string> treated; // zones the attempt treats: wandering into these is allowed
    std::set<std::string> avoided; // zones the attempt or the key avoids: critical, like no-go areas
    bool operator==(const StrayRules&) const = default;
};

enum class StrayKind { NoGo, Avoided, Untreated };

// A stroke whose centre line crossed into another zone (sampled every 0.5 mm).
struct StrayStroke {
    std::size_t stroke = 0; // index in the record
    std::string fromZone;   // the zone it was drawn for
    std::string intoZone;   // the first other zone it entered (the gravest kind first)
    StrayKind kind = StrayKind::Untreated;
};

std::string toString(StrayKind kind);

} // namespace core
