// The browser editor as an editor has it: a clone of this repository, `actionplan serve` on it, /admin/ in Debian's
// Chromium. Shared by the editor's browser tests; each test file starts its own preview on its own clone.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromiumPath, launch } from "./site.mjs";

export const repository = resolve(fileURLToPath(new URL(".", import.meta.url)), "..", "..");
export const tool = process.env.ACTIONPLAN_CLI ?? join(repository, "src", "ActionPlan.Cli", "bin", "Debug", "net10.0", "ActionPlan.Cli.dll");

/** Why the editor's browser tests cannot run here, or null when they can. */
export const reason = !existsSync(tool) ? `no built tool at ${tool}: run 'dotnet build src/ActionPlan.Cli' first`
  : !existsSync(chromiumPath) ? `no Chromium at ${chromiumPath}: install Debian's chromium package (.ci/run does)` : null;

const freePort = () => new Promise((done) => {
  const probe = createServer();
  probe.listen(0, "127.0.0.1", () => { const { port } = probe.address(); probe.close(() => done(port)); });
});

/** Runs the tool on the clone and gives its exit code and output. */
export function run(site, ...args) {
  return new Promise((done) => {
    const child = spawn("dotnet", [tool, ...args, "--site", site], { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk) => { output += chunk; });
    child.stderr.on("data", (chunk) => { output += chunk; });
    child.on("exit", (code) => done({ code, output }));
  });
}

/**
 * Clones the repository (the web goal dates pages by their commits), lets <prepare> change the clone, starts the
 * preview on it and a browser; gives what the tests use, with stop() to end it all.
 */
export async function startEditor(prepare = async () => {}) {
  const env = { log: "" };
  env.site = join(mkdtempSync(join(tmpdir(), "actionplan-editor-")), "site");
  execFileSync("git", ["clone", "--quiet", repository, env.site]);
  await prepare(env.site);
  env.port = await freePort();
  env.origin = `http://127.0.0.1:${env.port}`;
  env.server = spawn("dotnet", [tool, "serve", "--site", env.site, "--port", String(env.port)], { stdio: ["ignore", "pipe", "pipe"] });
  env.server.stdout.on("data", (chunk) => { env.log += chunk; });
  env.server.stderr.on("data", (chunk) => { env.log += chunk; });
  const started = Date.now();
  while (!env.log.includes("Serving ")) {
    if (Date.now() - started > 120_000 || env.server.exitCode !== null) throw new Error(`the preview did not start:\n${env.log}`);
    await new Promise((wait) => setTimeout(wait, 200));
  }
  env.browser = await launch();
  env.stop = async () => {
    await env.browser?.close();
    env.server?.kill();
    rmSync(resolve(env.site, ".."), { recursive: true, force: true });
  };
  return env;
}

/** Waits until a preview page answers 200 and its HTML passes a test; returns the HTML. */
export async function builtPage(env, path, test) {
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
export async function openEditor(env, viewport = { width: 1400, height: 1000 }) {
  const page = await env.browser.newPage({ viewport });
  page.requests = [];
  page.on("request", (request) => page.requests.push(request.url()));
  await page.goto(`${env.origin}/admin/`);
  await page.getByRole("button", { name: "Login" }).click();
  await page.getByText("Collections").first().waitFor();
  return page;
}

/**
 * Opens an entry of a collection in the editor, from the collection's list as an editor does, and waits for its form.
 * (Going from one collection's entry straight to another's, the CMS keeps the first entry's draft under the second's form.)
 */
export async function openEntry(env, page, collection, name) {
  await page.goto(`${env.origin}/admin/#/collections/${collection}`);
  await page.waitForFunction(() => !document.querySelector("[id^='title-field-']"));
  await page.goto(`${env.origin}/admin/#/collections/${collection}/entries/${name}`);
  await page.getByLabel("Title", { exact: true }).first().waitFor();
}

/** Replaces the text of a Markdown field. */
export async function writeMarkdown(page, index, text) {
  const field = page.locator("[data-slate-editor='true']").nth(index);
  await field.click();
  // Under load the editor may not take the whole selection at once: clear until the field is empty, then type.
  for (let tries = 0; tries < 5 && (await field.innerText()).trim() !== ""; tries++) {
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Delete");
    await page.waitForTimeout(100);
  }
  await page.keyboard.type(text);
}

/** Publishes the open entry; gives the editor's notice of this save (saved, or why not), not one left from an earlier save. */
export async function publish(page) {
  const notices = page.getByText(/^Entry (saved|published)$|Failed to persist entry/);
  // An earlier save's notice closes by itself after a few seconds; counting past it would miss a new notice that
  // appears as the old one closes, so wait until it is gone.
  await notices.first().waitFor({ state: "detached", timeout: 60_000 });
  await page.getByRole("button", { name: "Publish" }).click();
  await page.getByText("Publish now").click();
  const started = Date.now();
  while (await notices.count() === 0) {
    if (Date.now() - started > 60_000) assert.fail("the editor gave no notice of the save within a minute");
    await new Promise((wait) => setTimeout(wait, 100));
  }
  return notices.last().textContent();
}
