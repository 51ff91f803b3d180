// Saving from the browser editor, as an editor does it on a copy of the real site: Markdown typed in the body stays
// Markdown (the field opens in Markdown mode); the year's status is added in English and reaches both files complete,
// with the build green; a network is carried into the 2009 register edition in both languages; a one-field change is a one-line diff and a twin sent unchanged keeps every byte; a save the build would fail is refused in the editor with
// the build's own message, and nothing is written.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { builtPage, openEditor, openEntry, publish, reason, run, startEditor, writeMarkdown } from "./editor.mjs";

let env;

before(async () => {
  if (reason) return;
  // The next year as docs/editing.md starts it: the 2009 status document's pages, described and published.
  env = await startEditor(async (site) => {
    const started = await run(site, "new", "status", "2009");
    assert.equal(started.code, 0, started.output);
    for (const language of ["en", "da"]) {
      const path = join(site, `content/publications/status-2009.${language}.md`);
      writeFileSync(path, readFileSync(path, "utf8").replace(/^draft: true.*\n/m, ""));
    }
  });
});

after(async () => { await env?.stop(); });

/** Every file under content/ with its bytes. */
function snapshot() {
  const files = new Map();
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full); else files.set(full, readFileSync(full));
    }
  };
  walk(join(env.site, "content"));
  return files;
}

function changedFiles(before) {
  const now = snapshot();
  return [...new Set([...before.keys(), ...now.keys()])].filter((f) => !before.get(f)?.equals(now.get(f) ?? Buffer.alloc(0)) || !now.has(f));
}

test("a link typed in the body as its hint says is a link on the public page: the body opens in Markdown mode", { skip: reason ?? false }, async () => {
  const page = await openEditor(env);
  await openEntry(env, page, "projects", "berlin");
  const english = join(env.site, "content/projects/berlin.en.md");
  const text = readFileSync(english, "utf8");
  const body = text.slice(text.indexOf("\n---\n") + 5).trim();
  await writeMarkdown(page, 0, `${body}\n\nSee also [European Cities Against Child Poverty](../networks/ecacp.md).`);
  assert.match(await publish(page), /^Entry (saved|published)$/);

  assert.match(readFileSync(english, "utf8"), /See also \[European Cities Against Child Poverty\]\(\.\.\/networks\/ecacp\.md\)\.\n$/);
  const built = await builtPage(env, "en/projects/berlin/", (html) => html.includes("See also"));
  assert.match(built, /See also <a href="\/international\/en\/networks\/ecacp\/">European Cities Against Child Poverty<\/a>/);
  await page.close();
});

test("the 2009 assessment added in English reaches both files complete, only its lines, and the site builds", { skip: reason ?? false }, async () => {
  const files = ["en", "da"].map((l) => join(env.site, `content/focus-areas/fa-07.${l}.md`));
  const before = files.map((f) => readFileSync(f, "utf8"));
  const page = await openEditor(env);
  await openEntry(env, page, "focus-areas", "fa-07");

  // Goal 1, in the English column (the first; goals are shown open): a new assessment, as the 2009 status document gives it.
  const add = page.getByRole("button", { name: "Add assessments" }).first();
  const goal = add.locator("xpath=ancestor::div[contains(@class, 'SortableListItem')][1]");
  await add.click();
  const added = goal.locator("[class*='SortableListItem']").filter({ has: page.getByText("Year", { exact: true }) }).last();
  await added.getByLabel("Year").fill("2009");
  await added.getByLabel("Status").click();
  await page.locator("[class*='option']", { hasText: /^achieved$/ }).click();
  await added.getByRole("button", { name: "Add sources" }).click();
  await added.getByLabel("Id").last().click();
  await page.locator("[class*='option']", { hasText: "Status of the international work 2009" }).click();
  const started = Date.now();
  assert.match(await publish(page), /^Entry (saved|published)$/);
  console.log(`saved in ${Date.now() - started} ms (merge, twin facts and the build's check)`);

  // Both languages gain the same five lines after goal 1's 2008 assessment, the status in Danish too; nothing else changes.
  for (const [i, file] of files.entries()) {
    const now = readFileSync(file, "utf8").split("\n");
    const old = before[i].split("\n");
    const at = old.findIndex((line) => line.includes("{ year: 2008, status: achieved")) + 1;
    assert.deepEqual(now, [...old.slice(0, at),
      "      - year: 2009", "        status: achieved", "        sources:", "          - id: status-2009", ...old.slice(at)], file);
  }

  const built = await builtPage(env, "en/focus-areas/07-homelessness/", (html) => html.includes("2009"));
  assert.doesNotMatch(built, /role="alert"/);
  const output = mkdtempSync(join(tmpdir(), "actionplan-saving-output-"));
  try {
    const build = await run(env.site, "build", "--no-pdf", "--output", output);
    assert.equal(build.code, 0, build.output);
  } finally {
    rmSync(output, { recursive: true, force: true });
  }

  await page.close();
});

