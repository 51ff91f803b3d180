// Search that finds, on the built real site, in both languages, on a phone (375 px) and a laptop (1280 px): words
// typed without Danish letters, Danish compounds the pages have only in parts, phrases in the body text; each result
// with its kind, its date where it has one and an excerpt with the words found marked; counts that agree in number;
// a "did you mean" for a typo.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { useBrowser } from "./site.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const { reason, env } = useBrowser(before, after);

async function search(page, path) {
  await page.goto(env.server.url(path));
  await page.waitForSelector("#search-results > p");
  await page.waitForLoadState("networkidle");
  return page.locator("#search-results .search-results__list > li").evaluateAll((items) => items.map((item) => ({
    title: item.querySelector(".listing__title").textContent,
    href: item.querySelector(".listing__title").getAttribute("href"),
    meta: item.querySelector(".search-result__meta").textContent,
    excerpt: item.querySelector(".search-result__excerpt").innerHTML,
  })));
}

const cases = [
  // [path, the page it must find among the first five, a word its excerpt must mark]
  ["da/soeg/?q=hjemlos", "/da/fokusomraader/07-hjemloese/", /<mark>hjemløs/i],
  // A form the site does not have finds the word that begins it.
  ["da/soeg/?q=hjemloshedens", "/da/fokusomraader/07-hjemloese/", /<mark>hjemløs/i],
  ["da/soeg/?q=misbrugsbehandling", "/da/fokusomraader/08-misbrugsbehandling/", /<mark>[^<]*misbrug/i],
  ["da/soeg/?q=studiebesog", "/da/om/besoeg/", /<mark>studiebesøg/i],
  ["en/search/?q=study%20visit", "/en/about/visits/", /<mark>visit/i],
  ["en/search/?q=homeless", "/en/focus-areas/07-homelessness/", /<mark>homeless/i],
  ["en/search/?q=substance%20abuse%20treatment", "/en/focus-areas/08-substance-abuse-treatment/", /<mark>treatment<\/mark>/i],
];

for (const width of [375, 1280]) {
  test(`at ${width} px the searches find their pages among the first five, each with kind, excerpt and marks`, { skip: reason ?? false }, async () => {
    const context = await env.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const [path, href, marked] of cases) {
      const found = await search(page, path);
      const first = found.slice(0, 5);
      const hit = first.find((r) => r.href.endsWith(href));
      assert.ok(hit, `${path}: ${href} not among ${first.map((r) => r.href).join(", ")}`);
      assert.match(hit.excerpt, marked, `${path}: ${hit.excerpt}`);
      assert.ok(hit.meta.length > 0, `${path}: the result names its kind`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} is ${overflow} px wider than the screen`);
    }
    await context.close();
  });
}

test("a result shows its kind and its date; a focus area its kind only", { skip: reason ?? false }, async () => {
  const page = await env.browser.newPage();
  const visits = await search(page, "en/search/?q=oslo%20social%20services%20administration");
  const activity = visits.find((r) => r.href.includes("/activities/2007-11-oslo-social-services"));
  assert.ok(activity, visits.map((r) => r.href).join(", "));
  assert.match(activity.meta, /^Activity · .*2007$/);
  assert.equal(await page.locator(`#search-results a[href="${activity.href}"] ~ .search-result__meta time`).getAttribute("datetime").then((d) => d.slice(0, 4)), "2007");
  const danish = await search(page, "da/soeg/?q=hjeml%C3%B8se");
  assert.equal(danish.find((r) => r.href.endsWith("/07-hjemloese/")).meta, "Fokusområde");
  await page.close();
});

test("the count agrees in number in both languages", { skip: reason ?? false }, async () => {
  const page = await env.browser.newPage();
  for (const [path, one, many] of [["en/search/", "1 page matches your search:", /^\d+ pages match your search:$/],
    ["da/soeg/", "1 side passer til din søgning:", /^\d+ sider passer til din søgning:$/]]) {
    let single = null;
    // A word on one page only: the first of a few such words the site has.
    for (const word of ["koti", "leonardo", "vietnam", "gdansk", "newcastle"]) {
      const found = await search(page, `${path}?q=${word}`);
      if (found.length === 1) { single = word; break; }
    }
    assert.ok(single, `${path}: none of the words is on exactly one page`);
    assert.equal(await page.locator("#search-results > p").first().textContent(), one);
    const found = await search(page, `${path}?q=oslo`);
    assert.ok(found.length > 1);
    assert.match(await page.locator("#search-results > p").first().textContent(), many);
  }
  await page.close();
});

test("a typo gets a 'did you mean' that finds pages", { skip: reason ?? false }, async () => {
  const page = await env.browser.newPage();
  for (const [path, expected] of [["en/search/?q=homelesness", "homeless"], ["da/soeg/?q=hjemlse", "hjemlose"]]) {
    const found = await search(page, path);
    assert.equal(found.length, 0);
    const suggestion = page.locator("#search-results .search-suggestion a");
    const text = await suggestion.textContent();
    assert.ok(text.startsWith(expected), `${path}: suggested ${text}`);
    await suggestion.click();
    await page.waitForSelector("#search-results .search-results__list > li");
    assert.ok(await page.locator("#search-results .search-results__list > li").count() > 0);
  }
  await page.close();
});

test("a page of results, excerpts and marks included, passes axe at WCAG 2.1 AA", { skip: reason ?? false }, async () => {
  const page = await env.browser.newPage();
  const problems = [];
  for (const path of ["da/soeg/?q=misbrugsbehandling", "en/search/?q=study%20visit", "en/search/?q=homelesness"]) {
    await search(page, path);
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
    problems.push(...result.violations.map((v) => `${path}: ${v.id}: ${v.help}`));
  }
  assert.deepEqual(problems, []);
  await page.close();
});
