// Search in the browser over the index the build writes beside the search page: index.json names the shards (one
// per first two letters of a word) and the chunks of page titles, each of which names the chunks of its pages'
// texts. A query loads only the shards of its words, the title chunks of the results it shows, and the text chunks
// of the results in view (for their excerpts). The index maps every folded word of the site to its folded stem, so
// the browser needs no stemmer: a query's words are lower-cased, folded and, in a language with compounds, split
// into known words by search-words.js, the same rules the build applies.
// Without JavaScript the page says so and links to the sections instead.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  var results = document.getElementById("search-results");
  var rules = window.ActionPlanSearchWords;
  if (!form || !results || !window.fetch || !rules) { return; }
  var language = form.getAttribute("data-language");
  var input = form.querySelector("input[name=q]");
  var base = form.getAttribute("data-index").replace(/[^\/]*$/, "");
  var meta = null;
  var loaded = {};
  var shards = {};

  function json(url) {
    if (!loaded[url]) { loaded[url] = fetch(url).then(function (response) { return response.json(); }); }
    return loaded[url];
  }
  function key(word) { return word.slice(0, 2); }
  function shard(k) {
    var name = meta.shards[k];
    return (name ? json(base + name) : Promise.resolve({ w: {}, s: {} })).then(function (s) { shards[k] = s; return s; });
  }
  // True for a word or stem of the site, from a loaded shard; a shard not loaded yet is noted in 'missing'.
  function knownIn(missing) {
    return function (word) {
      var s = shards[key(word)];
      if (!s) { missing[key(word)] = true; return false; }
      return Object.prototype.hasOwnProperty.call(s.w, word) || Object.prototype.hasOwnProperty.call(s.s, word);
    };
  }
  // A compound's parts, loading the shards the split reaches until it needs no more: each round's split only
  // looks further along the word once a part is known.
  function splitWord(word) {
    var missing = {};
    var parts = rules.split(word, knownIn(missing));
    var keys = Object.keys(missing);
    if (keys.length === 0) { return Promise.resolve(parts); }
    return Promise.all(keys.map(shard)).then(function () { return splitWord(word); });
  }
  function stemOf(word) {
    var s = shards[key(word)];
    return Object.prototype.hasOwnProperty.call(s.w, word) ? s.w[word] : word;
  }
  // The pages of a set of stems, by id, with their weights.
  function pagesOfStems(stems) {
    return Promise.all(stems.map(function (stem) {
      return shard(key(stem)).then(function (s) { return s.s[stem] || []; });
    })).then(function (lists) {
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
  // The pages of one query word, with the stems to mark in excerpts: the pages of the stems of the site's words
  // that begin with it (the word itself, and what a word half typed may become), and, in a language with compounds,
  // the pages that have every part of it ("misbrugsbehandling": a page with "stofmisbrug" and "behandlingen").
  function termOf(word) {
    return shard(key(word)).then(function (own) {
      var stems = {};
      Object.keys(own.w).forEach(function (w) { if (w.indexOf(word) === 0) { stems[own.w[w]] = true; } });
      return (meta.compounds ? splitWord(word) : Promise.resolve(null)).then(function (parts) {
        var whole = Object.keys(stems);
        if (whole.length === 0 && !parts) {
          // A form the site does not use ("hjemloshedens"): the longest stem of the site that begins it, if it is
          // at least half the word and five letters long ("hjemlos"); a short word that begins a typo ("hjem" in
          // "hjemlse") would find pages about something else, where "did you mean" finds the word meant.
          var best = "";
          Object.keys(own.s).forEach(function (s) { if (word.indexOf(s) === 0 && s.length > best.length) { best = s; } });
          whole = best.length * 2 >= word.length && best.length >= 5 ? [best] : [];
        }
        var partStems = (parts || []).map(stemOf);
        return Promise.all([pagesOfStems(whole), Promise.all(partStems.map(function (stem) { return pagesOfStems([stem]); }))])
          .then(function (both) {
            var pages = both[0];
            var perPart = both[1];
            // A page with every part counts as strongly as its weakest part.
            Object.keys(perPart[0] || {}).forEach(function (id) {
              var weight = Math.min.apply(null, perPart.map(function (p) { return p[id] === undefined ? -1 : p[id]; }));
              if (weight >= 0) { pages[id] = Math.max(pages[id] || 0, weight); }
            });
            return { pages: pages, marks: whole.concat(partStems) };
          });
      });
    });
  }
  // Pages that match every word, title matches first, then by weight: rarer words count more.
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

  // A text with the words that begin with a stem found (or, in a compound, hold one of four letters or more)
  // wrapped in <mark>, as DOM nodes appended to 'into'.
  function marked(text, stems, into) {
    text.split(/([\p{L}\p{N}]+)/u).forEach(function (piece, i) {
      if (i % 2 === 0) { into.appendChild(document.createTextNode(piece)); return; }
      var folded = rules.fold(piece.toLocaleLowerCase(language));
      var hit = stems.some(function (stem) {
        return folded.indexOf(stem) === 0 || (meta.compounds && stem.length >= 4 && folded.indexOf(stem) > 0);
      });
      if (!hit) { into.appendChild(document.createTextNode(piece)); return; }
      var mark = document.createElement("mark");
      mark.textContent = piece;
      into.appendChild(mark);
    });
  }
  // About 30 words of a text around its first word found, with an ellipsis where it is cut; null when none is found.
  function excerpt(text, stems) {
    var words = text.split(" ");
    var at = -1;
    for (var i = 0; i < words.length && at < 0; i++) {
      var folded = rules.words(words[i], language);
      if (folded.some(function (w) { return stems.some(function (s) { return w.indexOf(s) === 0 || (meta.compounds && s.length >= 4 && w.indexOf(s) > 0); }); })) { at = i; }
    }
    if (at < 0) { return null; }
    var start = Math.max(0, at - 10);
    var end = Math.min(words.length, start + 30);
    return (start > 0 ? "… " : "") + words.slice(start, end).join(" ") + (end < words.length ? " …" : "");
  }
  // Fills a result's excerpt from its text chunk, or marks its summary when the text does not hold the words.
  function fillExcerpt(item, hit, doc, stems, names) {
    var chunk = Math.floor((hit.id % meta.size) / meta.textSize);
    return json(base + names[chunk]).then(function (texts) {
      var found = excerpt(texts[hit.id % meta.textSize], stems);
      var paragraph = item.querySelector(".search-result__excerpt");
      paragraph.textContent = "";
      marked(found || doc[2], stems, paragraph);
    });
  }
  function count(n) {
    return n === 1 ? form.getAttribute("data-count-one") : form.getAttribute("data-count").replace("{0}", String(n));
  }
  // "Did you mean": each query word no page has, replaced by the nearest word of its shard.
  function suggest(words) {
    return Promise.all(words.map(function (word) {
      return shard(key(word)).then(function (s) {
        if (Object.keys(s.w).some(function (w) { return w.indexOf(word) === 0; })) { return word; }
        return rules.nearest(word, Object.keys(s.w)) || word;
      });
    })).then(function (suggested) {
      return suggested.join(" ") === words.join(" ") ? null : suggested.join(" ");
    });
  }
  function show(found, stems, words) {
    var shown = found.slice(0, 50);
    var chunks = {};
    shown.forEach(function (hit) { chunks[Math.floor(hit.id / meta.size)] = true; });
    return Promise.all([
      Promise.all(Object.keys(chunks).map(function (c) {
        return json(base + meta.docs[c]).then(function (docs) { return [c, docs]; });
      })),
      found.length === 0 ? suggest(words) : Promise.resolve(null)
    ]).then(function (both) {
      var docs = {};
      both[0].forEach(function (pair) { docs[pair[0]] = pair[1]; });
      results.textContent = "";
      var status = document.createElement("p");
      status.textContent = found.length === 0 ? form.getAttribute("data-none") : count(found.length);
      results.appendChild(status);
      if (both[1]) {
        var hint = document.createElement("p");
        hint.className = "search-suggestion";
        hint.appendChild(document.createTextNode(form.getAttribute("data-did-you-mean") + " "));
        var again = document.createElement("a");
        again.href = "?q=" + encodeURIComponent(both[1]);
        again.textContent = both[1];
        hint.appendChild(again);
        hint.appendChild(document.createTextNode("?"));
        results.appendChild(hint);
      }
      if (shown.length === 0) { return; }
      var list = document.createElement("ol");
      list.className = "listing search-results__list";
      var pending = [];
      shown.forEach(function (hit) {
        var chunk = docs[Math.floor(hit.id / meta.size)];
        var doc = chunk.docs[hit.id % meta.size];
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.className = "listing__title";
        link.href = doc[1];
        link.textContent = doc[0];
        item.appendChild(link);
        var about = document.createElement("p");
        about.className = "search-result__meta";
        about.textContent = meta.kinds[doc[3]] || "";
        if (doc[4]) {
          about.appendChild(document.createTextNode(" · "));
          var time = document.createElement("time");
          time.setAttribute("datetime", doc[5]);
          time.textContent = doc[4];
          about.appendChild(time);
        }
        item.appendChild(about);
        var paragraph = document.createElement("p");
        paragraph.className = "search-result__excerpt";
        marked(doc[2], stems, paragraph);
        item.appendChild(paragraph);
        list.appendChild(item);
        pending.push({ item: item, hit: hit, doc: doc, texts: chunk.texts });
      });
      results.appendChild(list);
      // Excerpts for the results in view (or near it) only: each may load a text chunk of its own.
      if (window.IntersectionObserver) {
        var observer = new IntersectionObserver(function (entries) {
          entries.forEach(function (entry) {
            if (!entry.isIntersecting) { return; }
            observer.unobserve(entry.target);
            var p = pending[Number(entry.target.getAttribute("data-result"))];
            fillExcerpt(p.item, p.hit, p.doc, stems, p.texts);
          });
        }, { rootMargin: "200px" });
        pending.forEach(function (p, i) { p.item.setAttribute("data-result", String(i)); observer.observe(p.item); });
      } else {
        pending.slice(0, 10).forEach(function (p) { fillExcerpt(p.item, p.hit, p.doc, stems, p.texts); });
      }
    });
  }
  function run(query) {
    var words = rules.words(query, language);
    if (words.length === 0) { results.textContent = ""; return; }
    json(form.getAttribute("data-index")).then(function (m) {
      meta = m;
      return Promise.all(words.map(termOf));
    }).then(function (terms) {
      // Marked in excerpts: words that begin with a stem found or with a query word ("study", whose stem is "studi").
      var marks = [].concat.apply(words, terms.map(function (t) { return t.marks; })).filter(function (s) { return s.length > 0; });
      return show(rank(terms.map(function (t) { return t.pages; })), marks, words);
    });
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
