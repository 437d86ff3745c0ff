// Compiles every JSON Schema in a folder with Ajv in strict mode (as outside
// tools do) and validates the bundled data files against the schema their
// "kind" names. Prints one line per problem, then a count; exits 1 on any.
// usage: node ajv_check.js SCHEMA_DIR [DATA_FILE_OR_DIR ...]
"use strict";
const path = require("path");
const fs = require("fs");
let Ajv;
try {
  Ajv = require(path.join(__dirname, "ajv", "node_modules", "ajv"));
} catch (e) {
  console.error("ajv_check: Ajv is not installed: run ./setup.sh test, which runs npm ci in tests/schema/ajv");
  process.exit(2);
}

const [schemaDir, ...dataPaths] = process.argv.slice(2);
if (!schemaDir) {
  console.error("usage: node ajv_check.js SCHEMA_DIR [DATA_FILE_OR_DIR ...]");
  process.exit(2);
}
let problems = 0;
let checked = 0;
const validators = {};
for (const name of fs.readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json")).sort()) {
  const ajv = new Ajv({ strict: true, allErrors: true });
  try {
    validators[name.replace(/\.schema\.json$/, "")] = ajv.compile(JSON.parse(fs.readFileSync(path.join(schemaDir, name), "utf8")));
    checked++;
  } catch (e) {
    problems++;
    console.log(`${name}: does not compile in strict mode: ${e.message}`);
  }
}
const files = [];
const walk = (p) => {
  if (fs.statSync(p).isDirectory()) {
    for (const f of fs.readdirSync(p).sort()) {
      if (f !== "schema" && f !== "node_modules") walk(path.join(p, f));
    }
  } else if (p.endsWith(".json")) {
    files.push(p);
  }
};
dataPaths.forEach(walk);
for (const file of files) {
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  const validate = data && typeof data === "object" ? validators[data.kind] : undefined;
  if (!validate) continue; // not a kind with a schema (e.g. a golden expectation)
  checked++;
  if (!validate(data)) {
    problems++;
    for (const e of validate.errors) console.log(`${file}: ${e.instancePath || "/"}: ${e.message}`);
  }
}
console.log(`ajv strict: ${checked} checked, ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
