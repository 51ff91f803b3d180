// Shared set-up for the browser checks: the built site served on 127.0.0.1 under its base path,
// Debian's Chromium (never a downloaded browser), and the list of every HTML page.
import { createServer } from "node:http";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const here = fileURLToPath(new URL(".", import.meta.url));
export const output = resolve(process.env.ACTIONPLAN_OUTPUT ?? join(here, "..", "..", "output"));
export const basePath = process.env.ACTIONPLAN_BASE_PATH ?? "/international/";
const [defaultOutput, defaultBasePath] = [output, basePath];
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json",
  ".svg": "image/svg+xml", ".xml": "application/xml", ".txt": "text/plain", ".pdf": "application/pdf", ".png": "image/png" };

/** Why the browser checks cannot run here, or null when they can. */
export function missing(root = output) {
  if (!existsSync(join(root, "index.html"))) return `no built site in ${root}: run the build first`;
  if (!existsSync(chromiumPath)) return `no Chromium at ${chromiumPath}: install Debian's chromium package (.ci/run does)`;
  return null;
}

/** Every HTML file of an output folder (default: the real site's), as paths below the base path ("en/index.html"). */
export function pages(output = defaultOutput) {
  const found = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".html")) found.push(relative(output, full).split(sep).join("/"));
    }
  };
  walk(output);
  return found;
}

/** Serves an output folder (default: the real site's) under its base path on a free loopback port; resolves to { url, close }. */
export function serve(output = defaultOutput, basePath = defaultBasePath) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://127.0.0.1").pathname);
    if (!path.startsWith(basePath)) { response.writeHead(404).end(); return; }
    let file = join(output, path.slice(basePath.length));
    if (!file.startsWith(output)) { response.writeHead(403).end(); return; }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      response.writeHead(404, { "content-type": types[".html"] }).end(readFileSync(join(output, "404.html")));
      return;
    }
    response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, "127.0.0.1", () => done({
    url: (path = "") => `http://127.0.0.1:${server.address().port}${basePath}${path}`,
    close: () => new Promise((closed) => server.close(closed)),
  })));
}

/** Debian's Chromium, headless, with no network beyond loopback. */
export async function launch() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: chromiumPath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

/**
 * Makes a browser context check redirect pages (/was/, old addresses) and the root language choice as they stand,
 * without following their refresh or the root page's script that leads to the reader's language.
 */
export async function stayOnRedirects(context) {
  const strip = async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, "")
      .replace(/<script data-language-preference>[\s\S]*?<\/script>/, "");
    await route.fulfill({ response, body });
  };
  await context.route("**/*.html", strip);
  await context.route(/\/$/, strip);
}

/**
 * Sets up a test file's server and browser once (node:test before/after) and returns { reason, env }:
 * reason says why the checks are skipped (or is null); env.server and env.browser are ready inside tests.
 */
export function useBrowser(before, after, root = output, base = basePath) {
  const reason = missing(root);
  const env = {};
  before(async () => {
    if (reason) return;
    env.server = await serve(root, base);
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return { reason, env };
}
