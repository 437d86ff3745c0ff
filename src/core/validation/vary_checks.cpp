// The "vary" section against the case, its key and its profile. Each message
// says which variant would break and what to change.
#include "validation/vary_checks.hpp"

#include <algorithm>

namespace core {
namespace vary_checks_detail {

// The texts a trainee reads that could give a treatment's timing.
bool anyTextSays(const Case& c, const std::string& phrase) {
    const auto says = [&](const std::string& text) { return text.find(phrase) != std::string::npos; };
    const Client& client = c.client;
    if (says(client.concerns) || says(client.intakeNotes) || says(c.title)) return true;
    for (const auto* list : {&client.medicalHistory, &client.medications, &client.allergies}) {
        if (std::any_of(list->begin(), list->end(), says)) return true;
    }
    if (std::any_of(client.recentTreatments.begin(), client.recentTreatments.end(), [&](const RecentTreatment& t) { return says(t.what); })) return true;
    if (c.interview) {
        for (const auto& [question, answer] : c.interview->answers) {
            if (says(answer)) return true;
        }
    }
    return false;
}

} // namespace vary_checks_detail

void checkCaseVary(const Case& c, const ReferenceData& data, Diagnostics& d) {
    const CaseVary& vary = c.vary;
    if (vary.sex) {
        if (c.client.sex == "other") {
            d.error("/vary/sex", "a client of sex \"other\" keeps it in every variant: remove \"sex\" from \"vary\"");
        }
        if (c.client.lifestyle.pregnant || c.client.lifestyle.breastfeeding) {
            d.error("/vary/sex", "a pregnant or breastfeeding client cannot become male in a variant: remove \"sex\" from \"vary\"");
        }
        if (!vary.names) {
            d.error("/vary/sex", "a variant of the other sex needs a new name too: add \"names\": true to \"vary\"");
        }
    }
    if (vary.findingPositions && c.findings.empty()) {
        d.warning("/vary/finding_positions", "the case has no findings to move: remove \"finding_positions\"");
    }
    const Protocol* protocol = data.protocol(c.protocol);
    if (!protocol) return;
    if (vary.fitzpatrick) {
        for (const auto& z : c.key.zones) {
            if (z.action != ZoneAction::Treat) continue;
            const FitzpatrickLimit* limit = protocol->fitzpatrickLimit(z.zone);
            if (limit && (vary.fitzpatrick->min < limit->min || vary.fitzpatrick->max > limit->max)) {
                d.error("/vary/fitzpatrick", "profile \"" + protocol->id + "\" allows the treated zone \"" + z.zone + "\" only for Fitzpatrick " +
                                                 std::to_string(limit->min) + "-" + std::to_string(limit->max) + ": keep \"fitzpatrick\" within that");
            }
        }
    }
    for (std::size_t i = 0; i < vary.waits.size(); ++i) {
        const std::string pointer = "/vary/waits/" + std::to_string(i);
        const int index = vary.waits[i].treatment;
        if (index < 0 || static_cast<std::size_t>(index) >= c.client.recentTreatments.size()) {
            d.error(pointer, "there is no client.recent_treatments[" + std::to_string(index) + "]: the case lists " +
                                 std::to_string(c.client.recentTreatments.size()) + " recent treatment(s); use an index from 0");
            continue;
        }
        const RecentTreatment& t = c.client.recentTreatments[static_cast<std::size_t>(index)];
        const std::string& said = vary.waits[i].said;
        if (!said.empty() && !vary_checks_detail::anyTextSays(c, said)) {
            d.error(pointer + "/said", "no text of the case says \"" + said + "\": write the timing in those words where the client or the notes give it "
                                       "(a variant rewrites them), or remove \"said\"");
        }
        const Wait* wait = protocol->wait(t.kind);
        if (!wait) {
            d.error(pointer, "profile \"" + protocol->id + "\" has no wait for \"" + toString(t.kind) + "\" (\"" + t.what +
                                 "\"), so its timing decides nothing: remove the index");
        } else if (wait->zoneOnly) {
            d.error(pointer, "the " + toString(t.kind) + " wait closes only its own site, which the key's zones would have to follow: remove the index");
        }
        if (!isTreatingDecision(c.key.decision.expected)) {
            d.error(pointer, "a wait may vary only in a case whose key treats: inside the wait the variant defers, and after it the key's plan applies; "
                             "this key expects \"" + toString(c.key.decision.expected) + "\"");
        }
    }
}

} // namespace core
