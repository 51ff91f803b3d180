// Tables, targets and headings on a phone, a desktop and paper, on every page of the built site in both languages:
// no table is cut off without a way to scroll it, every target that is not part of a sentence is at least 24 by 24 px
// (WCAG 2.2, 2.5.8), no heading word breaks in the middle without a hyphen, and printed on A4 every table fits.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { output, pages, useBrowser } from "./site.mjs";

const { reason, env } = useBrowser(before, after);
const skip = { skip: reason ?? false };

const languages = ["en", "da"];
const widths = [375, 1280];
// A4 less the PDF's margins (210 mm - 2 x 18 mm, at 96 px to the inch): the width a printed table has.
const a4Width = Math.floor(((210 - 2 * 18) / 25.4) * 96);

/** Every page of a language but the redirects from old addresses, by its address below the base path ("da/" for da/index.html). */
const pagesOf = (code) => reason ? [] : pages()
  .filter((p) => p.startsWith(`${code}/`) && !readFileSync(join(output, p), "utf8").includes('http-equiv="refresh"'))
  .map((p) => p.replace(/index\.html$/, ""));

/**
 * Runs in the page: each table that is cut off and how its region fails ("" when it is fine). A table is fine when it
 * fits the screen, or when it sits in a region a keyboard can reach (tabindex 0), with a name, that scrolls sideways
 * (and can be scrolled to the table's end) and shows a cue that it does (a background drawn at its edges).
 */
function checkTables() {
  const problems = [];
  const screen = document.documentElement.clientWidth;
  for (const [index, table] of [...document.querySelectorAll("main table")].entries()) {
    const name = `table ${index + 1} (${table.querySelector("caption")?.textContent.trim() ?? table.className})`;
    const box = table.getBoundingClientRect();
    const region = table.closest('[role="region"]');
    if (!region) {
      problems.push(`${name} is not in a region`);
      continue;
    }
    const label = region.getAttribute("aria-label")
      ?? region.getAttribute("aria-labelledby")?.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
    if (!label?.trim()) problems.push(`${name}: its region has no name`);
    if (region.getAttribute("tabindex") !== "0") problems.push(`${name}: its region cannot be reached by keyboard`);
    const fits = box.left >= -0.5 && box.right <= screen + 0.5;
    const scrolls = region.scrollWidth > region.clientWidth + 1;
    if (!fits && !scrolls) problems.push(`${name} is cut off (${Math.round(box.left)}–${Math.round(box.right)} px of ${screen}) and does not scroll`);
    if (!scrolls) continue;
    const area = region.getBoundingClientRect();
    if (area.left < -0.5 || area.right > screen + 0.5) problems.push(`${name}: its region is wider than the screen`);
    if (!["auto", "scroll"].includes(getComputedStyle(region).overflowX)) problems.push(`${name}: its region does not scroll`);
    if (!getComputedStyle(region).backgroundImage.includes("gradient")) problems.push(`${name}: nothing shows that it scrolls`);
    region.scrollLeft = region.scrollWidth;
    if (region.scrollLeft + region.clientWidth < region.scrollWidth - 1) problems.push(`${name}: its region cannot be scrolled to its end`);
    if (table.getBoundingClientRect().right > area.right + 1) problems.push(`${name}: its end cannot be scrolled into view`);
    region.scrollLeft = 0;
  }
  if (document.documentElement.scrollWidth > screen) problems.push(`the page is ${document.documentElement.scrollWidth} px wide on a ${screen} px screen`);
  return problems;
}

/**
 * Runs in the page: each target smaller than 24 by 24 px. Targets are links, buttons, summaries, inputs and selects
 * that can be seen. A target inside a sentence is inline and exempt, as the criterion says: one whose nearest block
 * (the closest element not laid out inline) holds letters or digits outside all its targets; a link alone in a list
 * item, a table cell, a bar or a navigation is not inline. Links drawn in an SVG chart are left to the chart's checks.
 */
