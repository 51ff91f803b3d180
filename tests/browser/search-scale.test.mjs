// The search at scale: on a generated site of 2×2,000 pages or more (ACTIONPLAN_LARGE_OUTPUT, which .ci/run builds
// with bench's corpus generator), a first query fetches at most 300 KB in all: the page, its stylesheet and script,
// the index file, the shards of the query's words and the titles of the results shown.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { resolve } from "node:path";
import { useBrowser } from "./site.mjs";

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
