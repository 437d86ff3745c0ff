// The stray rules and the pen head, one definition for live and grading.
#include "perform/perform_rules.hpp"

namespace core {

StrayRules strayRulesFor(const Attempt& attempt, const Case& c) {
    StrayRules rules;
    for (const auto& z : attempt.zones) {
        if (z.action == ZoneAction::Treat) rules.treated.insert(z.zone);
        else rules.avoided.insert(z.zone);
    }
    for (const auto& k : c.key.zones) {
        if (k.action == ZoneAction::Avoid) rules.avoided.insert(k.zone);
    }
    return rules;
}

const Cartridge* performCartridge(const PerformRecord* record, const Catalogue& catalogue) {
    if (record && !record->cartridge.empty()) {
        if (const Cartridge* c = catalogue.findCartridge(record->cartridge)) return c;
    }
    return catalogue.cartridges.empty() ? nullptr : &catalogue.cartridges.front();
}

double performHeadMm(const PerformRecord* record, const Catalogue& catalogue) {
    const Cartridge* c = performCartridge(record, catalogue);
    return c ? c->headMm : 7.0;
}

} // namespace core
