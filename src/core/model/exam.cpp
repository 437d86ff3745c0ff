// Exam reading, checking and drawing.
#include "model/exam.hpp"

#include "base/stable_hash.hpp"
#include "base/text_similarity.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

namespace core {
namespace {

// xorshift64*: small, stable across platforms, fine for drawing cases.
struct Draw {
    std::uint64_t state;
    explicit Draw(std::uint64_t seed) : state(seed == 0 ? 0x9E3779B97F4A7C15ull : seed) {}
    std::uint64_t next() {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1Dull;
    }
};

template <typename T> void shuffleWith(std::vector<T>& v, std::uint64_t seed) {
    Draw d(seed);
    for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[d.next() % i]);
}

std::vector<std::string> poolCandidates(const ExamPool& pool, const CaseById& cases, const std::set<std::string>& taken) {
    std::vector<std::string> out;
    for (const auto& [id, c] : cases) { // map order: sorted by id, so draws are reproducible
        if (taken.count(id)) continue;
        if (pool.difficulty && c->difficulty != *pool.difficulty) continue;
        if (!pool.tags.empty() && std::none_of(pool.tags.begin(), pool.tags.end(), [&](const std::string& t) {
                return std::find(c->tags.begin(), c->tags.end(), t) != c->tags.end();
            })) {
            continue;
        }
        out.push_back(id);
    }
    return out;
}

} // namespace

const Choices<FeedbackPolicy>& feedbackPolicyChoices() {
    static const Choices<FeedbackPolicy> c{{"none", FeedbackPolicy::None}, {"score_only", FeedbackPolicy::ScoreOnly}, {"full", FeedbackPolicy::Full}};
    return c;
}

const Choices<TotalRule>& totalRuleChoices() {
    static const Choices<TotalRule> c{{"mean", TotalRule::Mean}, {"weighted", TotalRule::Weighted}};
    return c;
}

const Choices<DrawRule>& drawRuleChoices() {
    static const Choices<DrawRule> c{{"per_candidate", DrawRule::PerCandidate}, {"same_for_all", DrawRule::SameForAll}};
    return c;
}

Exam readExam(const Json& root, Diagnostics& diagnostics) {
    Exam e;
    ObjectReader top(root, "", diagnostics);
    if (!top.isObject()) return e;
    (void)top.string("kind", Need::Required);
    (void)top.integer("schema_version", Need::Required, 1, 1);
    e.id = top.string("id", Need::Required, false).value_or("");
    e.title = top.string("title", Need::Required, false).value_or(e.id);
    e.cases = top.stringArray("cases", Need::Optional);
    if (const Json* pools = top.array("pools", Need::Optional)) {
        for (std::size_t i = 0; i < pools->size(); ++i) {
            ObjectReader r((*pools)[i], top.pointerOf("pools") + "/" + std::to_string(i), diagnostics);
            if (!r.isObject()) continue;
            ExamPool p;
            p.id = r.string("id", Need::Required, false).value_or("pool-" + std::to_string(i + 1));
            p.count = r.integer("count", Need::Required, 1, 100).value_or(1);
            p.difficulty = r.choice("difficulty", Need::Optional, difficultyChoices());
            p.tags = r.stringArray("tags", Need::Optional);
            p.seed = static_cast<std::uint64_t>(r.integer("seed", Need::Required, 0, 2147483647).value_or(1));
            p.weight = r.number("weight", Need::Optional, 0, 100).value_or(1);
            e.pools.push_back(std::move(p));
        }
    }
    if (e.cases.empty() && e.pools.empty() && !diagnostics.hasErrors()) {
        diagnostics.error("", "the exam has no cases: add \"cases\" (case ids) or \"pools\" (cases drawn by tag or difficulty)");
    }
    e.shuffle = top.boolean("shuffle", Need::Optional).value_or(false);
    e.seed = static_cast<std::uint64_t>(top.integer("seed", Need::Optional, 0, 2147483647).value_or(1));
    e.timeLimitMinutes = top.number("time_limit_minutes", Need::Required, -1e9, 600).value_or(30);
    if (e.timeLimitMinutes <= 0) {
        diagnostics.error("/time_limit_minutes", "the time limit must be more than 0 minutes: set how long candidates have");
    }
    e.passMark = top.number("pass_mark", Need::Required, 0, 100).value_or(70);
    e.protocol = top.string("protocol", Need::Required, false).value_or("");
    e.feedback = top.choice("feedback", Need::Required, feedbackPolicyChoices()).value_or(FeedbackPolicy::None);
    e.screening = top.choice("screening", Need::Optional, screeningModeChoices());
    e.totalRule = top.choice("total", Need::Optional, totalRuleChoices()).value_or(TotalRule::Mean);
    if (const Json* weights = top.object("weights", Need::Optional)) {
        for (const auto& [id, value] : weights->items()) {
            const std::string at = top.pointerOf("weights") + "/" + id;
            if (!value.is_number() || value.get<double>() < 0 || value.get<double>() > 100) {
                diagnostics.error(at, "a case's weight must be a number from 0 to 100");
            } else if (std::find(e.cases.begin(), e.cases.end(), id) == e.cases.end()) {
                diagnostics.error(at, "\"" + id + "\" is not a listed case: weigh listed cases here and pools by their own \"weight\"");
            } else {
                e.weights[id] = value.get<double>();
            }
        }
    }
    if (e.totalRule == TotalRule::Mean && (!e.weights.empty() || std::any_of(e.pools.begin(), e.pools.end(), [](const ExamPool& p) { return p.weight != 1; }))) {
        diagnostics.error("/total", "weights are set but the total is the plain mean: set \"total\": \"weighted\", or remove the weights");
    }
    e.minCaseScore = top.number("min_case_score", Need::Optional, 0, 100).value_or(0);
    e.allCasesRequired = top.boolean("all_cases_required", Need::Optional).value_or(true);
    e.draw = top.choice("draw", Need::Optional, drawRuleChoices()).value_or(DrawRule::PerCandidate);
    e.variants = top.boolean("variants", Need::Optional).value_or(false);
    return e;
}

