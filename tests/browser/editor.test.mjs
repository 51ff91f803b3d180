// The browser editor as an editor uses it: `actionplan serve` on a copy of the real site, /admin/ in Chromium, a new
// project written in English and Danish, saved, and found as two Markdown files and two built pages; a broken link
// saved in a text editor, shown by the preview as the build's error; one draft switch for both languages; a
// section's own page edited. The editor's screens in docs/editing.md (docs/images/editor-*.png) are taken here, on the
// real site before any test changes it, so they show the editor as it is.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtPage as built, openEditor as open, openEntry as entry, publish, reason, repository, startEditor, tool, writeMarkdown } from "./editor.mjs";

const builtPage = (path, test) => built(env, path, test);
const openEditor = (viewport) => open(env, viewport);
const openEntry = (page, collection, name) => entry(env, page, collection, name);

let env = {};
const images = join(repository, "docs", "images");

before(async () => {
  if (reason) return;
  env = await startEditor();
});

after(async () => { await env.stop?.(); });

/**
 * Asserts that the editor says the open entry has no unsaved changes, and still says so after its references have
 * loaded: a reference field sets its value again once it has its options, which marked every page changed.
 */
async function assertNoUnsavedChanges(page, what) {
  await page.getByText(/^changes saved$/i).first().waitFor({ timeout: 10_000 });
  for (let i = 0; i < 12; i++) {
    await new Promise((wait) => setTimeout(wait, 250));
    assert.equal(await page.getByText(/unsaved changes/i).count(), 0, `${what}: the editor says "unsaved changes"`);
  }
}

/**
 * Saves the editor's screen as docs/images/editor-<name>.png, as the editing guide shows it: the preview's default
 * address (the test's port is a random one) and the plus of the "＋ Project" buttons as "+" (this machine's fonts may
 * lack the full-width plus the editor writes).
 */
async function screenshot(page, name) {
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      node.textContent = node.textContent.replace(/127\.0\.0\.1:\d+/g, "127.0.0.1:1313").replace(/\uFF0B/g, "+");
    }
  });
  mkdirSync(images, { recursive: true });
  // Without the loading bar (a canvas at the top, fading out) the CMS shows while it fetches.
  const shot = await page.screenshot({ style: "body > canvas { display: none !important; }", animations: "disabled" });
  const file = join(images, `editor-${name}.png`);
  if (!existsSync(file) || await pixelsChanged(readFileSync(file), shot) > 1000) writeFileSync(file, shot);
  const guide = readFileSync(join(repository, "docs", "editing.md"), "utf8");
  assert.match(guide, new RegExp(`!\\[[^\\]]+\\]\\(images/editor-${name}\\.png\\)`), `docs/editing.md does not show images/editor-${name}.png with its alt text`);
}

/**
 * How many pixels differ between two PNG images of the same size (all of them when the sizes differ). A border's
 * anti-aliasing changes by a sub-pixel layout from run to run; fewer than a thousand pixels (0.1 % of the screen)
 * is not a change of the screen, so the committed image is kept.
 */
