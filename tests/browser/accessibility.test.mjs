// Every page of the built site in headless Chromium with axe-core at the WCAG 2.1 AA tags: zero violations.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pages, stayOnRedirects, useBrowser } from "./site.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const { reason, env } = useBrowser(before, after);

test("every page passes axe-core at WCAG 2.1 AA", { skip: reason ?? false }, async () => {
  const context = await env.browser.newContext();
  await stayOnRedirects(context);
  const page = await context.newPage();
  const problems = [];
  const all = pages();
  for (const path of all) {
    await page.goto(env.server.url(path));
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
    for (const violation of result.violations) {
      problems.push(`${path}: ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    }
  }
  await context.close();
  console.log(`axe-core checked ${all.length} pages`);
  assert.deepEqual(problems, []);
});

test("the axe harness does report a violation on a broken page", { skip: reason ?? false }, async () => {
  const page = await env.browser.newPage();
  await page.setContent('<!DOCTYPE html><html><head><title>x</title></head><body><main><img src="x.png"></main></body></html>');
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a"] } }));
  await page.close();
  assert.ok(result.violations.some((v) => v.id === "image-alt"));
});
