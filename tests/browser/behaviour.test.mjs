// What a reader does: keyboard from the top to the content, the language switch, search with and without JavaScript.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { pages, stayOnRedirects, useBrowser } from "./site.mjs";

const { reason, env } = useBrowser(before, after);

test("the first Tab reaches the skip link, which moves focus to the main content", { skip: reason ?? false }, async () => {
  const page = await env.browser.newPage();
  await page.goto(env.server.url("en/focus-areas/07-homelessness/"));
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Skip to main content");
  assert.ok(await page.evaluate(() => getComputedStyle(document.activeElement).left === "0px"), "the skip link is visible when focused");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "main");
  await page.keyboard.press("Tab");
  assert.ok(await page.evaluate(() => document.querySelector("main").contains(document.activeElement)), "the next Tab stays in the content");
  await page.close();
});

test("the language switch goes to the twin page and marks the current language", { skip: reason ?? false }, async () => {
  const page = await env.browser.newPage();
  await page.goto(env.server.url("en/networks/ecacp/"));
  assert.equal(await page.locator(".site-header .languages [aria-current]").textContent(), "English");
  await page.locator(".site-header .languages a[hreflang=da]").click();
  await page.waitForURL(/\/da\/netvaerk\/ecacp\/$/);
  assert.equal(await page.locator("html").getAttribute("lang"), "da");
  assert.equal(await page.locator("h1").textContent(), "European Cities Against Child Poverty");
  await page.close();
});

test("search finds pages by title, summary and text, with Danish letters and inflections", { skip: reason ?? false }, async () => {
  const page = await env.browser.newPage();
  await page.goto(env.server.url("en/search/"));
  await page.fill("input[name=q]", "homeless");
  await page.press("input[name=q]", "Enter");
  await page.waitForSelector("#search-results ol li");
  const english = await page.locator("#search-results .listing__title").allTextContents();
  assert.ok(english.includes("7. Homelessness"), english.join(" | "));
  assert.match(page.url(), /\?q=homeless$/);

  await page.goto(env.server.url("da/soeg/?q=netv%C3%A6rkene"));
  await page.waitForSelector("#search-results ol li");
  const danish = await page.locator("#search-results .listing__title").allTextContents();
  assert.ok(danish.includes("Nordisk storbynetværk"), danish.join(" | "));

  await page.goto(env.server.url("da/soeg/?q=b%C3%B8rnefattigdom"));
  await page.waitForSelector("#search-results ol li");
  assert.ok((await page.locator("#search-results .listing__title").allTextContents()).includes("European Cities Against Child Poverty"));

  await page.goto(env.server.url("en/search/?q=zzzqqq"));
  await page.waitForSelector("#search-results p");
  assert.equal(await page.locator("#search-results p").textContent(), "No pages match your search.");
  await page.close();
});

test("without JavaScript the search page says so and links to the sections", { skip: reason ?? false }, async () => {
  const context = await env.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(env.server.url("en/search/?q=homeless"));
  const text = await page.locator("main").innerText();
  assert.match(text, /Search needs JavaScript/);
  assert.ok(await page.locator("main a[href$='/en/focus-areas/']").count() > 0);
  await context.close();
});

test("every page is readable at 320 px: nothing is wider than the screen (wide tables scroll inside themselves)", { skip: reason ?? false }, async () => {
  const context = await env.browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
  await stayOnRedirects(context);
  const page = await context.newPage();
  const wide = [];
  for (const path of pages()) {
    await page.goto(env.server.url(path));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    if (overflow > 0) wide.push(`${path} is ${overflow} px wider than the screen`);
  }
  await context.close();
  assert.deepEqual(wide, []);
});
