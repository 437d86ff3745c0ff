// Version 1 and the migrations after it. A fresh store runs every step, so
// the migrations are exercised on every first start, not only on upgrades.
#include "progress/progress_schema.hpp"

#include "grading/report.hpp"
#include "progress/progress_digest_rows.hpp"

#include <string>

namespace core {
namespace progress_schema_detail {

// Version 1: attempts with their attempt JSON (deflated) and report (packed:
// long texts as ids into `texts`, then deflated; see report_packing.hpp), outcomes by attempt and by
// line item, the file an attempt was imported from on the attempt itself.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE texts(
  id INTEGER PRIMARY KEY,
  text TEXT NOT NULL UNIQUE);
CREATE TABLE attempts(
  id INTEGER PRIMARY KEY,
  case_id TEXT NOT NULL,
  started_unix REAL NOT NULL,
  finished_unix REAL NOT NULL,
  total REAL NOT NULL,
  passed INTEGER NOT NULL,
  critical INTEGER NOT NULL,
  attempt_packed BLOB NOT NULL,
  report_packed BLOB NOT NULL,
  source_file TEXT);
CREATE UNIQUE INDEX attempts_by_source_file ON attempts(source_file);
CREATE TABLE outcome_items(
  id INTEGER PRIMARY KEY,
  item_id TEXT NOT NULL,
  section TEXT NOT NULL,
  skill TEXT NOT NULL,
  zone TEXT NOT NULL,
  UNIQUE(item_id, section, skill, zone));
CREATE INDEX outcome_items_by_skill ON outcome_items(skill);
CREATE TABLE outcomes(
  attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  item INTEGER NOT NULL REFERENCES outcome_items(id),
  zone_verdict TEXT NOT NULL,
  points REAL NOT NULL,
  max REAL NOT NULL,
  rating INTEGER NOT NULL,
  PRIMARY KEY(attempt_id, seq)) WITHOUT ROWID;
CREATE INDEX outcomes_by_item ON outcomes(item);
PRAGMA user_version = 1;
)sql";

// Version 2: imported files get their own table (a file whose attempt was
// already recorded live is linked, not imported twice), attempts get their
// duration, and attempts are indexed by case for the practise-next queries.
constexpr std::string_view kV1ToV2 = R"sql(
CREATE TABLE imported_files(
  name TEXT PRIMARY KEY,
  attempt_id INTEGER REFERENCES attempts(id) ON DELETE CASCADE,
  imported_unix REAL NOT NULL) WITHOUT ROWID;
CREATE INDEX imported_files_by_attempt ON imported_files(attempt_id);
INSERT INTO imported_files(name, attempt_id, imported_unix)
  SELECT source_file, id, CAST(strftime('%s', 'now') AS REAL) FROM attempts WHERE source_file IS NOT NULL;
DROP INDEX attempts_by_source_file;
ALTER TABLE attempts DROP COLUMN source_file;
ALTER TABLE attempts ADD COLUMN duration_s REAL;
CREATE INDEX attempts_by_case ON attempts(case_id, finished_unix);
CREATE INDEX attempts_by_finish ON attempts(finished_unix);
PRAGMA user_version = 2;
)sql";

// Version 3: the digest the summary reads instead of every outcome row (see
// progress_digest.hpp), written with each attempt. A store migrated from an
// earlier version gets its digest filled at the v3 -> v4 step (by then the
// attempts have the columns the digest writes).
constexpr std::string_view kV2ToV3 = R"sql(
ALTER TABLE attempts ADD COLUMN section_sums TEXT;
CREATE TABLE skill_events(
  skill TEXT NOT NULL,
  at_unix REAL NOT NULL,
  attempt_id INTEGER NOT NULL,
  rating INTEGER NOT NULL,
  PRIMARY KEY(skill, at_unix, attempt_id)) WITHOUT ROWID;
CREATE TABLE zone_totals(
  zone TEXT PRIMARY KEY,
  graded INTEGER NOT NULL,
  too_deep INTEGER NOT NULL,
  too_shallow INTEGER NOT NULL,
  other INTEGER NOT NULL,
  lost REAL NOT NULL,
  available REAL NOT NULL) WITHOUT ROWID;
CREATE TABLE digest_meta(attempts INTEGER NOT NULL);
CREATE TABLE skill_states(
  skill TEXT PRIMARY KEY,
  key TEXT NOT NULL,
  last_at REAL NOT NULL,
  last_attempt INTEGER NOT NULL,
  mastery REAL NOT NULL,
  has_memory INTEGER NOT NULL,
  difficulty REAL NOT NULL,
  stability REAL NOT NULL,
  last_review REAL NOT NULL,
  due REAL NOT NULL,
  observations INTEGER NOT NULL,
  correct INTEGER NOT NULL) WITHOUT ROWID;