test("a network carried into the 2009 register edition in English is in it in both languages, one line changed in each", { skip: reason ?? false }, async () => {
  const files = ["en", "da"].map((l) => join(env.site, `content/networks/nordic-big-city-network.${l}.md`));
  const before = files.map((f) => readFileSync(f, "utf8"));
  const page = await openEditor(env);
  await openEntry(env, page, "networks", "nordic-big-city-network");
  await page.getByRole("button", { name: "Add register" }).first().click();
  // The new year is the third item of the English form's list.
  await page.locator("input[type='number']").nth(2).fill("2009");
  assert.match(await publish(page), /^Entry (saved|published)$/);

  for (const [i, file] of files.entries()) {
    const now = readFileSync(file, "utf8");
    assert.equal(now, before[i].replace("register: [2007, 2008]\n", "register: [2007, 2008, 2009]\n"), file);
  }

  await builtPage(env, "en/networks/register/2009/", (html) => html.includes("Nordic big-city network"));
  await builtPage(env, "da/netvaerk/register/2009/", (html) => html.includes("Nordisk storbynetværk"));
  await page.close();
});

test("a one-field change is a one-line diff, and the twin the editor sends unchanged keeps every byte", { skip: reason ?? false }, async () => {
  const before = snapshot();
  const english = join(env.site, "content/networks/ecacp.en.md");
  const old = readFileSync(english, "utf8").split("\n");
  const page = await openEditor(env);
  await openEntry(env, page, "networks", "ecacp");
  const summary = page.getByLabel("Summary (optional)", { exact: true }).first();
  await append(page, summary, " Edited.");
  assert.match(await publish(page), /^Entry (saved|published)$/);

  // The editor sends both languages; only the English file changes, and in its summary line only.
  assert.deepEqual(changedFiles(before), [english]);
  const now = readFileSync(english, "utf8").split("\n");
  const changed = now.map((line, i) => [line, old[i]]).filter(([a, b]) => a !== b);
  assert.equal(now.length, old.length);
  assert.equal(changed.length, 1, changed.join("\n"));
  assert.match(changed[0][0], /^summary: .* Edited\.("?)$/);
  await page.close();
});

test("a save the build would fail is refused in the editor with the build's message, and nothing is written", { skip: reason ?? false }, async () => {
  const before = snapshot();
  const page = await openEditor(env);
  await openEntry(env, page, "projects", "berlin");
  await writeMarkdown(page, 0, "An exchange, see [the plan](../projects/no-such-plan.md).");
  const notice = await publish(page);
  assert.match(notice, /Not saved: the site would not build\. content\/projects\/berlin\.en\.md:\d+:\d+: .*no-such-plan\.md/);
  assert.deepEqual(changedFiles(before), []);
  await page.close();
});

/**
 * Types at the end of a text field as a person does, and, as a person would, looks before saving: keys typed while
 * the form is still settling can be lost, so the field is typed again until it holds what was meant.
 */
async function append(page, field, text) {
  const meant = (await field.inputValue()) + text;
  for (let tries = 0; tries < 5 && (await field.inputValue()) !== meant; tries++) {
    if (tries > 0) {
      await retype(page, field, meant);
      continue;
    }
    await field.click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(text);
  }
  assert.equal(await field.inputValue(), meant, "the field never held the typed text");
}

/** Replaces a text field's value as a person does: select all, then type. */
async function retype(page, field, text) {
  await field.click();
  for (let tries = 0; tries < 5 && (await field.inputValue()) !== ""; tries++) {
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
    await page.waitForTimeout(100);
  }
  await page.keyboard.type(text);
}

test("a Danish name with æ, ø or å is accepted in the form as the build accepts it, and a name the build refuses is refused before saving", { skip: reason ?? false }, async () => {
  const page = await openEditor(env);
  await openEntry(env, page, "projects", "berlin");
  const danish = join(env.site, "content/projects/berlin.da.md");
  const before = readFileSync(danish, "utf8");
  // The second pane is Danish; its address name is checked with the build's own rule.
  const slug = page.locator("input[id^='slug-field-']").nth(1);
  assert.equal(await slug.inputValue(), "berlin");

  await retype(page, slug, "Æble grød");
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Publish now").click();
  await page.getByText(/lower-case letters, digits and '-'/).first().waitFor({ timeout: 15_000 });
  assert.equal(readFileSync(danish, "utf8"), before, "a name the build refuses was written");

  await retype(page, slug, "æblegrød-udveksling");
  assert.match(await publish(page), /^Entry (saved|published)$/);
  assert.match(readFileSync(danish, "utf8"), /\nslug: æblegrød-udveksling\n/);
  assert.equal(readFileSync(danish, "utf8").replace("slug: æblegrød-udveksling", "slug: berlin"), before, "only the name's line changed");
  const built = await builtPage(env, "da/projekter/æblegrød-udveksling/", (html) => html.includes("<h1"));
  assert.match(built, /<h1/);
  await page.close();
});
