// Ways around the site: the main navigation at phone and desktop widths in both languages, by keyboard and without
// JavaScript; breadcrumbs on one line; the root page's choice of language, with and without a script.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { stayOnRedirects, useBrowser } from "./site.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const { reason, env } = useBrowser(before, after);
const skip = { skip: reason ?? false };

const languages = [
  { code: "en", label: "Main", page: "en/networks/ecacp/", section: "Networks" },
  { code: "da", label: "Hovedmenu", page: "da/netvaerk/ecacp/", section: "Netværk" },
];
const widths = [375, 1280];

/** Presses Tab until focus is inside the main navigation (at most 10 times); resolves to the number of presses, or -1. */
async function tabIntoNavigation(page, label) {
  for (let presses = 1; presses <= 10; presses++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((l) => document.querySelector(`nav[aria-label="${l}"]`).contains(document.activeElement), label)) return presses;
  }
  return -1;
}

for (const { code, label, page: path, section } of languages) {
  for (const width of widths) {
    test(`${code} at ${width} px: the main navigation is there, marks its section and is reached by Tab from the skip link`, skip, async () => {
      const context = await env.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(env.server.url(path));
      const navigation = page.getByRole("navigation", { name: label, exact: true });
      assert.equal(await navigation.count(), 1);
      assert.equal(await navigation.locator("a").count(), 10);

      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.className), "skip-link");
      assert.ok(await tabIntoNavigation(page, label) > 0, "Tab never reached the main navigation");
      const current = navigation.locator("a[aria-current]");
      if (width < 700) {
        // A phone gets the menu button first; Enter opens it and the next Tab goes to its first link.
        assert.equal(await page.evaluate(() => document.activeElement.tagName), "SUMMARY");
        assert.equal(await current.isVisible(), false);
        await page.keyboard.press("Enter");
        await page.keyboard.press("Tab");
        assert.equal(await page.evaluate(() => document.activeElement.tagName), "A");
      } else {
        // A wide screen shows the links at once, with no button to open first.
        assert.equal(await navigation.locator("summary").isVisible(), false);
        assert.equal(await page.evaluate(() => document.activeElement.tagName), "A");
      }
      assert.ok(await current.isVisible());
      assert.equal(await current.textContent(), section);
      assert.equal(await current.getAttribute("aria-current"), "true");
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, "the page is wider than the screen");
      await context.close();
    });
  }
}

test("without JavaScript the menu opens on a phone and its links lead to the sections", skip, async () => {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.server.url("da/"));
  const navigation = page.getByRole("navigation", { name: "Hovedmenu", exact: true });
  const link = navigation.getByRole("link", { name: "Aktiviteter", exact: true });
  assert.equal(await link.isVisible(), false);
  await navigation.locator("summary").click();
  assert.ok(await link.isVisible());
  await link.click();
  await page.waitForURL(/\/da\/aktiviteter\/$/);
  assert.equal(await page.getByRole("navigation", { name: "Hovedmenu", exact: true }).locator("a[aria-current=page]").textContent(), "Aktiviteter");
  await context.close();
});

test("breadcrumbs stay on one line on a phone, shortened rather than wrapped", skip, async () => {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  for (const path of ["da/netvaerk/register/2008/", "en/focus-areas/07-homelessness/"]) {
    await page.goto(env.server.url(path));
    const tops = await page.locator(".breadcrumbs li").evaluateAll((items) => items.map((li) => li.getBoundingClientRect().top));
    assert.ok(tops.length >= 2, path);
    assert.equal(new Set(tops).size, 1, `${path}: crumbs on ${new Set(tops).size} lines`);
    const right = await page.locator(".breadcrumbs ol").evaluate((ol) => ol.getBoundingClientRect().right);
    assert.ok(right <= 375, `${path}: breadcrumbs end at ${right} px`);
  }
  await context.close();
});

test("without JavaScript the root page offers both languages as equal choices and stays", skip, async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false, locale: "da-DK" });
  const page = await context.newPage();
  await page.goto(env.server.url(""));
  await page.waitForTimeout(300);
  assert.equal(new URL(page.url()).pathname, "/international/");
  const english = page.getByRole("link", { name: "Continue in English", exact: true });
  const danish = page.getByRole("link", { name: "Fortsæt på dansk", exact: true });
  assert.ok(await english.isVisible());
  assert.ok(await danish.isVisible());
  const [a, b] = [await english.boundingBox(), await danish.boundingBox()];
  assert.equal(a.height, b.height, "the two choices are the same size");
  await danish.click();
  await page.waitForURL(/\/international\/da\/$/);
  await context.close();
});

test("with JavaScript the root page goes to the reader's language, or to the one last chosen with the switch", skip, async () => {
  const danishReader = await env.browser.newContext({ locale: "da-DK" });
  let page = await danishReader.newPage();
  await page.goto(env.server.url(""));
  await page.waitForURL(/\/international\/da\/$/);
  await danishReader.close();

  const otherReader = await env.browser.newContext({ locale: "fr-FR" });
  page = await otherReader.newPage();
  await page.goto(env.server.url(""));
  await page.waitForTimeout(300);
  assert.equal(new URL(page.url()).pathname, "/international/", "a reader whose languages the site lacks is left to choose");
  await otherReader.close();

  const switcher = await env.browser.newContext({ locale: "en-GB" });
  page = await switcher.newPage();
  await page.goto(env.server.url(""));
  await page.waitForURL(/\/international\/en\/$/);
  await page.locator(".site-header .languages a[hreflang=da]").click();
  await page.waitForURL(/\/international\/da\/$/);
  await page.goto(env.server.url(""));
  await page.waitForURL(/\/international\/da\/$/);
  await switcher.close();
});

test("on a phone, with the menu open, the home pages and the root page pass axe-core at WCAG 2.1 AA", skip, async () => {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 800 } });
  await stayOnRedirects(context);
  const page = await context.newPage();
  const problems = [];
  for (const path of ["", "en/", "da/", "da/netvaerk/register/2008/"]) {
    await page.goto(env.server.url(path));
    if (path !== "") await page.locator(".main-nav summary").click();
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
    for (const violation of result.violations) problems.push(`${path}: ${violation.id}: ${violation.help}`);
  }
  await context.close();
  assert.deepEqual(problems, []);
});
