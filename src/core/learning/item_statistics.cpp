// Moodle's quiz statistics over a matrix of item marks: per item facility, SD,
// discrimination index and discriminative efficiency; per test mean, SD,
// coefficient of internal consistency (Cronbach's alpha), error ratio and
// standard error.
//
// The definitions follow Moodle's calculators step for step:
//  - moodle/moodle question/classes/statistics/questions/calculator.php
//    (initial_question_walker, secondary_steps_walker, secondary_question_walker):
//    facility = mean mark / max mark; sd = sqrt(sum (x - mean)^2 / (s - 1));
//    "other marks" = the candidate's total minus this item's mark (the rest of
//    the test); discrimination index = 100 cov(item, rest) / sqrt(var item *
//    var rest); discriminative efficiency = 100 cov(item, rest) / covmax, where
//    covmax pairs the item's marks and the rest marks each sorted ascending
//    (the largest covariance those marks could have); both none when the
//    denominator is 0. The sum of the items' mark variances feeds the alpha.
//  - moodle/moodle mod/quiz/report/statistics/classes/calculator.php
//    (calculate): test sd = sqrt(sum (total - mean)^2 / (s - 1)) for s > 1;
//    for s > 2 with k2 = the same variance not 0 and p > 1 items:
//    cic = 100 p / (p - 1) * (1 - sum of item variances / k2),
//    errorratio = 100 sqrt(1 - cic / 100), standarderror = errorratio * sd / 100.
//  - moodle/moodle mod/quiz/report/statistics/statistics_table.php: the item
//    SD is shown as a percentage of the max mark, and an item is "dubious"
//    when its discriminative efficiency is under 15%.
// Moodle tests a variance for exactly 0; sums of fractional marks round, so a
// variance within a few ulps of 0 counts as 0 here (else 0.1, 0.1, 0.1 would
// get a discrimination index from rounding noise).
#include "learning/item_statistics.hpp"

#include <algorithm>
#include <cmath>

namespace core {
namespace item_statistics_detail {

double mean(const std::vector<double>& x) {
    double sum = 0.0;
    for (double v : x) sum += v;
    return x.empty() ? 0.0 : sum / static_cast<double>(x.size());
}

// Sample covariance (divided by s - 1), as Moodle's secondary_question_walker.
double covariance(const std::vector<double>& x, const std::vector<double>& y) {
    const double mx = mean(x);
    const double my = mean(y);
    double sum = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i) sum += (x[i] - mx) * (y[i] - my);
    return sum / static_cast<double>(x.size() - 1);
}

// A variance or covariance this close to 0, relative to the marks' scale, is 0.
bool isZero(double value, double scale) { return std::abs(value) <= 1e-12 * std::max(1.0, scale * scale); }

Status check(const std::vector<ItemMarks>& items) {
    for (const auto& item : items) {
        if (item.marks.size() != items.front().marks.size()) {
            return std::unexpected(Error("item \"" + item.id + "\" has " + std::to_string(item.marks.size()) + " marks and item \"" +
                                         items.front().id + "\" has " + std::to_string(items.front().marks.size()) +
                                         ": every item needs one mark per candidate, in the same order"));
        }
        if (!(item.maxMark > 0.0) || !std::isfinite(item.maxMark)) {
            return std::unexpected(Error("item \"" + item.id + "\" has max mark " + std::to_string(item.maxMark) +
                                         ": an item's max mark must be above 0 (leave items that carry no marks out of the analysis)"));
        }
        for (std::size_t c = 0; c < item.marks.size(); ++c) {
            if (!std::isfinite(item.marks[c])) {
                return std::unexpected(Error("item \"" + item.id + "\" has a mark that is not a number for candidate " + std::to_string(c + 1)));
            }
        }
    }
    return {};
}

ItemStatistic itemStatistic(const ItemMarks& item, const std::vector<double>& totals, double& markVariance) {
    ItemStatistic stat;
    stat.id = item.id;
    const std::size_t s = item.marks.size();
    stat.facility = s == 0 ? 0.0 : 100.0 * mean(item.marks) / item.maxMark;
    markVariance = 0.0;
    if (s < 2) return stat; // Moodle: sd, variances and both indices are null for s <= 1
    std::vector<double> rest(s);
    for (std::size_t c = 0; c < s; ++c) rest[c] = totals[c] - item.marks[c];
    const double scale = std::max(item.maxMark, *std::max_element(totals.begin(), totals.end()));
    markVariance = covariance(item.marks, item.marks);
    const double restVariance = covariance(rest, rest);
    const double cov = covariance(item.marks, rest);
    stat.sd = 100.0 * std::sqrt(markVariance) / item.maxMark;
    if (!isZero(markVariance, scale) && !isZero(restVariance, scale)) {
        stat.discriminationIndex = 100.0 * cov / std::sqrt(markVariance * restVariance);
    }
    std::vector<double> sortedMarks = item.marks;
    std::vector<double> sortedRest = rest;
    std::sort(sortedMarks.begin(), sortedMarks.end());
    std::sort(sortedRest.begin(), sortedRest.end());
    const double covarianceMax = covariance(sortedMarks, sortedRest);
    if (!isZero(covarianceMax, scale)) stat.discriminativeEfficiency = 100.0 * cov / covarianceMax;
    stat.negativeDiscrimination = stat.discriminationIndex && *stat.discriminationIndex < 0.0;
    stat.dubious = stat.discriminativeEfficiency && *stat.discriminativeEfficiency < kDubiousEfficiency;
    return stat;
}

} // namespace item_statistics_detail

Result<ItemAnalysis> analyseItems(const std::vector<ItemMarks>& items) {
    namespace detail = item_statistics_detail;
    ItemAnalysis out;
    if (items.empty()) return out;
    if (auto ok = detail::check(items); !ok) return std::unexpected(ok.error().context("item analysis"));
    const std::size_t s = items.front().marks.size();
    std::vector<double> totals(s, 0.0);
    double maxTotal = 0.0;
    for (const auto& item : items) {
        for (std::size_t c = 0; c < s; ++c) totals[c] += item.marks[c];
        maxTotal += item.maxMark;
    }
    double sumOfMarkVariance = 0.0;
    for (const auto& item : items) {
        double variance = 0.0;
        out.items.push_back(detail::itemStatistic(item, totals, variance));
        sumOfMarkVariance += variance;
    }
    TestStatistic& test = out.test;
    test.candidates = s;
    test.mean = detail::mean(totals);
    if (s < 2) return out;
    const double k2 = detail::covariance(totals, totals);
    test.sd = std::sqrt(k2);
    const double p = static_cast<double>(items.size());
    // Moodle works the alpha out only inside its skewness branch: s > 2, k2 not 0, p > 1.
    if (s > 2 && items.size() > 1 && !detail::isZero(k2, maxTotal)) {
        const double cic = (100.0 * p / (p - 1.0)) * (1.0 - sumOfMarkVariance / k2);
        test.cronbachAlpha = cic;
        test.errorRatio = 100.0 * std::sqrt(std::max(0.0, 1.0 - cic / 100.0)); // cic <= 100, but may round past it
        test.standardError = *test.errorRatio * test.sd / 100.0;
    }
    return out;
}

} // namespace core
