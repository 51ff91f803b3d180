// The browser editor as an editor uses it: `actionplan serve` on a copy of the real site, /admin/ in Chromium, a new
// project written in English and Danish, saved, and found as two Markdown files and two built pages; then a broken
// link saved from the editor, shown by the preview as the build's error; one draft switch for both languages; a
// section's own page edited. The editor's screens in docs/editing.md (docs/images/editor-*.png) are taken here, on the
// real site before any test changes it, so they show the editor as it is.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumPath, launch } from "./site.mjs";

const repository = resolve(fileURLToPath(new URL(".", import.meta.url)), "..", "..");
const tool = process.env.ACTIONPLAN_CLI ?? join(repository, "src", "ActionPlan.Cli", "bin", "Debug", "net10.0", "ActionPlan.Cli.dll");
const reason = !existsSync(tool) ? `no built tool at ${tool}: run 'dotnet build src/ActionPlan.Cli' first`
  : !existsSync(chromiumPath) ? `no Chromium at ${chromiumPath}: install Debian's chromium package (.ci/run does)` : null;
const env = {};
const images = join(repository, "docs", "images");

const freePort = () => new Promise((done) => {
  const probe = createServer();
  probe.listen(0, "127.0.0.1", () => { const { port } = probe.address(); probe.close(() => done(port)); });
});

before(async () => {
  if (reason) return;
  // A clone, as an editor has: the web goal dates pages by their commits, and a page not committed yet is not counted.
  env.site = join(mkdtempSync(join(tmpdir(), "actionplan-editor-")), "site");
  execFileSync("git", ["clone", "--quiet", repository, env.site]);
  env.port = await freePort();
  env.origin = `http://127.0.0.1:${env.port}`;
  env.log = "";
  env.server = spawn("dotnet", [tool, "serve", "--site", env.site, "--port", String(env.port)], { stdio: ["ignore", "pipe", "pipe"] });
  env.server.stdout.on("data", (chunk) => { env.log += chunk; });
  env.server.stderr.on("data", (chunk) => { env.log += chunk; });
  const started = Date.now();
  while (!env.log.includes("Serving ")) {
    if (Date.now() - started > 120_000 || env.server.exitCode !== null) throw new Error(`the preview did not start:\n${env.log}`);
    await new Promise((wait) => setTimeout(wait, 200));
  }
  env.browser = await launch();
});

after(async () => {
  await env.browser?.close();
  env.server?.kill();
  if (env.site) rmSync(resolve(env.site, ".."), { recursive: true, force: true });
});

/** Waits until a preview page answers 200 and its HTML passes a test; returns the HTML. */
async function builtPage(path, test) {
  const started = Date.now();
  let last = "";
  while (Date.now() - started < 60_000) {
    const response = await fetch(`${env.origin}/international/${path}`);
    last = await response.text();
    if (response.status === 200 && test(last)) return last;
    await new Promise((wait) => setTimeout(wait, 250));
  }
  assert.fail(`${path} was not built as expected within a minute:\n${last.slice(0, 2000)}\n${env.log.slice(-2000)}`);
}

/** The editor, logged in to the preview's own backend, in a page that records every request it makes. */
async function openEditor(viewport = { width: 1400, height: 1000 }) {
  const page = await env.browser.newPage({ viewport });
  page.requests = [];
  page.on("request", (request) => page.requests.push(request.url()));
  // Markdown fields open as Markdown, where links are typed as the editing guide writes them (the CMS remembers the choice).
  await page.addInitScript(() => localStorage.setItem("cms.md-mode", "raw"));
  await page.goto(`${env.origin}/admin/`);
  await page.getByRole("button", { name: "Login" }).click();
  await page.getByText("Collections").first().waitFor();
  return page;
}

/** Replaces the text of a Markdown field (open in its Markdown mode). */
async function writeMarkdown(page, index, text) {
  const field = page.locator("[data-slate-editor='true']").nth(index);
  await field.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}

/**
 * Opens an entry of a collection in the editor, from the collection's list as an editor does, and waits for its form.
 * (Going from one collection's entry straight to another's, the CMS keeps the first entry's draft under the second's form.)
 */
async function openEntry(page, collection, entry) {
  await page.goto(`${env.origin}/admin/#/collections/${collection}`);
  await page.waitForFunction(() => !document.querySelector("[id^='title-field-']"));
  await page.goto(`${env.origin}/admin/#/collections/${collection}/entries/${entry}`);
  await page.getByLabel("Title", { exact: true }).first().waitFor();
}

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

/** Saves the open entry. */
async function publish(page) {
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Publish now").click();
  await page.getByText(/^Entry (saved|published)$/).first().waitFor({ timeout: 30_000 });
}

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
  assert.match(danish, /\[netværket mod børnefattigdom\]\(\.\.\/networks\/ecacp\.md\)/);

  const built = await builtPage("en/projects/street-outreach-exchange/", (html) => html.includes("Street outreach exchange"));
  assert.match(built, /href="\/international\/en\/networks\/ecacp\/"/);
  assert.doesNotMatch(built, /role="alert"/);
  const twin = await builtPage("da/projekter/street-outreach-exchange/", (html) => html.includes("Udveksling om gadearbejde"));
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

test("a broken link saved from the editor is reported by the preview at its file and line", { skip: reason ?? false }, async () => {
  const page = await openEditor();
  await page.goto(`${env.origin}/admin/#/collections/projects/entries/street-outreach-exchange`);
  await page.getByLabel("Title", { exact: true }).first().waitFor();
  await writeMarkdown(page, 0, "An exchange, see [the plan](../projects/no-such-plan.md).");
  await publish(page);

  const shown = await builtPage("en/projects/street-outreach-exchange/", (html) => html.includes("no-such-plan.md"));
  assert.match(shown, /role="alert"/);
  assert.match(shown, /content\/projects\/street-outreach-exchange\.en\.md:\d+:\d+: error: /);
  await page.close();
});
