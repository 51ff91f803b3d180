// Search in the browser: loads this language's index once, stems words and query alike, and lists matches.
// Without JavaScript the page says so and links to the sections instead.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  var results = document.getElementById("search-results");
  if (!form || !results || !window.fetch) { return; }
  var language = form.getAttribute("data-language");
  var input = form.querySelector("input[name=q]");
  var suffixes = language === "da"
    ? ["erne", "ernes", "enes", "ene", "ens", "ets", "er", "en", "et", "es", "e", "s"]
    : ["ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s"];
  var index = null;

  function normalise(text) {
    return (text || "").toLocaleLowerCase(language).replace(/aa/g, "å");
  }
  function stem(word) {
    for (var i = 0; i < suffixes.length; i++) {
      var suffix = suffixes[i];
      if (word.length - suffix.length >= 3 && word.slice(-suffix.length) === suffix) {
        return word.slice(0, -suffix.length);
      }
    }
    return word;
  }
  function words(text) {
    return normalise(text).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 1; }).map(stem);
  }
  function prepare(entries) {
    return entries.map(function (entry) {
      return { title: entry.t, summary: entry.s, url: entry.u,
        titleWords: words(entry.t), summaryWords: words(entry.s), textWords: words(entry.w) };
    });
  }
  function has(list, term) {
    for (var i = 0; i < list.length; i++) { if (list[i].indexOf(term) === 0) { return true; } }
    return false;
  }
  function score(entry, terms) {
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var term = terms[i];
      var points = has(entry.titleWords, term) ? 5 : has(entry.summaryWords, term) ? 3 : has(entry.textWords, term) ? 1 : 0;
      if (points === 0) { return 0; }
      total += points;
    }
    return total;
  }
  function show(query) {
    var terms = words(query);
    results.textContent = "";
    if (terms.length === 0) { return; }
    var found = index.map(function (entry) { return { entry: entry, score: score(entry, terms) }; })
      .filter(function (hit) { return hit.score > 0; })
      .sort(function (a, b) { return b.score - a.score || a.entry.title.localeCompare(b.entry.title, language); });
    var status = document.createElement("p");
    status.textContent = found.length === 0 ? form.getAttribute("data-none")
      : form.getAttribute("data-count").replace("{0}", String(found.length));
    results.appendChild(status);
    var list = document.createElement("ol");
    list.className = "listing";
    found.slice(0, 50).forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.className = "listing__title";
      link.href = hit.entry.url;
      link.textContent = hit.entry.title;
      item.appendChild(link);
      if (hit.entry.summary) {
        var summary = document.createElement("p");
        summary.textContent = hit.entry.summary;
        item.appendChild(summary);
      }
      list.appendChild(item);
    });
    results.appendChild(list);
  }
  function run(query) {
    if (index) { show(query); return; }
    fetch(form.getAttribute("data-index")).then(function (response) { return response.json(); })
      .then(function (entries) { index = prepare(entries); show(query); });
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
