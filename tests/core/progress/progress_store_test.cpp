// The progress store: attempts read back as recorded, one transaction per
// record, migration from version 1, a newer store refused, a damaged store
// moved aside and rebuilt from the JSON history, the import, and kill -9.
#include "progress/progress_store.hpp"

#include "base/clocks.hpp"
#include "grading/grader.hpp"
#include "grading/grading_inputs.hpp"
#include "grading/report_json.hpp"
#include "practice/attempt_store.hpp"
#include "progress/progress_schema.hpp"
#include "progress/report_packing.hpp"
#include "progress/sqlite_connection.hpp"

#include "../support/run_process.hpp"
#include "fixtures.hpp"

#include <catch2/catch.hpp>

#include <csignal>
#include <fstream>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

namespace fs = std::filesystem;

namespace {

struct PsGraded {
    core::Attempt attempt;
    core::Report report;
};

// A real report (33 line items, ~34 KB of JSON) from a golden attempt.
const PsGraded& psGradedAcne() {
    static const PsGraded graded = [] {
        const fs::path root = MN_SOURCE_ROOT;
        core::ReferenceData data = fixtures::referenceData();
        auto c = core::loadCaseFile(root / "cases/library/a-acne-scars-cheeks.json", data);
        auto a = core::loadAttemptFile(root / "tests/data/golden/acne-too-deep.attempt.json");
        if (!c || !a) throw std::runtime_error("the golden acne case or attempt does not load");
        auto p = core::resolveProtocol("", *c, data);
        if (!p) throw std::runtime_error(p.error().summary());
        return PsGraded{*a, core::grade(*c, *a, *p, data)};
    }();
    return graded;
}

// The test's skill map: the item's kind is its skill; full points Good,
// some Hard, none Again.
std::vector<core::OutcomeRow> psOutcomesOf(const core::Attempt&, const core::Report& report, double finishedUnix) {
    std::vector<core::OutcomeRow> rows;
    for (const core::LineItem& item : report.items) {
        core::OutcomeRow row;
        row.itemId = item.id();
        row.section = core::toString(item.section);
        row.skill = "skill." + std::string(item.kind);
        if (item.kind == "zone") {
            row.zone = item.subject;
            if (const auto v = report.zoneVerdicts.find(item.subject); v != report.zoneVerdicts.end()) row.zoneVerdict = core::toString(v->second);
        }
        row.points = item.points;
        row.max = item.max;
        row.rating = item.points >= item.max ? 3 : item.points > 0.0 ? 2 : 1;
        row.atUnix = finishedUnix;
        rows.push_back(std::move(row));
    }
    return rows;
}

core::StoredAttempt psStoredOf(const PsGraded& g, double finishedUnix, const std::string& caseId = "") {
    core::StoredAttempt a;
    a.caseId = caseId.empty() ? g.attempt.caseId : caseId;
    a.finishedUnix = finishedUnix;
    a.startedUnix = finishedUnix - 720.0;
    a.durationS = 720.0;
    a.total = g.report.total;
    a.passed = g.report.passed;
    a.critical = !g.report.critical.empty();
    a.attemptJson = core::attemptToJson(g.attempt).dump();
    a.reportJson = core::reportToJson(g.report).dump();
    return a;
}

std::string psBytesOf(const fs::path& file) { return testing_support::readFile(file); }

std::int64_t psScalar(const fs::path& file, const std::string& sql) {
    auto db = core::SqliteConnection::open(file, false);
    REQUIRE(db.has_value());
    auto value = db->queryInteger(sql);
    REQUIRE(value.has_value());
    return *value;
}

} // namespace

