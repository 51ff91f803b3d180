// How a query's words are spelled and split, the same rules as the build's (src/ActionPlan/Search/SearchFolding.cs
// and CompoundSplitter.cs), held to the same cases (tests/ActionPlan.Tests/Specs/search-words.json):
// - fold: æ, ø, å are spelled ae, oe, aa, other letters lose their diacritics, ß is ss, then the digraphs ae, oe
//   and aa keep their first letter (until none is left), so "hjemløs", "hjemloes" and "hjemlos" are all "hjemlos";
// - split: a Danish compound is the longest known first part and the split of the rest, a linking 's' or 'e'
//   allowed between parts, every part at least three letters ("misbrugsbehandling": misbrug, behandling);
// - nearest: the known word fewest edits away, for "did you mean".
(function (root) {
  "use strict";
  var minPart = 3;

  function fold(word) {
    var spelled = word.replace(/æ/g, "ae").replace(/ø/g, "oe").replace(/å/g, "aa").replace(/ß/g, "ss")
      .normalize("NFD").replace(/\p{M}/gu, "");
    // Again until none is left, so that a folded word folds to itself ("aaa", "aa", "a").
    while (/ae|oe|aa/.test(spelled)) {
      spelled = spelled.replace(/ae|oe|aa/g, function (pair) { return pair.charAt(0); });
    }
    return spelled;
  }

  // The folded words of a text, as the build cuts them: runs of letters and digits, lower-cased in the language,
  // of two characters or more once folded.
  function words(text, language) {
    return (text || "").toLocaleLowerCase(language).split(/[^\p{L}\p{N}]+/u)
      .map(fold).filter(function (w) { return w.length > 1; });
  }

  // The parts of a folded word made of two or more words known(part) holds, or null.
  function split(word, known) {
    if (word.length < 2 * minPart || /\d/.test(word)) { return null; }
    var dead = {};
    function parts(start, last) {
      if (dead[start]) { return null; }
      for (var end = last; end >= start + minPart; end--) {
        var head = word.slice(start, end);
        if (!known(head)) { continue; }
        if (end === word.length) { return [head]; }
        var rest = parts(end, word.length);
        if (rest === null && (word.charAt(end) === "s" || word.charAt(end) === "e") && end + 1 < word.length) {
          rest = parts(end + 1, word.length);
        }
        if (rest !== null) { return [head].concat(rest); }
      }
      dead[start] = true;
      return null;
    }
    return parts(0, word.length - minPart);
  }

  function distance(a, b) {
    var previous = [], current = [], i, j;
    for (j = 0; j <= b.length; j++) { previous[j] = j; }
    for (i = 1; i <= a.length; i++) {
      current = [i];
      for (j = 1; j <= b.length; j++) {
        current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1));
      }
      previous = current;
    }
    return previous[b.length];
  }

  // The candidate fewest edits from word (at most a third of its letters, at least one), ties to the shorter, then
  // the first in code-unit order; null when none is near.
  function nearest(word, candidates) {
    var best = null, bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
    candidates.slice().sort().forEach(function (candidate) {
      var d = distance(word, candidate);
      if (d < bestDistance || (d === bestDistance && best !== null && candidate.length < best.length)) {
        best = candidate;
        bestDistance = d;
      }
    });
    return best;
  }

  var api = { fold: fold, words: words, split: split, distance: distance, nearest: nearest };
  root.ActionPlanSearchWords = api;
})(typeof self !== "undefined" ? self : this);
