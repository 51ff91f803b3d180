// The site at scale, on a generated site of 2×2,000 pages or more (ACTIONPLAN_LARGE_OUTPUT, which .ci/run builds with
// bench's corpus generator): every page stays within 60 KB with its stylesheet and script, long listings are paged
// accessibly, and a first search fetches at most 300 KB in all (the page, its stylesheet and script, the index
// file, the shards of the query's words and the titles of the results shown).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pages, useBrowser } from "./site.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const large = process.env.ACTIONPLAN_LARGE_OUTPUT;
const { reason, env } = large
  ? useBrowser(before, after, resolve(large), "/")
  : { reason: "ACTIONPLAN_LARGE_OUTPUT is not set: .ci/run builds the generated site", env: {} };

async function firstQuery(path) {
  const page = await env.browser.newPage();
  let bytes = 0;
  const files = [];
  page.on("response", async (response) => {
    const body = await response.body().catch(() => Buffer.alloc(0));
    bytes += body.length;
    files.push(`${new URL(response.url()).pathname} ${body.length}`);
  });
  await page.goto(env.server.url(path));
  await page.waitForSelector("#search-results ol li");
  await page.waitForLoadState("networkidle");
  const titles = await page.locator("#search-results .listing__title").allTextContents();
  const status = await page.locator("#search-results > p").textContent();
  await page.close();
  return { bytes, files, titles, status };
}

test("a first query on a large site fetches at most 300 KB and finds pages in both languages", { skip: reason ?? false }, async (t) => {
  const english = await firstQuery("en/search/?q=social%20cooperation");
  assert.ok(english.bytes <= 300 * 1024, `${english.bytes} bytes: ${english.files.join(", ")}`);
  t.diagnostic(`English first query: ${english.bytes} bytes in ${english.files.length} files`);
  assert.equal(english.titles.length, 50, "the first 50 results are shown");
  assert.match(english.status, /\d{3,}/, "hundreds of pages match words on most pages");

  const danish = await firstQuery("da/search/?q=hjeml%C3%B8shed");
  assert.ok(danish.bytes <= 300 * 1024, `${danish.bytes} bytes: ${danish.files.join(", ")}`);
  t.diagnostic(`Danish first query: ${danish.bytes} bytes in ${danish.files.length} files`);
  assert.ok(danish.titles.length > 0, "'hjemløshed' finds the pages that say 'hjemløse'");
});

test("every page of the large site weighs at most 60 KB with the stylesheets and scripts it loads", { skip: reason ?? false }, (t) => {
  const root = resolve(large);
  const heavy = [];
  let heaviest = 0;
  const all = pages(root);
  for (const path of all) {
    const html = readFileSync(join(root, path), "utf8");
    const assets = [...html.matchAll(/(?:href|src)="\/(assets\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]);
    const bytes = Buffer.byteLength(html) + assets.reduce((sum, asset) => sum + statSync(join(root, asset)).size, 0);
    heaviest = Math.max(heaviest, bytes);
    if (bytes > 60 * 1024) heavy.push(`${path}: ${bytes} bytes`);
  }
  t.diagnostic(`${all.length} pages, the heaviest ${heaviest} bytes with its CSS and JS`);
  assert.ok(all.length >= 4000, `${all.length} pages`);
  assert.deepEqual(heavy, []);
});

test("a paged listing passes axe, and its pager leads both ways from page to page", { skip: reason ?? false }, async () => {
  const page = await env.browser.newPage();
  const problems = [];
  for (const path of ["en/s0/", "en/s0/page/2/", "da/s0/page/3/"]) {
    await page.goto(env.server.url(path));
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
    problems.push(...result.violations.map((v) => `${path}: ${v.id}: ${v.help}`));
  }
  assert.deepEqual(problems, []);

  await page.goto(env.server.url("en/s0/"));
  await page.locator("nav.pager a[rel=next]").click();
  await page.waitForURL(/\/en\/s0\/page\/2\/$/);
  assert.equal(await page.locator("nav.pager a[aria-current=page]").textContent(), "2");
  await page.locator("nav.pager a[rel=prev]").click();
  await page.waitForURL(/\/en\/s0\/$/);
  await page.close();
});
