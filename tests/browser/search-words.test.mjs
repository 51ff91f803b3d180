// The query's spelling, compound and "did you mean" rules (themes/default/static/assets/search-words.js), held to the
// cases the build's rules are held to as well (tests/ActionPlan.Tests/Specs/search-words.json, read by
// SearchRulesTests), so that a query is spelled and split as the index was. No browser needed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";

const root = new URL("../../", import.meta.url);
const cases = JSON.parse(readFileSync(new URL("tests/ActionPlan.Tests/Specs/search-words.json", root), "utf8"));
const self = {};
runInNewContext(readFileSync(new URL("themes/default/static/assets/search-words.js", root), "utf8"), { self });
const rules = self.ActionPlanSearchWords;

test("a word is folded as the cases say", () => {
  for (const [word, folded] of cases.fold) assert.equal(rules.fold(word), folded, word);
});

test("a text gives the folded words the cases say", () => {
  for (const c of cases.words) assert.deepEqual([...rules.words(c.text, c.language)], c.words, c.text);
});

test("a compound is split as the cases say", () => {
  for (const c of cases.split) {
    const known = new Set(c.known);
    const parts = rules.split(c.word, (w) => known.has(w));
    assert.deepEqual(parts === null ? null : [...parts], c.parts, c.word);
  }
});

test("'did you mean' picks the nearest known word, or none when none is near", () => {
  for (const c of cases.nearest) assert.equal(rules.nearest(c.word, c.candidates), c.nearest, c.word);
});

test("folding a folded word changes nothing", () => {
  for (const [, folded] of cases.fold) assert.equal(rules.fold(folded), folded);
});
