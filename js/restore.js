// After the prerendered report, before it is drawn: the parts and sections
// the reader had collapsed are collapsed again, except those that hold the
// #anchor in the address, so that the first paint is already right and the
// app, when it starts, renders the same.
(function () {
  var app = document.getElementById("app");
  if (!app) return;
  var saved = null;
  try {
    saved = localStorage.getItem(app.getAttribute("data-key"));
  } catch (e) {
    return;
  }
  if (!saved) return;
  var target = null;
  try {
    target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  } catch (e) {
    target = null;
  }
  saved.split(",").forEach(function (id) {
    var section = id ? document.getElementById(id) : null;
    if (!section || !section.querySelector(".toggle") || (target && section.contains(target))) return;
    section.classList.add("collapsed");
    var toggle = section.querySelector(".toggle");
    toggle.setAttribute("aria-expanded", "false");
    var body = document.getElementById(id + "-body");
    if (body) body.hidden = true;
    var chips = section.querySelector(".chips");
    if (chips) chips.hidden = false;
  });
  if (target) target.scrollIntoView();
})();