function checkTargets() {
  const small = [];
  const targets = document.querySelectorAll("a[href], button, summary, input:not([type=hidden]), select");
  for (const target of targets) {
    if (target instanceof SVGElement) continue;
    const style = getComputedStyle(target);
    const box = target.getBoundingClientRect();
    if (style.visibility === "hidden" || box.width === 0 || box.height === 0) continue;
    let block = target.parentElement;
    while (block && getComputedStyle(block).display.startsWith("inline")) block = block.parentElement;
    if (!style.display.startsWith("inline") || style.display === "inline-block") {
      // A target laid out as a block is never part of a sentence.
    } else if (block) {
      const outside = [...block.childNodes].map(function text(node) {
        if (node.nodeType === Node.TEXT_NODE) return node.textContent;
        if (node.nodeType !== Node.ELEMENT_NODE || node.matches("a[href], button, summary, input, select")) return "";
        return [...node.childNodes].map(text).join("");
      }).join("");
      if (/[\p{L}\p{N}]/u.test(outside)) continue;
    }
    const lines = [...target.getClientRects()].filter((r) => r.width > 0);
    const height = Math.min(...lines.map((r) => r.height));
    if (box.width < 23.99 || height < 23.99) {
      small.push(`${target.tagName.toLowerCase()} "${(target.textContent || target.getAttribute("aria-label") || target.value || "").trim().slice(0, 40)}" `
        + `${Math.round(box.width * 10) / 10}×${Math.round(height * 10) / 10} px`);
    }
  }
  return small;
}

/**
 * Runs in the page: each heading word that is split over two lines without a hyphen. A word is split when the boxes of
 * its letters lie on more than one line. The browser's hyphen is not in the text, so a split is taken to be a
 * hyphenation when the heading asks for hyphens, the browser hyphenates its language (a word that cannot fit a narrow
 * box gets more lines with hyphens: auto than without) and the word, set alone at the heading's width and font with
 * breaking inside words turned off, still fits: then hyphenation alone could break it there.
 */
function checkHeadings() {
  const broken = [];
  const hyphenates = new Map();
  const probe = (lang, word, width, font, hyphens) => {
    const box = document.createElement("div");
    box.lang = lang;
    box.style.cssText = `position:absolute;left:0;top:0;visibility:hidden;width:${width}px;font:${font};hyphens:${hyphens};overflow-wrap:normal;word-break:normal;white-space:normal`;
    box.textContent = word;
    document.body.append(box);
    const result = { height: box.getBoundingClientRect().height, fits: box.scrollWidth <= box.clientWidth + 0.5 };
    box.remove();
    return result;
  };
  for (const heading of document.querySelectorAll("h1, h2, h3, h4, h5, h6")) {
    const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
    const style = getComputedStyle(heading);
    const lang = heading.closest("[lang]")?.lang ?? "";
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const match of node.textContent.matchAll(/[^\s\u00ad-]+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom)));
        if (tops.size <= 1) continue;
        if (!hyphenates.has(lang)) {
          const font = style.font;
          hyphenates.set(lang, probe(lang, "Socialforvaltningens administrationsafdeling", 60, font, "auto").height
            > probe(lang, "Socialforvaltningens administrationsafdeling", 60, font, "manual").height);
        }
        const width = heading.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        const hyphenated = style.hyphens === "auto" && hyphenates.get(lang) && probe(lang, match[0], width, style.font, "auto").fits;
        if (!hyphenated) broken.push(`${heading.tagName.toLowerCase()} "${heading.textContent.trim().slice(0, 60)}": "${match[0]}"`);
      }
    }
  }
  return broken;
}

