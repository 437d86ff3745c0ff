// Reading an outcome rule's declarative condition and saying it in words.
#include "terms/outcome_condition.hpp"

#include "base/text_similarity.hpp"

namespace core {
namespace outcome_condition_detail {

// Keys that are arguments of a test, never a test of their own.
bool isArgumentKey(const std::string& key) { return key == "within_weeks" || key == "deeper_than_mm"; }

std::string testNames() {
    std::string all;
    for (const auto& [name, test] : conditionTestChoices()) all += (all.empty() ? "" : ", ") + name;
    return all;
}

std::string join(const std::vector<OutcomeCondition>& children, const char* word) {
    std::string out;
    for (const auto& child : children) out += (out.empty() ? "" : word) + describeCondition(child);
    return out;
}

} // namespace outcome_condition_detail

const Choices<ConditionTest>& conditionTestChoices() {
    static const Choices<ConditionTest> c{{"treating", ConditionTest::Treating},
                                          {"client_has", ConditionTest::ClientHas},
                                          {"flagged", ConditionTest::Flagged},
                                          {"fitzpatrick_at_least", ConditionTest::FitzpatrickAtLeast},
                                          {"endpoint", ConditionTest::Endpoint},
                                          {"depth_at_least_mm", ConditionTest::DepthAtLeastMm},
                                          {"deeper_than_zone_max", ConditionTest::DeeperThanZoneMax},
                                          {"passes_above", ConditionTest::PassesAbove},
                                          {"aftercare", ConditionTest::Aftercare},
                                          {"advised", ConditionTest::Advised},
                                          {"treated_over_finding", ConditionTest::TreatedOverFinding},
                                          {"recent", ConditionTest::Recent},
                                          {"intake_mentions", ConditionTest::IntakeMentions},
                                          {"all", ConditionTest::All},
                                          {"any", ConditionTest::Any},
                                          {"not", ConditionTest::Not}};
    return c;
}

OutcomeCondition readOutcomeCondition(const Json& node, const std::string& pointer, Diagnostics& diagnostics) {
    using namespace outcome_condition_detail;
    OutcomeCondition out;
    out.pointer = pointer;
    if (!node.is_object()) {
        diagnostics.error(pointer, "a condition must be an object with one test, e.g. {\"client_has\": \"active_acne\"}, not " + describeJsonType(node));
        return out;
    }
    std::vector<std::string> tests;
    std::vector<std::string> names;
    for (const auto& [name, test] : conditionTestChoices()) names.push_back(name);
    for (auto it = node.begin(); it != node.end(); ++it) {
        const std::string key = it.key();
        if (isArgumentKey(key)) continue;
        bool known = false;
        for (const auto& name : names) known = known || name == key;
        if (!known) {
            diagnostics.error(pointer + "/" + key, "\"" + key + "\" is not a condition test: use one of " + testNames() + "." + didYouMean(key, names));
            continue;
        }
        tests.push_back(key);
    }
    if (tests.size() != 1) {
        if (tests.empty() && node.empty()) diagnostics.error(pointer, "a condition needs one test: use one of " + testNames());
        else if (tests.size() > 1) diagnostics.error(pointer, "a condition has one test, this one has " + std::to_string(tests.size()) + ": combine them with \"all\" or \"any\"");
        return out;
    }
    const std::string& key = tests.front();
    for (const auto& [name, test] : conditionTestChoices()) {
        if (name == key) out.test = test;
    }
    const Json& value = node.at(key);
    const std::string at = pointer + "/" + key;
    if (node.contains("within_weeks") && out.test != ConditionTest::Recent)
        diagnostics.error(pointer + "/within_weeks", "\"within_weeks\" belongs to the \"recent\" test only: remove it or test \"recent\"");
    if (node.contains("deeper_than_mm") && out.test != ConditionTest::TreatedOverFinding)
        diagnostics.error(pointer + "/deeper_than_mm", "\"deeper_than_mm\" belongs to the \"treated_over_finding\" test only: remove it");
    if (out.test == ConditionTest::TreatedOverFinding && node.contains("deeper_than_mm")) {
        const Json& mm = node.at("deeper_than_mm");
        if (!mm.is_number() || mm.get<double>() < 0.0 || mm.get<double>() > 3.5) diagnostics.error(pointer + "/deeper_than_mm", "must be a depth in mm from 0 to 3.5, not " + mm.dump());
        else out.number = mm.get<double>();
    }
    switch (out.test) {
    case ConditionTest::IntakeMentions:
        if (!value.is_array() || value.empty()) {
            diagnostics.error(at, "must be a non-empty array of words, e.g. [\"cold sore\", \"herpes\"]");
            break;
        }
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (!value[i].is_string() || value[i].get<std::string>().empty()) diagnostics.error(at + "/" + std::to_string(i), "must be a non-empty string");
            else out.words.push_back(value[i].get<std::string>());
        }
        break;
    case ConditionTest::Treating:
    case ConditionTest::DeeperThanZoneMax:
        if (!value.is_boolean()) diagnostics.error(at, "must be true or false, not " + describeJsonType(value));
        else out.expected = value.get<bool>();
        break;
    case ConditionTest::ClientHas:
    case ConditionTest::Flagged:
    case ConditionTest::Aftercare:
    case ConditionTest::Advised:
    case ConditionTest::TreatedOverFinding:
        if (!value.is_string() || value.get<std::string>().empty()) diagnostics.error(at, "must be a catalogue id (a non-empty string), not " + describeJsonType(value));
        else out.id = value.get<std::string>();
        break;
    case ConditionTest::FitzpatrickAtLeast:
    case ConditionTest::DepthAtLeastMm:
    case ConditionTest::PassesAbove: {
        const double hi = out.test == ConditionTest::FitzpatrickAtLeast ? 6.0 : out.test == ConditionTest::DepthAtLeastMm ? 3.5 : 20.0;
        const double lo = out.test == ConditionTest::FitzpatrickAtLeast ? 1.0 : 0.0;
        if (!value.is_number()) diagnostics.error(at, "must be a number, not " + describeJsonType(value));
        else if (value.get<double>() < lo || value.get<double>() > hi)
            diagnostics.error(at, "must be between " + std::to_string(static_cast<int>(lo)) + " and " + std::to_string(hi).substr(0, 3) + ", not " + value.dump());
        else out.number = value.get<double>();
        break;
    }
    case ConditionTest::Endpoint:
        for (const auto& [name, e] : endpointChoices()) {
            if (value.is_string() && value.get<std::string>() == name) out.endpoint = e;
        }
        if (!out.endpoint) diagnostics.error(at, "must be \"erythema\" or \"pinpoint_bleeding\", not " + value.dump());
        break;
    case ConditionTest::Recent: {
        for (const auto& [name, kind] : treatmentKindChoices()) {
            if (value.is_string() && value.get<std::string>() == name) out.recentKind = kind;
        }
        if (!out.recentKind) {
            std::string kinds;
            for (const auto& [name, kind] : treatmentKindChoices()) kinds += (kinds.empty() ? "" : ", ") + name;
            diagnostics.error(at, "must be a treatment kind (" + kinds + "), not " + value.dump());
        }
        const auto weeks = node.find("within_weeks");
        if (weeks == node.end()) diagnostics.error(pointer, "\"recent\" needs \"within_weeks\": how many weeks back counts as recent");
        else if (!weeks->is_number() || weeks->get<double>() <= 0.0 || weeks->get<double>() > 520.0)
            diagnostics.error(pointer + "/within_weeks", "must be a number of weeks above 0 and at most 520, not " + weeks->dump());
        else out.number = weeks->get<double>();
        break;
    }
    case ConditionTest::All:
    case ConditionTest::Any:
        if (!value.is_array() || value.empty()) {
            diagnostics.error(at, "must be a non-empty array of conditions");
            break;
        }
        for (std::size_t i = 0; i < value.size(); ++i) out.children.push_back(readOutcomeCondition(value[i], at + "/" + std::to_string(i), diagnostics));
        break;
    case ConditionTest::Not: out.children.push_back(readOutcomeCondition(value, at, diagnostics)); break;
    }
    return out;
}