void checkExamMeaning(const Exam& exam, const CaseById& cases, const std::vector<std::string>& protocolIds, Diagnostics& d) {
    std::vector<std::string> ids;
    for (const auto& [id, c] : cases) ids.push_back(id);
    std::set<std::string> seen;
    for (std::size_t i = 0; i < exam.cases.size(); ++i) {
        const auto& id = exam.cases[i];
        if (!cases.count(id)) {
            d.error("/cases/" + std::to_string(i), "no valid case \"" + id + "\" in the library (missing, or it has errors)." + didYouMean(id, ids));
        } else if (!seen.insert(id).second) {
            d.error("/cases/" + std::to_string(i), "\"" + id + "\" is listed twice: remove the duplicate");
        }
    }
    for (std::size_t i = 0; i < exam.pools.size(); ++i) {
        const auto available = poolCandidates(exam.pools[i], cases, seen).size();
        if (static_cast<std::size_t>(exam.pools[i].count) > available) {
            d.error("/pools/" + std::to_string(i) + "/count", "the pool asks for " + std::to_string(exam.pools[i].count) + " cases but only " +
                                                                   std::to_string(available) + " match: lower the count or widen the pool");
        }
    }
    if (!exam.protocol.empty() && std::find(protocolIds.begin(), protocolIds.end(), exam.protocol) == protocolIds.end()) {
        d.error("/protocol", "unknown protocol profile \"" + exam.protocol + "\"." + didYouMean(exam.protocol, protocolIds));
    }
}

std::uint64_t sittingDrawSeed(const Exam& exam, const std::string& candidateId, const std::string& sittingId) {
    if (exam.draw == DrawRule::SameForAll) return 0;
    // FNV-1a over the three parts with separators, then a splitmix64 finish:
    // stable on every platform and build, which a std::hash is not.
    std::uint64_t h = kFnv1a64Offset;
    auto mix = [&h](const std::string& part) { h = fnv1a64Byte(fnv1a64(part, h), 0xffU); };
    mix(std::to_string(exam.seed));
    mix(candidateId);
    mix(sittingId);
    h = SplitMix64(h).next();
    return h == 0 ? 1 : h;
}

std::string drawSeedText(std::uint64_t seed) {
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(seed));
    return text;
}

std::optional<std::uint64_t> parseDrawSeed(const std::string& text) {
    if (text.size() != 16 || text.find_first_not_of("0123456789abcdef") != std::string::npos) return std::nullopt;
    return static_cast<std::uint64_t>(std::stoull(text, nullptr, 16));
}

std::expected<ExamDraw, core::Error> drawExamCases(const Exam& exam, const CaseById& cases, std::uint64_t drawSeed) {
    ExamDraw draw;
    std::set<std::string> taken;
    for (const auto& id : exam.cases) {
        if (!cases.count(id)) return std::unexpected("the exam lists case \"" + id + "\", which is not in the library");
        if (taken.insert(id).second) {
            draw.order.push_back(id);
            const auto w = exam.weights.find(id);
            draw.weights[id] = w == exam.weights.end() ? 1.0 : w->second;
        }
    }
    for (const auto& pool : exam.pools) {
        auto candidates = poolCandidates(pool, cases, taken);
        if (static_cast<std::size_t>(pool.count) > candidates.size()) {
            return std::unexpected("pool \"" + pool.id + "\" asks for " + std::to_string(pool.count) + " cases but only " +
                                   std::to_string(candidates.size()) + " match");
        }
        shuffleWith(candidates, pool.seed ^ drawSeed);
        for (int i = 0; i < pool.count; ++i) {
            const auto& id = candidates[static_cast<std::size_t>(i)];
            taken.insert(id);
            draw.order.push_back(id);
            draw.weights[id] = pool.weight;
        }
    }
    if (exam.shuffle) shuffleWith(draw.order, exam.seed ^ drawSeed);
    return draw;
}

ScreeningMode screeningModeFor(const Case& c, const Exam* exam) {
    if (exam && exam->screening) return *exam->screening;
    return c.screening.value_or(ScreeningMode::Checklist);
}

} // namespace core
