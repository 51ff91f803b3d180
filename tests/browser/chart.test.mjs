// The status chart read on its own on a phone and a laptop, and the heading scale: each level visibly smaller.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { useBrowser } from "./site.mjs";

const { reason, env } = useBrowser(before, after);

const reports = ["en/status/2008/", "da/status/2008/"];

/** The shown chart's texts as drawn: rendered font size, and whether each lies inside the drawing and the page. */
async function chartTexts(page) {
  return page.evaluate(() => {
    const charts = [...document.querySelectorAll("svg.chart")].filter((svg) => getComputedStyle(svg).display !== "none");
    return charts.map((svg) => {
      const box = svg.getBoundingClientRect();
      const labels = [...svg.querySelectorAll("text.chart-label")].map((t) => t.getBoundingClientRect());
      const bars = [...svg.querySelectorAll("rect[fill^='url(']")].filter((r) => !r.closest("defs") && r.getAttribute("width") !== "16")
        .map((r) => r.getBoundingClientRect());
      return {
        chart: svg.getAttribute("class"),
        width: box.width,
        pageWidth: document.documentElement.clientWidth,
        right: box.right,
        texts: [...svg.querySelectorAll("text")].map((text) => {
          const r = text.getBoundingClientRect();
          return { text: text.textContent, size: parseFloat(getComputedStyle(text).fontSize) * (box.width / svg.viewBox.baseVal.width),
            inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5 };
        }),
        // A label that runs into a bar of its row would be hidden under it.
        overlaps: labels.flatMap((l) => bars.filter((b) => l.right > b.left + 0.5 && l.left < b.right && l.bottom > b.top && l.top < b.bottom).map(() => 1)).length,
      };
    });
  });
}

for (const width of [375, 1280]) {
  for (const path of reports) {
    test(`at ${width} px the chart on ${path} shows one drawing whose text is at least 12 px and is not clipped`, { skip: reason ?? false }, async () => {
      const page = await env.browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(env.server.url(path));
      const charts = await chartTexts(page);
      assert.equal(charts.length, 1, "exactly one drawing of the chart is shown");
      const [chart] = charts;
      assert.match(chart.chart, width < 600 ? /chart--narrow/ : /chart--wide/);
      assert.ok(chart.right <= chart.pageWidth, `the chart (right edge ${chart.right}) fits in the page (${chart.pageWidth})`);
      const smallest = Math.min(...chart.texts.map((t) => t.size));
      assert.ok(smallest >= 12, `the smallest text is drawn at ${smallest.toFixed(1)} px`);
      const clipped = chart.texts.filter((t) => !t.inside).map((t) => t.text);
      assert.deepEqual(clipped, [], "every text lies inside the drawing");
      assert.equal(chart.overlaps, 0, "no label runs into a bar");
      await page.close();
    });
  }
}

test("the wide chart sets its legend beside the bars, and the labels are the focus areas' short titles", { skip: reason ?? false }, async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(env.server.url("en/status/2008/"));
  const layout = await page.evaluate(() => {
    const svg = document.querySelector("svg.chart--wide");
    const bars = [...svg.querySelectorAll("rect[fill^='url(']")].filter((r) => r.getAttribute("width") !== "16").map((r) => r.getBoundingClientRect());
    const swatches = [...svg.querySelectorAll("rect[width='16']")].map((r) => r.getBoundingClientRect());
    return {
      barsRight: Math.max(...bars.map((b) => b.right)), barsTop: Math.min(...bars.map((b) => b.top)), barsBottom: Math.max(...bars.map((b) => b.bottom)),
      legendLeft: Math.min(...swatches.map((s) => s.left)), legendTop: Math.min(...swatches.map((s) => s.top)),
      labels: [...svg.querySelectorAll("text.chart-label")].map((t) => t.textContent),
    };
  });
  assert.ok(layout.legendLeft > layout.barsRight, "the legend lies right of the bars");
  assert.ok(layout.legendTop < layout.barsBottom && layout.legendTop >= layout.barsTop - 30, "the legend starts level with the bars");
  assert.equal(layout.labels[6], "7. Homelessness");
  assert.equal(layout.labels[10], "11. Presenting projects");
  await page.close();
});

/** The font size of the first heading of each level in main, in CSS pixels. */
async function headingSizes(page) {
  return page.evaluate(() => Object.fromEntries(["h1", "h2", "h3", "h4"].map((tag) => [tag,
    [...document.querySelectorAll(`main ${tag}`)].map((h) => parseFloat(getComputedStyle(h).fontSize))])));
}

for (const [path, width] of ["en/status/2008/", "en/projects/doegnkontakten/", "da/om/koordinering/"].flatMap((p) => [[p, 375], [p, 1280]])) {
  test(`headings on ${path} at ${width} px get visibly smaller by level`, { skip: reason ?? false }, async () => {
    const page = await env.browser.newPage({ viewport: { width, height: 900 } });
    const response = await page.goto(env.server.url(path));
    assert.equal(response.status(), 200);
    const sizes = await headingSizes(page);
    const levels = ["h1", "h2", "h3", "h4"].filter((tag) => sizes[tag].length > 0);
    assert.ok(levels.length >= 2, `${path} has headings of two levels or more`);
    for (let i = 1; i < levels.length; i++) {
      const smallestAbove = Math.min(...sizes[levels[i - 1]]);
      const largestHere = Math.max(...sizes[levels[i]]);
      // At least a tenth smaller: a step a reader sees.
      assert.ok(largestHere <= smallestAbove / 1.1 + 0.05, `every ${levels[i]} (up to ${largestHere} px) is visibly smaller than every ${levels[i - 1]} (from ${smallestAbove} px)`);
    }
    await page.close();
  });
}
