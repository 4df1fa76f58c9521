// Validate .glb files with the Khronos glTF-Validator (npm gltf-validator); prints one JSON report per
// line: {"file", "errors", "warnings", "infos", "messages": [...errors and warnings...]}.
// Usage: node tests/js/validate_gltf.js FILE.glb [FILE.glb ...]
"use strict";
const fs = require("fs");
const validator = require("gltf-validator");

async function validate(file) {
  const report = await validator.validateBytes(new Uint8Array(fs.readFileSync(file)), {
    maxIssues: 0,
    writeTimestamp: false,
  });
  const issues = report.issues;
  return {
    file,
    validatorVersion: report.validatorVersion,
    errors: issues.numErrors,
    warnings: issues.numWarnings,
    infos: issues.numInfos,
    messages: issues.messages.filter((m) => m.severity <= 1),
    unsupportedExtensions: issues.messages.filter((m) => m.code === "UNSUPPORTED_EXTENSION").map((m) => m.message),
  };
}

(async () => {
  for (const file of process.argv.slice(2)) {
    process.stdout.write(JSON.stringify(await validate(file)) + "\n");
  }
})().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error) + "\n");
  process.exit(2);
});