-- The summary's read of every attempt from this index alone, never the pages holding the packed JSON.
CREATE INDEX attempts_light ON attempts(finished_unix, id, case_id, started_unix, total, passed, critical, duration_s, section_sums);
PRAGMA user_version = 3;
)sql";

// Version 4: each attempt's section scores as four REAL columns (NULL where the
// attempt graded nothing in that section) in place of version 3's section_sums
// text. The columns are added and section_sums dropped; the scores are filled
// by the v4 -> v5 step's rebuild.
constexpr std::string_view kV3ToV4Columns = R"sql(
DROP INDEX IF EXISTS attempts_light;
ALTER TABLE attempts ADD COLUMN screening_pct REAL;
ALTER TABLE attempts ADD COLUMN plan_pct REAL;
ALTER TABLE attempts ADD COLUMN aftercare_pct REAL;
ALTER TABLE attempts ADD COLUMN schedule_pct REAL;
)sql";
constexpr std::string_view kV3ToV4Finish = R"sql(
ALTER TABLE attempts DROP COLUMN section_sums;
-- The curve's read of every attempt from this index alone, in order, never the pages holding the packed JSON.
CREATE INDEX attempts_light ON attempts(finished_unix, id, case_id, started_unix, total, passed, critical,
                                        screening_pct, plan_pct, aftercare_pct, schedule_pct);
PRAGMA user_version = 4;
)sql";

// Version 5: score columns for the technique and visits sections (graded since
// version 4 was made, and left out of its curve), and the curve's blocks (see
// progress_curve.hpp): the progress screen reads about 1,600 short rows for
// 100,000 attempts instead of every attempt. The whole digest is rebuilt from
// the outcome rows, which every version kept.
constexpr std::string_view kV4ToV5 = R"sql(
DROP INDEX IF EXISTS attempts_light;
ALTER TABLE attempts ADD COLUMN technique_pct REAL;
ALTER TABLE attempts ADD COLUMN visits_pct REAL;
CREATE INDEX attempts_light ON attempts(finished_unix, id, case_id, started_unix, total, passed, critical,
                                        screening_pct, plan_pct, aftercare_pct, schedule_pct, technique_pct, visits_pct);
CREATE TABLE curve_blocks(
  block INTEGER PRIMARY KEY,
  attempts INTEGER NOT NULL,
  first_at REAL NOT NULL,
  first_attempt INTEGER NOT NULL,
  last_at REAL NOT NULL,
  last_attempt INTEGER NOT NULL,
  total_sum REAL NOT NULL,
  total_min REAL NOT NULL,
  total_max REAL NOT NULL,
  passed INTEGER NOT NULL,
  critical INTEGER NOT NULL,
  critical_mask INTEGER NOT NULL,
  seconds REAL NOT NULL,
  sections BLOB NOT NULL,
  totals BLOB NOT NULL);
)sql";
constexpr std::string_view kV4ToV5Finish = "PRAGMA user_version = 5;";
// A section added to the report needs its <name>_pct column on attempts (and in attempts_light): a new step.
static_assert(kSections.size() == 6, "each section needs its score column: add a schema step for the new one");

// kSteps[n] takes version n to n + 1: the SQL, then (for the last step) the
// digest rebuilt, then the rest of the SQL.
struct Step {
    std::string_view sql;
    std::string_view after = {};
};
constexpr Step kSteps[] = {{kV1}, {kV1ToV2}, {kV2ToV3}, {kV3ToV4Columns, kV3ToV4Finish}, {kV4ToV5, kV4ToV5Finish}};

} // namespace progress_schema_detail

std::string_view progressSchemaV1Sql() { return progress_schema_detail::kV1; }

Status migrateProgressSchema(SqliteConnection& db, int fromVersion) {
    using progress_schema_detail::kSteps;
    static_assert(std::size(kSteps) == kProgressSchemaVersion);
    for (int version = fromVersion; version < kProgressSchemaVersion; ++version) {
        if (auto begun = db.exec("BEGIN IMMEDIATE"); !begun) return std::unexpected(begun.error().context("starting the migration"));
        const auto& [sql, after] = kSteps[version];
        auto step = db.exec(std::string(sql));
        // Every score column and the curve's blocks come from the outcome rows, once, at the last step.
        if (step && version == 4) step = rebuildProgressDigest(db);
        if (step && !after.empty()) step = db.exec(std::string(after));
        if (step) step = db.exec("COMMIT");
        if (!step) {
            (void)db.exec("ROLLBACK");
            return std::unexpected(step.error().context("migrating the progress store from version " + std::to_string(version) + " to " +
                                                        std::to_string(version + 1)));
        }
    }
    return {};
}

} // namespace core
