// The curve_blocks table: dropping blocks a late attempt falls before,
// extending them before each commit, reading them back; the attempts' light
// columns in curve order; the streak by day probes.
#include "progress/progress_curve_rows.hpp"

#include <algorithm>
#include <cmath>

namespace core {
namespace progress_curve_rows_detail {

constexpr std::string_view kBlockColumns = "block, attempts, first_at, first_attempt, last_at, last_attempt, total_sum, total_min, total_max, "
                                           "passed, critical, critical_mask, seconds, sections, totals";

CurveBlock blockOfRow(const SqliteStatement& q) {
    CurveBlock b;
    b.index = q.integer(0);
    b.attempts = static_cast<int>(q.integer(1));
    b.firstAtUnix = q.real(2);
    b.firstAttemptId = q.integer(3);
    b.lastAtUnix = q.real(4);
    b.lastAttemptId = q.integer(5);
    b.totalSum = q.real(6);
    b.totalMin = q.real(7);
    b.totalMax = q.real(8);
    b.passed = static_cast<int>(q.integer(9));
    b.critical = static_cast<int>(q.integer(10));
    b.failedMask = static_cast<std::uint64_t>(q.integer(11));
    b.secondsPractised = q.real(12);
    b.sections = unpackSectionTallies(q.text(13));
    b.totals = unpackDoubles(q.text(14));
    return b;
}

Status writeBlock(SqliteConnection& db, const CurveBlock& b) {
    auto write = db.cached("INSERT OR REPLACE INTO curve_blocks(" + std::string(kBlockColumns) +
                           ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    if (!write) return std::unexpected(write.error());
    SqliteStatement& w = **write;
    w.bind(1, b.index).bind(2, std::int64_t{b.attempts}).bind(3, b.firstAtUnix).bind(4, b.firstAttemptId).bind(5, b.lastAtUnix);
    w.bind(6, b.lastAttemptId).bind(7, b.totalSum).bind(8, b.totalMin).bind(9, b.totalMax).bind(10, std::int64_t{b.passed});
    w.bind(11, std::int64_t{b.critical}).bind(12, static_cast<std::int64_t>(b.failedMask)).bind(13, b.secondsPractised);
    return w.bindBlob(14, packSectionTallies(b.sections)).bindBlob(15, packDoubles(b.totals)).run();
}

std::string attemptColumns() { return "id, case_id, started_unix, finished_unix, total, passed, critical, " + sectionPercentColumns(); }

DigestAttempt attemptOfRow(const SqliteStatement& q) {
    DigestAttempt a;
    CurvePoint& p = a.point;
    p.attemptId = q.integer(0);
    p.caseId = q.text(1);
    a.startedUnix = q.real(2);
    p.atUnix = q.real(3);
    p.total = q.real(4);
    p.passed = q.integer(5) != 0;
    p.critical = q.integer(6) != 0;
    for (std::size_t s = 0; s < kSectionCount; ++s) {
        const int column = 7 + static_cast<int>(s);
        if (!q.isNull(column)) p.sectionPercent.set(static_cast<Section>(s), q.real(column));
    }
    return a;
}

Status readAttempts(SqliteStatement& q, std::vector<DigestAttempt>& out) {
    for (;;) {
        auto row = q.step();
        if (!row) return std::unexpected(row.error());
        if (!*row) return {};
        out.push_back(attemptOfRow(q));
    }
}

} // namespace progress_curve_rows_detail

const std::string& sectionPercentColumns() {
    static const std::string columns = [] {
        std::string out;
        for (const Section s : kSections) out += (out.empty() ? "" : ", ") + toString(s) + "_pct";
        return out;
    }();
    return columns;
}

Status dropCurveBlocksAfter(SqliteConnection& db, double atUnix, std::int64_t attemptId) {
    auto last = db.cached("SELECT last_at, last_attempt FROM curve_blocks ORDER BY block DESC LIMIT 1");
    if (!last) return std::unexpected(last.error());
    auto row = (*last)->step();
    if (!row) return std::unexpected(row.error());
    const bool after = !*row || atUnix > (*last)->real(0) || (atUnix == (*last)->real(0) && attemptId > (*last)->integer(1));
    (*last)->reset();
    if (after) return {}; // the usual case: the newest attempt, appended at the commit
    auto drop = db.cached("DELETE FROM curve_blocks WHERE block >= (SELECT min(block) FROM curve_blocks "
                          "WHERE last_at > ?1 OR (last_at = ?1 AND last_attempt > ?2))");
    if (!drop) return std::unexpected(drop.error());
    return (*drop)->bind(1, atUnix).bind(2, attemptId).run();
}

Status extendCurveBlocks(SqliteConnection& db) {
    using namespace progress_curve_rows_detail;
    auto last = db.cached("SELECT " + std::string(kBlockColumns) + " FROM curve_blocks ORDER BY block DESC LIMIT 1");
    if (!last) return std::unexpected(last.error());
    auto row = (*last)->step();
    if (!row) return std::unexpected(row.error());
    std::optional<CurveBlock> block;
    if (*row) block = blockOfRow(**last);
    (*last)->reset();
    auto after = db.cached("SELECT " + attemptColumns() + " FROM attempts WHERE (finished_unix, id) > (?1, ?2) ORDER BY finished_unix, id");
    if (!after) return std::unexpected(after.error());
    (*after)->bind(1, block ? block->lastAtUnix : -1e300).bind(2, block ? block->lastAttemptId : std::int64_t{0});
    std::vector<DigestAttempt> attempts;
    auto read = readAttempts(**after, attempts);
    (*after)->reset();
    if (!read) return read;
    bool changed = false;
    for (const DigestAttempt& a : attempts) {
        if (!block || block->full()) {
            if (block && changed) {
                if (auto written = writeBlock(db, *block); !written) return written;
            }
            const std::int64_t index = block ? block->index + 1 : 0;
            block = CurveBlock();
            block->index = index;
        }
        block->add(a);
        changed = true;
    }
    if (block && changed) return writeBlock(db, *block);
    return {};
}

Result<std::vector<CurveBlock>> readCurveBlocks(SqliteConnection& db) {
    using namespace progress_curve_rows_detail;
    auto q = db.prepare("SELECT " + std::string(kBlockColumns) + " FROM curve_blocks ORDER BY block");
    if (!q) return std::unexpected(q.error());
    std::vector<CurveBlock> blocks;
    for (;;) {
        auto row = q->step();
        if (!row) return std::unexpected(row.error());
        if (!*row) break;
        blocks.push_back(blockOfRow(*q));
    }
    return blocks;
}

Result<std::int64_t> curveBlockAttempts(SqliteConnection& db) { return db.queryInteger("SELECT coalesce(sum(attempts), 0) FROM curve_blocks"); }

Status readCurveAttempts(SqliteConnection& db, std::size_t latest, std::vector<DigestAttempt>& out) {
    using namespace progress_curve_rows_detail;
    if (latest == 0) {
        auto q = db.prepare("SELECT " + attemptColumns() + " FROM attempts ORDER BY finished_unix, id");
        if (!q) return std::unexpected(q.error());
        return readAttempts(*q, out);
    }
    // The index read backwards from the newest, then put back in curve order.
    auto q = db.prepare("SELECT " + attemptColumns() + " FROM attempts ORDER BY finished_unix DESC, id DESC LIMIT ?1");
    if (!q) return std::unexpected(q.error());
    q->bind(1, static_cast<std::int64_t>(latest));
    const std::size_t from = out.size();
    if (auto read = readAttempts(*q, out); !read) return read;
    std::reverse(out.begin() + static_cast<std::ptrdiff_t>(from), out.end());
    return {};
}

Result<int> storeStreakDays(SqliteConnection& db, double nowUnix) {
    constexpr double kDay = 86400.0;
    auto probe = db.prepare("SELECT EXISTS(SELECT 1 FROM attempts WHERE finished_unix >= ?1 AND finished_unix < ?2)");
    if (!probe) return std::unexpected(probe.error());
    const auto practisedOn = [&](long day) -> Result<bool> {
        probe->bind(1, static_cast<double>(day) * kDay).bind(2, static_cast<double>(day + 1) * kDay);
        auto row = probe->step();
        if (!row) return std::unexpected(row.error());
        const bool any = *row && probe->integer(0) != 0;
        probe->reset();
        return any;
    };
    long day = static_cast<long>(std::floor(nowUnix / kDay));
    auto today = practisedOn(day);
    if (!today) return std::unexpected(today.error());
    if (!*today) --day; // a streak is not broken until a whole day passes without practice
    int streak = 0;
    for (;;) {
        auto practised = practisedOn(day);
        if (!practised) return std::unexpected(practised.error());
        if (!*practised) return streak;
        ++streak;
        --day;
    }
}

} // namespace core
