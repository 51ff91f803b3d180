// Every HTML file of the built site through the W3C Nu HTML Checker (vnu-jar, on Java): zero errors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { output } from "./site.mjs";

const java = spawnSync("java", ["-version"]).status === 0;
const reason = !existsSync(join(output, "index.html")) ? `no built site in ${output}: run the build first`
  : !java ? "no Java: install Debian's default-jre-headless (.ci/run does)" : null;

test("every page is valid HTML (W3C Nu HTML Checker)", { skip: reason ?? false }, () => {
  const jar = createRequire(import.meta.url)("vnu-jar");
  const run = spawnSync("java", ["-jar", jar, "--errors-only", "--skip-non-html", "--format", "json", output], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(run.stderr || run.stdout || "{\"messages\":[]}");
  const errors = report.messages.filter((m) => m.type === "error").map((m) => `${m.url.replace(/^file:.*?\/output\//, "")}:${m.lastLine}: ${m.message}`);
  assert.deepEqual(errors.slice(0, 50), []);
});

test("the checker does report an invalid page", { skip: reason ?? false }, () => {
  const jar = createRequire(import.meta.url)("vnu-jar");
  const run = spawnSync("java", ["-jar", jar, "--errors-only", "--format", "json", "-"], { input: "<!DOCTYPE html><html><body><p><div></p></body></html>", encoding: "utf8" });
  assert.ok(JSON.parse(run.stderr).messages.some((m) => m.type === "error"));
});
