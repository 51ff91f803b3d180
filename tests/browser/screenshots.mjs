// Makes the design screenshots in docs/screenshots/ from the built real site: run after the build with
// `node tests/browser/screenshots.mjs`. Six pages, each at 1280 px and 375 px wide, and the phone's menu open.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch, missing, serve } from "./site.mjs";

const pages = {
  home: "en/",
  "home-da": "da/",
  contact: "en/about/contact/",
  project: "en/projects/familien-i-centrum/",
  "focus-area": "en/focus-areas/11-international-visibility/",
  "status-report": "en/status/2008/",
};
const reason = missing();
if (reason) {
  console.error(`screenshots: ${reason}`);
  process.exit(2);
}

const target = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));
mkdirSync(target, { recursive: true });
const server = await serve();
const browser = await launch();
for (const width of [1280, 375]) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  for (const [name, path] of Object.entries(pages)) {
    await page.goto(server.url(path));
    const file = join(target, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
  if (width < 700) {
    // The main navigation as a phone shows it once its menu button is pressed.
    await page.goto(server.url("en/networks/"));
    await page.locator(".main-nav summary").click();
    const file = join(target, `menu-${width}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  }
  await context.close();
}
await browser.close();
await server.close();
