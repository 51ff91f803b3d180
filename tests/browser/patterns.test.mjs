// The patterns the front-matter schemas and the browser editor check names with are the build's own rule
// (UrlName.Pattern), read as ECMAScript reads them with the "u" flag, which the vendored editor is patched to use:
// a slug with æ, ø or å is accepted by the build, the schemas and the editor alike. No browser needed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

const root = new URL("../../", import.meta.url);
const schemas = new URL(".vscode/schemas/", root);

/** Every "pattern" in a JSON value, at any depth. */
function patterns(value, found = []) {
  if (Array.isArray(value)) value.forEach((v) => patterns(v, found));
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "pattern" && typeof v === "string") found.push(v); else patterns(v, found);
    }
  }
  return found;
}

const all = readdirSync(schemas).filter((f) => f.endsWith(".schema.json"))
  .flatMap((f) => patterns(JSON.parse(readFileSync(new URL(f, schemas), "utf8"))));

test("every pattern of the schemas is a valid expression with the u flag", () => {
  assert.ok(all.length > 50, `${all.length} patterns`);
  for (const pattern of new Set(all)) assert.doesNotThrow(() => new RegExp(pattern, "u"), pattern);
});

test("the name pattern accepts what the build accepts, Danish letters included, and refuses what it refuses", () => {
  const names = [...new Set(all.filter((p) => p.includes("\\p{Ll}")))];
  assert.equal(names.length, 1, `one name pattern, not ${names.join(" | ")}`);
  const name = new RegExp(names[0], "u");
  for (const good of ["æblegrød", "familien-i-centrum", "2008", "blåbær-2", "straße"]) assert.ok(name.test(good), good);
  for (const bad of ["Æblegrød", "a--b", "-a", "a-", "a b", "a_b", "", "A"]) assert.ok(!name.test(bad), bad);
  // Read without the flag, the same text would refuse every real name: the editor must use the flag.
  assert.ok(!new RegExp(names[0]).test("familien"));
});

test("the vendored editor checks a field's pattern with the u flag", () => {
  const bundle = gunzipSync(readFileSync(new URL("src/ActionPlan.Server/Editing/decap-cms/decap-cms.js.gz", root))).toString("utf8");
  assert.equal(bundle.split('RegExp(i.first(),"u").test(t)').length - 1, 1);
  assert.ok(!bundle.includes("RegExp(i.first()).test(t)"));
});