for (const code of languages) {
  for (const width of widths) {
    test(`${code} at ${width} px: on every page no table is cut off, targets are 24 px, no heading word is broken`, skip, async () => {
      const context = await env.browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      const problems = [];
      let scrolling = 0;
      for (const path of pagesOf(code)) {
        await page.goto(env.server.url(path));
        const found = await page.evaluate(`(() => { ${checkTables}; ${checkTargets}; ${checkHeadings};
          return { tables: checkTables(), targets: checkTargets(), headings: checkHeadings(),
            scrolling: [...document.querySelectorAll("main [role=region]")].filter((r) => r.scrollWidth > r.clientWidth + 1).length }; })()`);
        scrolling += found.scrolling;
        for (const [kind, list] of [["table", found.tables], ["small target", found.targets], ["broken heading", found.headings]]) {
          problems.push(...list.map((p) => `${path}: ${kind}: ${p}`));
        }
      }
      assert.deepEqual(problems, []);
      // The checks saw tables that scroll on a phone (the status report's figures at least) and none on a desktop.
      if (width === 375) assert.ok(scrolling > 0, "no table scrolls on a phone: the checks above saw no wide table");
      await context.close();
    });
  }

  test(`${code}: a wide table's region is reached by Tab, shows its focus and scrolls with the arrow keys`, skip, async () => {
    const context = await env.browser.newContext({ viewport: { width: 375, height: 900 } });
    const page = await context.newPage();
    await page.goto(env.server.url(`${code}/status/2008/`));
    const region = page.locator('[role="region"]:has(table.figures)');
    assert.equal(await region.count(), 1);
    const name = await region.getAttribute("aria-labelledby");
    assert.equal(await page.locator(`#${name}`).evaluate((c) => c.tagName), "CAPTION");
    let presses = 0;
    while (presses < 80 && !await region.evaluate((r) => document.activeElement === r)) {
      await page.keyboard.press("Tab");
      presses++;
    }
    assert.ok(presses < 80, "Tab never reached the figures table's region");
    assert.equal(await region.evaluate((r) => r.matches(":focus-visible")), true);
    assert.notEqual(await region.evaluate((r) => getComputedStyle(r).outlineStyle), "none");
    const end = await region.evaluate((r) => r.scrollWidth - r.clientWidth);
    assert.equal(await region.evaluate((r) => r.scrollLeft), 0);
    assert.ok(end > 0, "the figures table does not scroll at 375 px");
    for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowRight");
    // Keyboard scrolling may be animated: wait for it to arrive at the table's end.
    const arrived = await page.waitForFunction((r) => r.scrollLeft >= r.scrollWidth - r.clientWidth - 1, await region.elementHandle(), { timeout: 5000 })
      .then(() => true, () => false);
    assert.ok(arrived, `the arrow keys scrolled to ${await region.evaluate((r) => r.scrollLeft)} of ${end} px`);
    await context.close();
  });

  test(`${code}: printed on A4 every table fits the page and no row may be split`, skip, async () => {
    const context = await env.browser.newContext({ viewport: { width: a4Width, height: 1100 } });
    const page = await context.newPage();
    await page.emulateMedia({ media: "print" });
    const problems = [];
    let figures = 0;
    for (const path of pagesOf(code)) {
      await page.goto(env.server.url(path));
      const found = await page.evaluate(() => [...document.querySelectorAll("main table")].map((table) => {
        const region = table.closest('[role="region"]');
        const last = [...table.querySelectorAll("tr")].map((row) => row.lastElementChild.getBoundingClientRect().right);
        return {
          name: table.querySelector("caption")?.textContent.trim() ?? table.className,
          figures: table.classList.contains("figures"),
          right: Math.max(table.getBoundingClientRect().right, ...last),
          clipped: region ? region.scrollWidth > region.clientWidth + 1 : false,
          rows: [...table.querySelectorAll("tr")].every((row) => getComputedStyle(row).breakInside === "avoid"),
        };
      }));
      for (const table of found) {
        figures += table.figures ? 1 : 0;
        if (table.right > a4Width + 0.5) problems.push(`${path}: "${table.name}" ends at ${Math.round(table.right)} px of ${a4Width}`);
        if (table.clipped) problems.push(`${path}: "${table.name}" is clipped by its region`);
        if (!table.rows) problems.push(`${path}: "${table.name}" may split a row across pages`);
      }
    }
    assert.deepEqual(problems, []);
    assert.ok(figures > 0, "no status report's figures table was printed");
    await context.close();
  });
}
