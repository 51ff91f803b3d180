// Remembers the language a reader picks with the language switch (or on the root page), so that the root page
// leads there next time; the switch works the same without it.
document.addEventListener("click", function (event) {
  var link = event.target instanceof Element ? event.target.closest(".languages a[hreflang], .language-choice a[hreflang]") : null;
  if (link === null) return;
  try { localStorage.setItem("actionplan-language", link.getAttribute("hreflang")); } catch (e) { /* storage off: nothing remembered */ }
});
