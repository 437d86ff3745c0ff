// Exam reading, checking and drawing.
#include "model/exam.hpp"

#include "base/text_similarity.hpp"

#include <algorithm>
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

std::expected<std::vector<std::string>, core::Error> drawExamCases(const Exam& exam, const CaseById& cases) {
    std::vector<std::string> order;
    std::set<std::string> taken;
    for (const auto& id : exam.cases) {
        if (!cases.count(id)) return std::unexpected("the exam lists case \"" + id + "\", which is not in the library");
        if (taken.insert(id).second) order.push_back(id);
    }
    for (const auto& pool : exam.pools) {
        auto candidates = poolCandidates(pool, cases, taken);
        if (static_cast<std::size_t>(pool.count) > candidates.size()) {
            return std::unexpected("pool \"" + pool.id + "\" asks for " + std::to_string(pool.count) + " cases but only " +
                                   std::to_string(candidates.size()) + " match");
        }
        shuffleWith(candidates, pool.seed);
        for (int i = 0; i < pool.count; ++i) {
            taken.insert(candidates[static_cast<std::size_t>(i)]);
            order.push_back(candidates[static_cast<std::size_t>(i)]);
        }
    }
    if (exam.shuffle) shuffleWith(order, exam.seed);
    return order;
}

} // namespace core
