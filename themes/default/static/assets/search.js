// Search in the browser over the index the build writes beside the search page: index.json names the shards
// (one per first two letters of a word) and the chunks of page titles. A query loads only the shards of its
// words and the chunks of the results it shows. The index maps every word of the site to its stem, so the
// browser needs no stemmer: words are only lower-cased (and, in Danish, 'aa' written 'å') as the build did.
// Without JavaScript the page says so and links to the sections instead.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  var results = document.getElementById("search-results");
  if (!form || !results || !window.fetch) { return; }
  var language = form.getAttribute("data-language");
  var danish = language.slice(0, 2) === "da";
  var input = form.querySelector("input[name=q]");
  var base = form.getAttribute("data-index").replace(/[^\/]*$/, "");
  var meta = null;
  var loaded = {};

  function json(url) {
    if (!loaded[url]) { loaded[url] = fetch(url).then(function (response) { return response.json(); }); }
    return loaded[url];
  }
  function words(text) {
    var lower = (text || "").toLocaleLowerCase(language);
    if (danish) { lower = lower.replace(/aa/g, "å"); }
    return lower.split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 1; });
  }
  function key(word) { return word.slice(0, 2); }
  function shard(k) {
    var name = meta.shards[k];
    return name ? json(base + name) : Promise.resolve({ w: {}, s: {} });
  }
  // The pages of one query word, by id, with their weights: the stems of the site's words that begin with it
  // (the word itself, and what a word half typed may become).
  function pagesOf(word) {
    return shard(key(word)).then(function (own) {
      var stems = {};
      Object.keys(own.w).forEach(function (w) { if (w.indexOf(word) === 0) { stems[own.w[w]] = true; } });
      if (Object.keys(stems).length === 0) {
        // A form the site does not use ("hjemløsheden"): the longest stem of the site that begins it, if it is
        // at least half the word ("hjemløs", not "hjem").
        var best = "";
        Object.keys(own.s).forEach(function (s) { if (word.indexOf(s) === 0 && s.length > best.length) { best = s; } });
        if (best.length * 2 >= word.length) { stems[best] = true; }
      }
      return Promise.all(Object.keys(stems).map(function (stem) {
        return shard(key(stem)).then(function (s) { return s.s[stem] || []; });
      }));
    }).then(function (lists) {
      var pages = {};
      lists.forEach(function (gaps) {
        for (var i = 0, id = 0; i < gaps.length; i += 2) {
          id += gaps[i];
          pages[id] = Math.max(pages[id] || 0, gaps[i + 1]);
        }
      });
      return pages;
    });
  }
  // Pages that have every word, title matches first, then by weight: rarer words count more.
  function rank(perWord) {
    var first = perWord[0] || {};
    var found = [];
    Object.keys(first).forEach(function (id) {
      var titles = 0, score = 0;
      for (var i = 0; i < perWord.length; i++) {
        var weight = perWord[i][id];
        if (weight === undefined) { return; }
        titles += weight >= 100 ? 1 : 0;
        score += weight * Math.log(1 + meta.count / Object.keys(perWord[i]).length);
      }
      found.push({ id: Number(id), titles: titles, score: score });
    });
    return found.sort(function (a, b) { return b.titles - a.titles || b.score - a.score || a.id - b.id; });
  }
  function show(found) {
    var shown = found.slice(0, 50);
    var chunks = {};
    shown.forEach(function (hit) { chunks[Math.floor(hit.id / meta.size)] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) {
      return json(base + meta.docs[c]).then(function (docs) { return [c, docs]; });
    })).then(function (pairs) {
      var docs = {};
      pairs.forEach(function (pair) { docs[pair[0]] = pair[1]; });
      results.textContent = "";
      var status = document.createElement("p");
      status.textContent = found.length === 0 ? form.getAttribute("data-none")
        : form.getAttribute("data-count").replace("{0}", String(found.length));
      results.appendChild(status);
      var list = document.createElement("ol");
      list.className = "listing";
      shown.forEach(function (hit) {
        var doc = docs[Math.floor(hit.id / meta.size)][hit.id % meta.size];
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.className = "listing__title";
        link.href = doc[1];
        link.textContent = doc[0];
        item.appendChild(link);
        if (doc[2]) {
          var summary = document.createElement("p");
          summary.textContent = doc[2];
          item.appendChild(summary);
        }
        list.appendChild(item);
      });
      results.appendChild(list);
    });
  }
  function run(query) {
    var terms = words(query);
    if (terms.length === 0) { results.textContent = ""; return; }
    json(form.getAttribute("data-index")).then(function (m) {
      meta = m;
      return Promise.all(terms.map(pagesOf));
    }).then(rank).then(show);
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value;
    history.replaceState(null, "", "?q=" + encodeURIComponent(query));
    run(query);
  });
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { input.value = initial; run(initial); }
})();
