// Runs the real ajv-cli exactly as outside judges do (ajv compile --spec=draft7
// --strict=true -c ajv-formats) on every JSON Schema, then `ajv validate` with the
// same options on the bundled data files against the schema their "kind" names.
// Any output other than ajv's own "is valid" / "valid" lines (an error, a strict
// mode warning) is a problem. Prints one block per problem, then a count; exits
// 1 on any problem, 2 when ajv-cli is missing or the command line is wrong.
// usage: node ajv_check.js SCHEMA_DIR_OR_FILE [DATA_FILE_OR_DIR ...]
"use strict";
const path = require("path");
const fs = require("fs");
const { spawnSync } = require("child_process");

const ajvCli = path.join(__dirname, "ajv", "node_modules", ".bin", "ajv");
const formatsModule = path.join(__dirname, "ajv", "node_modules", "ajv-formats", "package.json");
// The judges' options, word for word; --strict=true turns on every strict option
// (strictSchema, strictNumbers, strictTypes, strictTuples, strictRequired).
const JUDGES_OPTIONS = ["--spec=draft7", "--strict=true", "-c", "ajv-formats"];

const [schemaArg, ...dataPaths] = process.argv.slice(2);
if (!schemaArg) {
  console.error("usage: node ajv_check.js SCHEMA_DIR_OR_FILE [DATA_FILE_OR_DIR ...]");
  process.exit(2);
}
if (!fs.existsSync(ajvCli) || !fs.existsSync(formatsModule)) {
  console.error("ajv_check: ajv-cli or ajv-formats is not installed: run ./setup.sh test, which runs npm ci in tests/schema/ajv");
  process.exit(2);
}

const missingPaths = [schemaArg, ...dataPaths].filter((p) => !fs.existsSync(p));
if (missingPaths.length > 0) {
  console.error(`ajv_check: no such file or folder: ${missingPaths.join(", ")}`);
  process.exit(2);
}

let problems = 0;
let checked = 0;

// Runs ajv-cli with node itself (the .bin entry is a node script), so a
// missing `node` on PATH under another name (nodejs) does not matter.
function runAjv(args) {
  const run = spawnSync(process.execPath, [ajvCli, ...args], { encoding: "utf8" });
  if (run.error) return { status: -1, lines: [`cannot run ajv-cli: ${run.error.message}`] };
  const text = `${run.stdout}${run.stderr}`;
  return { status: run.status, lines: text.split("\n").filter((l) => l.trim() !== "") };
}

// Prints what ajv said, leaving out the lines that were expected (`shown`).
// ajv-cli expands -s and -d arguments as globs, so a path with glob characters
// could name other files or none; such a path is refused rather than expanded.
function hasGlobCharacters(file) {
  return /[*?[\]{}!]/.test(file);
}

function reportProblem(what, run, shown = () => true) {
  problems++;
  console.log(`${what} (ajv exit status ${run.status}):`);
  for (const line of run.lines.filter(shown)) console.log(`  ${line}`);
}

const schemaFiles = fs.statSync(schemaArg).isDirectory()
  ? fs.readdirSync(schemaArg).filter((f) => f.endsWith(".schema.json")).sort().map((f) => path.join(schemaArg, f))
  : [schemaArg];
if (schemaFiles.length === 0) {
  console.log(`${schemaArg}: no *.schema.json files to check`);
  process.exit(1);
}
const globbyPaths = [...schemaFiles, ...dataPaths].filter(hasGlobCharacters);
if (globbyPaths.length > 0) {
  console.log(`ajv-cli would expand these paths as globs; move or rename them: ${globbyPaths.join(", ")}`);
  process.exit(2);
}

const compiledByKind = {};
for (const file of schemaFiles) {
  checked++;
  const run = runAjv(["compile", ...JUDGES_OPTIONS, "-s", file]);
  const clean = run.status === 0 && run.lines.length === 1 && run.lines[0] === `schema ${file} is valid`;
  if (clean) compiledByKind[path.basename(file).replace(/\.schema\.json$/, "")] = file;
  else reportProblem(`${file}: does not compile cleanly in Ajv strict mode`, run);
}

const dataByKind = {};
const walk = (p) => {
  if (fs.statSync(p).isDirectory()) {
    for (const f of fs.readdirSync(p).sort()) {
      if (f !== "schema" && f !== "node_modules") walk(path.join(p, f));
    }
  } else if (p.endsWith(".json")) {
    if (hasGlobCharacters(p)) {
      problems++;
      console.log(`${p}: not validated: ajv-cli would expand this name as a glob; rename the file`);
      return;
    }
    let data;
    try {
      data = JSON.parse(fs.readFileSync(p, "utf8"));
    } catch (e) {
      problems++;
      console.log(`${p}: cannot read as JSON: ${e.message}`);
      return;
    }
    const kind = data && typeof data === "object" && !Array.isArray(data) ? data.kind : undefined;
    // Files of no kind with a schema (golden expectations) are not documents.
    if (typeof kind === "string" && schemaFiles.some((s) => path.basename(s) === `${kind}.schema.json`)) {
      (dataByKind[kind] = dataByKind[kind] || []).push(p);
    }
  }
};
dataPaths.forEach(walk);
if (dataPaths.length > 0 && Object.keys(dataByKind).length === 0) {
  problems++;
  console.log(`${dataPaths.join(", ")}: no data files with a known "kind" found to validate`);
}

for (const kind of Object.keys(dataByKind).sort()) {
  const files = dataByKind[kind];
  checked += files.length;
  const schema = compiledByKind[kind];
  if (!schema) {
    problems += files.length;
    console.log(`${files.length} "${kind}" file(s) not validated: the ${kind} schema did not compile cleanly (see above)`);
    continue;
  }
  const run = runAjv(["validate", ...JUDGES_OPTIONS, "--all-errors", "--errors=text", "-s", schema, ...files.flatMap((f) => ["-d", f])]);
  const validLines = new Set(files.map((f) => `${f} valid`));
  const clean = run.status === 0 && run.lines.length === files.length && run.lines.every((l) => validLines.has(l));
  if (!clean) reportProblem(`${kind} files do not all validate cleanly against ${schema}`, run, (l) => !validLines.has(l));
}

console.log(`ajv-cli strict: ${checked} checked, ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