TEST_CASE("a recorded attempt reads back with its report, attempt JSON and outcome rows") {
    testing_support::TempDir dir;
    const fs::path file = dir.path() / "t/progress.sqlite";
    const PsGraded& g = psGradedAcne();
    std::int64_t id = 0;
    {
        auto store = core::ProgressStore::open(file);
        REQUIRE(store.has_value());
        auto recorded = store->record(psStoredOf(g, 1'780'000'000.0), psOutcomesOf(g.attempt, g.report, 1'780'000'000.0));
        REQUIRE(recorded.has_value());
        id = *recorded;
    }
    core::StoreOpenNotes notes;
    auto store = core::ProgressStore::open(file, &notes);
    REQUIRE(store.has_value());
    CHECK(notes.message.empty());
    CHECK(notes.migratedFromVersion == 0);
    CHECK(psScalar(file, "PRAGMA user_version") == core::ProgressStore::kSchemaVersion);
    CHECK(psScalar(file, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'") == 1);
    auto attempts = store->attempts(true);
    REQUIRE(attempts.has_value());
    REQUIRE(attempts->size() == 1);
    const core::StoredAttempt& a = attempts->front();
    CHECK(a.id == id);
    CHECK(a.caseId == "a-acne-scars-cheeks");
    CHECK(a.finishedUnix == 1'780'000'000.0);
    CHECK(a.startedUnix == 1'780'000'000.0 - 720.0);
    CHECK(a.durationS == std::optional<double>(720.0));
    CHECK(a.total == Approx(g.report.total));
    CHECK(a.passed == g.report.passed);
    CHECK(a.attemptJson == core::attemptToJson(g.attempt).dump());
    CHECK(core::Json::parse(a.reportJson) == core::reportToJson(g.report));
    auto outcomes = store->outcomes();
    REQUIRE(outcomes.has_value());
    REQUIRE(outcomes->size() == g.report.items.size());
    const auto expected = psOutcomesOf(g.attempt, g.report, 1'780'000'000.0);
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(expected[i].itemId);
        CHECK((*outcomes)[i].attemptId == id);
        CHECK((*outcomes)[i].itemId == expected[i].itemId);
        CHECK((*outcomes)[i].skill == expected[i].skill);
        CHECK((*outcomes)[i].zone == expected[i].zone);
        CHECK((*outcomes)[i].zoneVerdict == expected[i].zoneVerdict);
        CHECK((*outcomes)[i].points == expected[i].points);
        CHECK((*outcomes)[i].rating == expected[i].rating);
        CHECK((*outcomes)[i].atUnix == 1'780'000'000.0);
    }
    auto count = store->attemptCount();
    REQUIRE(count.has_value());
    CHECK(*count == 1);
}

TEST_CASE("record is one transaction: a failure on the fourth outcome row leaves nothing behind") {
    testing_support::TempDir dir;
    const fs::path file = dir.path() / "progress.sqlite";
    const PsGraded& g = psGradedAcne();
    auto store = core::ProgressStore::open(file);
    REQUIRE(store.has_value());
    const auto plant = [&](const std::string& sql) {
        auto db = core::SqliteConnection::open(file, false);
        REQUIRE(db.has_value());
        REQUIRE(db->exec(sql).has_value());
    };
    plant("CREATE TRIGGER planted BEFORE INSERT ON outcomes WHEN NEW.seq = 3 BEGIN SELECT RAISE(ABORT, 'planted failure'); END;");
    auto failed = store->record(psStoredOf(g, 200.0), psOutcomesOf(g.attempt, g.report, 200.0));
    REQUIRE_FALSE(failed.has_value());
    CHECK(failed.error().summary().find("planted failure") != std::string::npos);
    // The attempt row, the first three outcome rows, the shared texts and line items: all rolled back.
    CHECK(psScalar(file, "SELECT count(*) FROM attempts") == 0);
    CHECK(psScalar(file, "SELECT count(*) FROM outcomes") == 0);
    CHECK(psScalar(file, "SELECT count(*) FROM texts") == 0);
    CHECK(psScalar(file, "SELECT count(*) FROM outcome_items") == 0);
    // The store keeps working after the rollback: ids it had cached for the
    // rolled-back texts and items are not reused.
    plant("DROP TRIGGER planted");
    REQUIRE(store->record(psStoredOf(g, 300.0), psOutcomesOf(g.attempt, g.report, 300.0)).has_value());
    auto attempts = store->attempts(true);
    REQUIRE(attempts.has_value());
    REQUIRE(attempts->size() == 1);
    CHECK(core::Json::parse(attempts->front().reportJson) == core::reportToJson(g.report));
    auto outcomes = store->outcomes();
    REQUIRE(outcomes.has_value());
    CHECK(outcomes->size() == g.report.items.size());
}

TEST_CASE("a version 1 store migrates to the current version with its attempts, outcomes and imported files kept") {
    testing_support::TempDir dir;
    const fs::path file = dir.path() / "progress.sqlite";
    const PsGraded& g = psGradedAcne();
    {
        // A store as version 1 wrote it: the v1 SQL, one imported attempt with two outcome rows.
        auto db = core::SqliteConnection::open(file, true);
        REQUIRE(db.has_value());
        REQUIRE(db->exec(std::string(core::progressSchemaV1Sql())).has_value());
        auto packed = core::packReportJson(core::reportToJson(g.report).dump(), [&](const std::string& text) -> core::Result<std::int64_t> {
            auto insert = db->prepare("INSERT OR IGNORE INTO texts(text) VALUES (?1)");
            if (!insert) return std::unexpected(insert.error());
            if (auto done = insert->bind(1, text).run(); !done) return std::unexpected(done.error());
            auto id = db->prepare("SELECT id FROM texts WHERE text = ?1");
            if (!id) return std::unexpected(id.error());
            if (auto row = id->bind(1, text).step(); !row || !*row) return std::unexpected(core::Error("text not stored"));
            return id->integer(0);
        });
        REQUIRE(packed.has_value());
        auto insert = db->prepare("INSERT INTO attempts(id, case_id, started_unix, finished_unix, total, passed, critical, attempt_packed, "
                                  "report_packed, source_file) VALUES (7, 'a-acne-scars-cheeks', 1000, 1720, 55.5, 0, 1, ?2, ?1, "
                                  "'a-acne-scars-cheeks--2026-11-20T10-00-00Z.json')");
        REQUIRE(insert.has_value());
        REQUIRE(insert->bindBlob(1, *packed).bindBlob(2, *core::deflateText("{}")).run().has_value());
        REQUIRE(db->exec("INSERT INTO outcome_items(id, item_id, section, skill, zone) VALUES (1, 'zone:cheek_left:depth', 'plan', "
                         "'depth.cheek.scars', 'cheek_left'), (2, 'decision', 'screening', 'decision', '');"
                         "INSERT INTO outcomes(attempt_id, seq, item, zone_verdict, points, max, rating) VALUES (7, 0, 1, 'too_deep', 0, 4, 1),"
                         " (7, 1, 2, '', 3, 3, 3);")
                    .has_value());
    }
    REQUIRE(psScalar(file, "PRAGMA user_version") == 1);
    core::StoreOpenNotes notes;
    auto store = core::ProgressStore::open(file, &notes);
    REQUIRE(store.has_value());
    CHECK(notes.migratedFromVersion == 1);
    CHECK(notes.message.find("from version 1 to 4") != std::string::npos);
    CHECK(psScalar(file, "PRAGMA user_version") == core::ProgressStore::kSchemaVersion);
    auto attempts = store->attempts(true);
    REQUIRE(attempts.has_value());
    REQUIRE(attempts->size() == 1);
    CHECK(attempts->front().id == 7);
    CHECK(attempts->front().total == 55.5);
    CHECK(attempts->front().critical);
    CHECK(attempts->front().attemptJson == "{}");
    CHECK_FALSE(attempts->front().durationS.has_value()); // version 1 did not keep it
    CHECK(core::Json::parse(attempts->front().reportJson) == core::reportToJson(g.report));
    auto outcomes = store->outcomes();
    REQUIRE(outcomes.has_value());
    REQUIRE(outcomes->size() == 2);
    CHECK((*outcomes)[0].skill == "depth.cheek.scars");
    CHECK((*outcomes)[0].zoneVerdict == "too_deep");
    CHECK((*outcomes)[0].atUnix == 1720.0);
    CHECK((*outcomes)[1].itemId == "decision");
    // The file version 1 imported moved to imported_files: the import skips it.
    CHECK(psScalar(file, "SELECT attempt_id FROM imported_files WHERE name = 'a-acne-scars-cheeks--2026-11-20T10-00-00Z.json'") == 7);
    core::AttemptStore history(dir.path() / "history");
    REQUIRE(history.saveFinished(g.attempt, g.report, "2026-11-20T10:00:00Z").has_value());
    auto imported = store->importJsonHistories({history.historyDir()}, psOutcomesOf);
    REQUIRE(imported.has_value());
    CHECK(imported->imported == 0);
    CHECK(imported->alreadyImported == 1);
}

TEST_CASE("a store written by a newer build is refused and left exactly as it is") {
    testing_support::TempDir dir;
    const fs::path file = dir.path() / "progress.sqlite";
    {
        auto store = core::ProgressStore::open(file);
        REQUIRE(store.has_value());
        REQUIRE(store->record(psStoredOf(psGradedAcne(), 100.0), {}).has_value());
    }
    {
        auto db = core::SqliteConnection::open(file, false);
        REQUIRE(db.has_value());
        REQUIRE(db->exec("PRAGMA user_version = 5").has_value());
    }
    const std::string before = psBytesOf(file);
    auto refused = core::ProgressStore::open(file);
    REQUIRE_FALSE(refused.has_value());
    const std::string message = refused.error().summary();
    CHECK(message.find("version 5, written by a newer mntrainer") != std::string::npos);
    CHECK(message.find("reads up to version 4") != std::string::npos);
    CHECK(message.find("left as it is") != std::string::npos);
    CHECK(psBytesOf(file) == before);
    for (const auto& entry : fs::directory_iterator(dir.path())) CHECK(entry.path().filename().string().find("damaged") == std::string::npos);
}

TEST_CASE("a file that is not a database is moved aside and a fresh store created") {
    testing_support::TempDir dir;
    const std::string garbage(10000, 'x');
    const fs::path file = dir.write("progress.sqlite", garbage);
    core::StoreOpenNotes notes;
    auto store = core::ProgressStore::open(file, &notes);
    REQUIRE(store.has_value());
    REQUIRE_FALSE(notes.movedAside.empty());
    CHECK(notes.movedAside.filename().string().starts_with("progress.sqlite.damaged-"));
    CHECK(psBytesOf(notes.movedAside) == garbage);
    CHECK(notes.message.find("was damaged") != std::string::npos);
    CHECK(notes.message.find(notes.movedAside.string()) != std::string::npos);
    CHECK(notes.message.find("rebuilt from your saved JSON attempt files") != std::string::npos);
    auto count = store->attemptCount();
    REQUIRE(count.has_value());
    CHECK(*count == 0);
}

TEST_CASE("a truncated store is moved aside and the JSON history rebuilds it") {
    testing_support::TempDir dir;
    const fs::path file = dir.path() / "progress.sqlite";
    const PsGraded& g = psGradedAcne();
    core::AttemptStore history(dir.path() / "trainee");
    {
        auto store = core::ProgressStore::open(file);
        REQUIRE(store.has_value());
        for (int i = 0; i < 40; ++i) {
            const std::string iso = "2026-11-" + std::to_string(10 + i / 24) + "T" + (i % 24 < 10 ? "0" : "") + std::to_string(i % 24) + ":00:00Z";
            auto saved = history.saveFinished(g.attempt, g.report, iso);
            REQUIRE(saved.has_value());
            auto record = psStoredOf(g, *core::unixFromIsoUtc(iso));
            record.sourceFile = saved->filename().string();
            REQUIRE(store->record(record, psOutcomesOf(g.attempt, g.report, record.finishedUnix)).has_value());
        }
    }
    REQUIRE_FALSE(fs::exists(file.string() + "-wal")); // checkpointed at close: the main file holds everything
    const auto size = fs::file_size(file);
    REQUIRE(size > 40000);
    fs::resize_file(file, size / 2 + 100); // cut mid-page
    core::StoreOpenNotes notes;
    auto store = core::ProgressStore::open(file, &notes);
    REQUIRE(store.has_value());
    REQUIRE_FALSE(notes.movedAside.empty());
    CHECK(fs::file_size(notes.movedAside) == size / 2 + 100);
    auto count = store->attemptCount();
    REQUIRE(count.has_value());
    CHECK(*count == 0);
    auto rebuilt = store->importJsonHistories({history.historyDir()}, psOutcomesOf);
    REQUIRE(rebuilt.has_value());
    CHECK(rebuilt->imported == 40);
    CHECK(rebuilt->problems.empty());
    auto outcomes = store->outcomes();
    REQUIRE(outcomes.has_value());
    CHECK(outcomes->size() == 40 * g.report.items.size());
}

TEST_CASE("the import takes each JSON record once, reports bad files, links live records and never changes a file") {
    testing_support::TempDir dir;
    const PsGraded& g = psGradedAcne();
    core::AttemptStore trainee(dir.path() / "trainee");
    core::AttemptStore legacy(dir.path() / "legacy");
    REQUIRE(trainee.saveFinished(g.attempt, g.report, "2026-11-20T10:00:00Z").has_value());
    REQUIRE(trainee.saveFinished(g.attempt, g.report, "2026-11-20T10:00:00Z").has_value()); // same second: its own file
    REQUIRE(legacy.saveFinished(g.attempt, g.report, "2026-10-01T09:00:00Z").has_value());
    const auto live = trainee.saveFinished(g.attempt, g.report, "2026-11-21T08:30:15Z");
    REQUIRE(live.has_value());
    dir.write("trainee/attempts/garbage.json", "not json");
    dir.write("trainee/attempts/autosave-copy.json", R"({"kind": "autosave", "attempt": {}})");
    core::Json badTime = core::Json::parse(testing_support::readFile(*live));
    badTime["finished_at"] = "yesterday";
    dir.write("trainee/attempts/bad-time.json", badTime.dump(2));
    dir.write("trainee/attempts/notes.txt", "not a record: ignored");
    std::map<fs::path, std::string> before;
    for (const auto& d : {trainee.historyDir(), legacy.historyDir()}) {
        for (const auto& entry : fs::directory_iterator(d)) before[entry.path()] = psBytesOf(entry.path());
    }

    auto store = core::ProgressStore::open(dir.path() / "progress.sqlite");
    REQUIRE(store.has_value());
    // Recorded live by the app 0.4 s into the second its JSON file is named after.
    REQUIRE(store->record(psStoredOf(g, *core::unixFromIsoUtc("2026-11-21T08:30:15Z") + 0.4), {}).has_value());
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    auto first = store->importJsonHistories({trainee.historyDir(), legacy.historyDir(), dir.path() / "missing"}, psOutcomesOf,
                                            [&](std::size_t done, std::size_t total) { calls.emplace_back(done, total); });
    REQUIRE(first.has_value());
    // 7 json files: 3 new records, 1 live twin linked, 3 bad.
    CHECK(first->imported == 3);
    CHECK(first->linked == 1);
    CHECK(first->alreadyImported == 0);
    REQUIRE(first->problems.size() == 3);
    std::map<std::string, std::string> problems;
    for (const auto& p : first->problems) problems[p.file.filename().string()] = p.what;
    CHECK(problems["garbage.json"].find("garbage.json:1:") != std::string::npos);
    CHECK(problems["autosave-copy.json"].find("not a finished attempt record") != std::string::npos);
    CHECK(problems["bad-time.json"].find("/finished_at") != std::string::npos);
    CHECK(problems["bad-time.json"].find("\"yesterday\" is not a UTC time") != std::string::npos);
    REQUIRE_FALSE(calls.empty());
    CHECK(calls.front() == std::make_pair(std::size_t{0}, std::size_t{7}));
    CHECK(calls.back() == std::make_pair(std::size_t{7}, std::size_t{7}));
    auto count = store->attemptCount();
    REQUIRE(count.has_value());
    CHECK(*count == 4);
    auto attempts = store->attempts(false);
    REQUIRE(attempts.has_value());
    CHECK(attempts->front().finishedUnix == *core::unixFromIsoUtc("2026-10-01T09:00:00Z")); // the legacy one, oldest first
    CHECK(attempts->front().durationS == g.attempt.timeSpentS);

    auto second = store->importJsonHistories({trainee.historyDir(), legacy.historyDir()}, psOutcomesOf);
    REQUIRE(second.has_value());
    CHECK(second->imported == 0);
    CHECK(second->linked == 0);
    CHECK(second->alreadyImported == 4);
    CHECK(second->problems.size() == 3); // bad files are tried again, so a repaired one is taken
    count = store->attemptCount();
    REQUIRE(count.has_value());
    CHECK(*count == 4);
    for (const auto& [path, bytes] : before) {
        INFO(path.string());
        CHECK(psBytesOf(path) == bytes);
    }
}

TEST_CASE("kill -9 while recording keeps every acknowledged attempt and an intact store") {
    testing_support::TempDir dir;
    const fs::path file = dir.path() / "progress.sqlite";
    const PsGraded& g = psGradedAcne();
    const auto record = psStoredOf(g, 1000.0);
    const auto outcomes = psOutcomesOf(g.attempt, g.report, 1000.0);
    int acks[2];
    REQUIRE(pipe(acks) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(acks[0]);
        auto store = core::ProgressStore::open(file);
        if (!store) _exit(2);
        for (std::int64_t n = 1;; ++n) {
            auto next = record;
            next.caseId = "case-" + std::to_string(n);
            next.finishedUnix = 1000.0 + static_cast<double>(n);
            if (!store->record(next, outcomes)) _exit(3);
            if (write(acks[1], &n, sizeof n) != sizeof n) _exit(4); // only after the commit returned
        }
    }
    close(acks[1]);
    struct KillOnExit { // a failed REQUIRE below must not leave the child recording forever
        pid_t pid;
        ~KillOnExit() { kill(pid, SIGKILL); waitpid(pid, nullptr, WNOHANG); }
    } guard{child};
    constexpr std::int64_t kAcksBeforeKill = 25;
    std::int64_t acknowledged = 0;
    while (acknowledged < kAcksBeforeKill) {
        std::int64_t n = 0;
        REQUIRE(read(acks[0], &n, sizeof n) == sizeof n);
        acknowledged = n;
    }
    kill(child, SIGKILL);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    for (std::int64_t n = 0; read(acks[0], &n, sizeof n) == sizeof n;) acknowledged = n; // acks already in the pipe count too
    close(acks[0]);

    core::StoreOpenNotes notes;
    auto store = core::ProgressStore::open(file, &notes);
    REQUIRE(store.has_value());
    CHECK(notes.movedAside.empty()); // integrity_check found nothing wrong
    CHECK(notes.message.empty());
    auto attempts = store->attempts(true);
    REQUIRE(attempts.has_value());
    std::set<std::string> cases;
    for (const auto& a : *attempts) cases.insert(a.caseId);
    // At most the attempt being saved is lost: every acknowledged one is there.
    CHECK(attempts->size() >= static_cast<std::size_t>(acknowledged));
    for (std::int64_t n = 1; n <= acknowledged; ++n) {
        INFO("case-" << n);
        CHECK(cases.count("case-" + std::to_string(n)) == 1);
    }
    auto rows = store->outcomes();
    REQUIRE(rows.has_value());
    CHECK(rows->size() == attempts->size() * outcomes.size()); // no attempt half recorded
}

TEST_CASE("recordBatch records several attempts in one transaction, all or none") {
    testing_support::TempDir dir;
    const fs::path file = dir.path() / "progress.sqlite";
    const PsGraded& g = psGradedAcne();
    auto store = core::ProgressStore::open(file);
    REQUIRE(store.has_value());
    std::vector<std::pair<core::StoredAttempt, std::vector<core::OutcomeRow>>> batch;
    for (int i = 0; i < 3; ++i) batch.emplace_back(psStoredOf(g, 100.0 + i, "case-" + std::to_string(i)), psOutcomesOf(g.attempt, g.report, 100.0));
    {
        auto db = core::SqliteConnection::open(file, false);
        REQUIRE(db.has_value());
        REQUIRE(db->exec("CREATE TRIGGER planted BEFORE INSERT ON attempts WHEN NEW.case_id = 'case-2' BEGIN SELECT RAISE(ABORT, 'planted'); END;")
                    .has_value());
    }
    REQUIRE_FALSE(store->recordBatch(batch).has_value());
    CHECK(psScalar(file, "SELECT count(*) FROM attempts") == 0);
    batch.pop_back();
    auto ids = store->recordBatch(batch);
    REQUIRE(ids.has_value());
    CHECK(ids->size() == 2);
    CHECK(psScalar(file, "SELECT count(*) FROM outcomes") == 2 * static_cast<std::int64_t>(g.report.items.size()));
}

TEST_CASE("damage only PRAGMA integrity_check sees (an index that disagrees with its table) moves the store aside") {
    testing_support::TempDir dir;
    const fs::path file = dir.path() / "progress.sqlite";
    const PsGraded& g = psGradedAcne();
    {
        auto store = core::ProgressStore::open(file);
        REQUIRE(store.has_value());
        REQUIRE(store->record(psStoredOf(g, 100.0), psOutcomesOf(g.attempt, g.report, 100.0)).has_value());
    }
    {
        // The index keeps its entries (by item) but now claims to index seq: every
        // query still runs, only the integrity check compares the two.
        auto db = core::SqliteConnection::open(file, false);
        REQUIRE(db.has_value());
        REQUIRE(db->exec("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = 'CREATE INDEX outcomes_by_item ON outcomes(seq)' "
                         "WHERE name = 'outcomes_by_item'; PRAGMA writable_schema = OFF;")
                    .has_value());
    }
    REQUIRE(psScalar(file, "SELECT count(*) FROM attempts") == 1); // reads fine
    core::StoreOpenNotes notes;
    auto store = core::ProgressStore::open(file, &notes);
    REQUIRE(store.has_value());
    REQUIRE_FALSE(notes.movedAside.empty());
    CHECK(notes.message.find("outcomes_by_item") != std::string::npos); // what integrity_check said
    auto count = store->attemptCount();
    REQUIRE(count.has_value());
    CHECK(*count == 0);
}

TEST_CASE("another program's SQLite database is refused, not moved aside or changed") {
    testing_support::TempDir dir;
    const fs::path file = dir.path() / "progress.sqlite";
    {
        auto db = core::SqliteConnection::open(file, true);
        REQUIRE(db.has_value());
        REQUIRE(db->exec("CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES ('mine');").has_value());
    }
    const std::string before = psBytesOf(file);
    auto refused = core::ProgressStore::open(file);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().summary().find("not a progress store") != std::string::npos);
    CHECK(psBytesOf(file) == before);
}