async function pixelsChanged(before, after) {
  const page = await env.browser.newPage();
  try {
    return await page.evaluate(async ([a, b]) => {
      const load = (data) => new Promise((done, fail) => {
        const image = new Image();
        image.onload = () => done(image);
        image.onerror = fail;
        image.src = `data:image/png;base64,${data}`;
      });
      const [x, y] = [await load(a), await load(b)];
      if (x.width !== y.width || x.height !== y.height) return Infinity;
      const pixels = (image) => {
        const canvas = Object.assign(document.createElement("canvas"), { width: image.width, height: image.height });
        const context = canvas.getContext("2d");
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [p, q] = [pixels(x), pixels(y)];
      let changed = 0;
      for (let i = 0; i < p.length; i += 4) if (p[i] !== q[i] || p[i + 1] !== q[i + 1] || p[i + 2] !== q[i + 2]) changed++;
      return changed;
    }, [before.toString("base64"), after.toString("base64")]);
  } finally {
    await page.close();
  }
}

/** The value of a front matter line (`title: "..."`) of a file, without quotes. */
function frontMatterValue(text, key) {
  const line = text.split("\n").find((l) => l.startsWith(`${key}:`));
  return line?.slice(key.length + 1).trim().replace(/^"(.*)"$/, "$1");
}

/** A collection's button that starts a new page, as it reads: "＋ Project" (its accessible name is "Create entry of type Project"). */
const newButton = (page, label) => page.locator("a", { hasText: new RegExp(`^\uFF0B ${label}$`) });


test("pages open unedited without \"unsaved changes\", a focus area's goals are shown open, and the editor's screens are saved for the docs", { skip: reason ?? false }, async () => {
  const page = await openEditor({ width: 1280, height: 800 });

  // The collection of a section, with its "＋ Project" button, as the editing guide names it.
  await page.goto(`${env.origin}/admin/#/collections/projects`);
  await newButton(page, "Project").waitFor();
  await page.getByText("Familien i Centrum (The Family at the Centre)").waitFor();
  await screenshot(page, "collection");

  // A page with references (focus areas, sources) in both languages, side by side.
  await openEntry(page, "projects", "familien-i-centrum");
  await assertNoUnsavedChanges(page, "projects/familien-i-centrum");
  await screenshot(page, "page");

  // A focus area: its goals are open at once, each with its text and assessments, without a click on a small arrow.
  await openEntry(page, "focus-areas", "fa-07");
  await assertNoUnsavedChanges(page, "focus-areas/fa-07");
  const source = readFileSync(join(env.site, "content/focus-areas/fa-07.en.md"), "utf8");
  const goalText = page.getByLabel("Text", { exact: true }).first();
  await goalText.waitFor({ state: "attached" });
  assert.ok(await goalText.isVisible(), "the first goal's text is not shown open");
  assert.ok(source.includes((await goalText.inputValue()).slice(0, 40)), `the goal's text is not the file's: ${await goalText.inputValue()}`);
  const status = page.getByLabel("Status", { exact: true }).first();
  assert.ok(await status.isVisible(), "the first goal's assessment is not shown open");
  // The goals at the top of the screen, below the editor's bar.
  await page.getByText(/^Goals$/i).first().evaluate((label) => label.scrollIntoView({ block: "start" }));
  await page.mouse.wheel(0, -90);
  await page.waitForTimeout(300);
  await screenshot(page, "goals");

  for (const [collection, entry] of [["networks", "ecacp"], ["publications", "status-2008"], ["cities", "berlin"]]) {
    await openEntry(page, collection, entry);
    await assertNoUnsavedChanges(page, `${collection}/${entry}`);
  }

  // The home and section pages, one entry per language.
  await page.goto(`${env.origin}/admin/#/collections/_sections`);
  await page.getByText("Home page (English)").waitFor();
  await screenshot(page, "sections");
  await page.close();
});

test("a project written in English and Danish in /admin/ is saved as its two Markdown files and built by the preview", { skip: reason ?? false }, async () => {
  const page = await openEditor();
  // Started with the collection's own button, as the editing guide says.
  await page.goto(`${env.origin}/admin/#/collections/projects`);
  await newButton(page, "Project").click();
  const titles = page.getByLabel("Title", { exact: true });
  await titles.nth(0).fill("Street outreach exchange");
  await titles.nth(1).fill("Udveksling om gadearbejde");

  // A reference offers the pages of its own section: networks, by title, and nothing from another section.
  await page.getByLabel(/^Networks/).first().click();
  await page.locator("[class*='option']").first().waitFor();
  const offered = await page.locator("[class*='option']").allTextContents();
  assert.ok(offered.includes("European Cities Against Child Poverty"), offered.join(" | "));
  assert.ok(!offered.includes("Cooperation with Berlin"), `a project offered as a network: ${offered.join(" | ")}`);
  await page.locator("[class*='option']", { hasText: "European Cities Against Child Poverty" }).click();

  await writeMarkdown(page, 0, "An exchange with the [network against child poverty](../networks/ecacp.md).");
  await writeMarkdown(page, 1, "En udveksling med [netværket mod børnefattigdom](../networks/ecacp.md).");
  await publish(page);

  // Published: the editor no longer says there is anything to save.
  await assertNoUnsavedChanges(page, "the project just published");

  const english = readFileSync(join(env.site, "content/projects/street-outreach-exchange.en.md"), "utf8");
  const danish = readFileSync(join(env.site, "content/projects/street-outreach-exchange.da.md"), "utf8");
  assert.match(english, /^---\ntitle: Street outreach exchange\n/);
  assert.match(english, /networks:\n\s+- ecacp\n/);
  assert.match(english, /\[network against child poverty\]\(\.\.\/networks\/ecacp\.md\)/);
  assert.match(danish, /^---\ntitle: Udveksling om gadearbejde\n/);
  // The Danish address comes from the Danish title, not from the file name the English title gave.
  assert.match(danish, /\nslug: udveksling-om-gadearbejde\n/);
  assert.match(danish, /\[netværket mod børnefattigdom\]\(\.\.\/networks\/ecacp\.md\)/);

  const built = await builtPage("en/projects/street-outreach-exchange/", (html) => html.includes("Street outreach exchange"));
  assert.match(built, /href="\/international\/en\/networks\/ecacp\/"/);
  assert.doesNotMatch(built, /role="alert"/);
  const twin = await builtPage("da/projekter/udveksling-om-gadearbejde/", (html) => html.includes("Udveksling om gadearbejde"));
  assert.match(twin, /href="\/international\/da\/netvaerk\/ecacp\/"/);

  // The editor and everything it loads come from the preview server itself.
  const elsewhere = page.requests.filter((url) => !url.startsWith(env.origin) && !url.startsWith("data:") && !url.startsWith("blob:"));
  assert.deepEqual(elsewhere, []);
  await page.close();
});

test("the built public site, with the page saved from the editor, has no editor in it", { skip: reason ?? false }, async () => {
  const output = mkdtempSync(join(tmpdir(), "actionplan-editor-output-"));
  try {
    const build = spawn("dotnet", [tool, "build", "--site", env.site, "--output", output], { stdio: "ignore" });
    await new Promise((done) => build.on("exit", done));
    assert.ok(existsSync(join(output, "en/projects/street-outreach-exchange/index.html")), "the saved page is not built");
    assert.ok(!existsSync(join(output, "admin")), "the output has /admin/");
    assert.ok(!existsSync(join(output, "decap-cms.js")), "the output has the editor's script");
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
});

test("the translation overview lists the page missing its twin, links it to the preview and the editor, and passes axe", { skip: reason ?? false }, async () => {
  // A page in English only, as an editor leaves it half done.
  const page = await env.browser.newPage();
  const english = join(env.site, "content/projects/english-only.en.md");
  writeFileSync(english, "---\ntitle: English only\n---\nText.\n");
  // The overview shows the preview's last build: ask once the page is built.
  await builtPage("en/projects/english-only/", (html) => html.includes("English only"));
  await page.goto(`${env.origin}/admin/translations/`);
  const row = page.locator("tr", { hasText: "content/projects/english-only.en.md" });
  assert.equal(await row.locator("td").nth(1).textContent(), "Dansk");
  assert.equal(await row.locator("a", { hasText: "write it in the editor" }).getAttribute("href"), "/admin/#/collections/projects/entries/english-only");
  await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8") });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
  assert.deepEqual(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), []);
  rmSync(english);
  await page.close();
});

test("one draft switch, turned on and off in English, writes draft into both languages' files", { skip: reason ?? false }, async () => {
  const page = await openEditor();
  const files = ["en", "da"].map((code) => join(env.site, `content/projects/street-outreach-exchange.${code}.md`));
  await openEntry(page, "projects", "street-outreach-exchange");
  const switches = page.locator("button[role='switch'][id^='draft-field-']");
  assert.equal(await switches.count(), 2, "a draft switch per language pane");

  await switches.first().click();
  await publish(page);
  for (const file of files) assert.match(readFileSync(file, "utf8"), /^draft: true$/m, `${file} is not a draft`);

  await switches.first().click();
  await publish(page);
  for (const file of files) assert.doesNotMatch(readFileSync(file, "utf8"), /^draft: true$/m, `${file} is still a draft`);
  await page.close();
});

test("a section's own page opens with its text and is saved into its file", { skip: reason ?? false }, async () => {
  const page = await openEditor();
  const file = join(env.site, "content/projects/_index.da.md");
  const before = readFileSync(file, "utf8");
  await openEntry(page, "_sections", "projects.da");
  await assertNoUnsavedChanges(page, "the Danish projects section page");
  assert.equal(await page.getByLabel("Title", { exact: true }).inputValue(), frontMatterValue(before, "title"));
  assert.equal(await page.getByLabel("Summary", { exact: false }).first().inputValue(), frontMatterValue(before, "summary"));

  const summary = "Projekter med internationalt potentiale, rettet i browseren.";
  await page.getByLabel("Summary", { exact: false }).first().fill(summary);
  await publish(page);

  const after = readFileSync(file, "utf8");
  assert.equal(frontMatterValue(after, "summary"), summary);
  assert.equal(frontMatterValue(after, "title"), frontMatterValue(before, "title"));
  assert.equal(frontMatterValue(after, "weight"), frontMatterValue(before, "weight"));
  assert.match(after, /action-plan-2007-2009/);
  assert.equal(after.slice(after.indexOf("\n---\n", 4)), before.slice(before.indexOf("\n---\n", 4)), "the page's text changed");
  assert.equal(readFileSync(file.replace(".da.md", ".en.md"), "utf8"), execFileSync("git", ["show", "HEAD:content/projects/_index.en.md"], { cwd: env.site, encoding: "utf8" }));
  await builtPage("da/projekter/", (html) => html.includes(summary));
  await page.close();
});

test("a broken link saved in a text editor is reported by the preview at its file and line, with a link to the page in the editor", { skip: reason ?? false }, async () => {
  // From the editor such a save is refused (saving.test.mjs); a text editor saves anything.
  const file = join(env.site, "content/projects/street-outreach-exchange.en.md");
  const text = readFileSync(file, "utf8");
  writeFileSync(file, `${text.trimEnd()}\n\nSee [the plan](../projects/no-such-plan.md).\n`);
  try {
    const shown = await builtPage("en/projects/street-outreach-exchange/", (html) => html.includes("no-such-plan.md"));
    assert.match(shown, /role="alert"/);
    assert.match(shown, /content\/projects\/street-outreach-exchange\.en\.md:\d+:\d+: error: /);
    assert.match(shown, /href="\/admin\/#\/collections\/projects\/entries\/street-outreach-exchange"/);
  } finally {
    writeFileSync(file, text);
  }
});