std::string describeCondition(const OutcomeCondition& c) {
    using namespace outcome_condition_detail;
    auto num = [](double v) {
        std::string s = std::to_string(v);
        s.erase(s.find_last_not_of('0') + 1);
        if (!s.empty() && s.back() == '.') s.pop_back();
        return s;
    };
    switch (c.test) {
    case ConditionTest::Treating: return c.expected ? "needling today" : "not needling today";
    case ConditionTest::ClientHas: return "client has " + c.id;
    case ConditionTest::Flagged: return "flagged " + c.id;
    case ConditionTest::FitzpatrickAtLeast: return "Fitzpatrick type " + num(c.number) + " or above";
    case ConditionTest::Endpoint: return "endpoint " + (c.endpoint ? toString(*c.endpoint) : std::string("?"));
    case ConditionTest::DepthAtLeastMm: return "needled " + num(c.number) + " mm or deeper";
    case ConditionTest::DeeperThanZoneMax: return c.expected ? "deeper than the zone's safety maximum" : "within every zone's safety maximum";
    case ConditionTest::PassesAbove: return "more than " + num(c.number) + " passes";
    case ConditionTest::Aftercare: return "aftercare " + c.id;
    case ConditionTest::Advised: return "advised " + c.id;
    case ConditionTest::TreatedOverFinding: return "needled over " + c.id + (c.number > 0.0 ? " deeper than " + num(c.number) + " mm" : "");
    case ConditionTest::IntakeMentions: {
        std::string words;
        for (const auto& w : c.words) words += (words.empty() ? "" : " or ") + ("\"" + w + "\"");
        return "intake mentions " + words;
    }
    case ConditionTest::Recent: return (c.recentKind ? toString(*c.recentKind) : std::string("?")) + " within " + num(c.number) + " weeks";
    case ConditionTest::All: return join(c.children, " and ");
    case ConditionTest::Any: return "(" + join(c.children, " or ") + ")";
    case ConditionTest::Not: return "no " + (c.children.empty() ? std::string("?") : describeCondition(c.children.front()));
    }
    return "?";
}

} // namespace core
