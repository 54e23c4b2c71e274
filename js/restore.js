// After the prerendered report, before it is drawn: the parts and sections
// the reader had collapsed are collapsed again, except those that hold the
// #anchor in the address, so that the first paint is already right and the
// app, when it starts, finds the same. Then, once the report is painted, the
// app's own files are fetched and started (they wait in a <template>).
(function () {
  var app = document.getElementById("app");
  if (!app) return;
  var saved = null;
  try {
    saved = localStorage.getItem(app.getAttribute("data-key"));
    // A report the reader opened will replace this one: hidden till then.
    if (localStorage.getItem("baogao:opened:text")) app.classList.add("opening");
  } catch (e) {
    saved = null;
  }
  var target = null;
  try {
    target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  } catch (e) {
    target = null;
  }
  (saved || "").split(",").forEach(function (id) {
    var section = id ? document.getElementById(id) : null;
    if (!section || !section.querySelector(".toggle") || (target && section.contains(target))) return;
    section.classList.add("collapsed");
    section.querySelector(".toggle").setAttribute("aria-expanded", "false");
    var body = document.getElementById(id + "-body");
    if (body) body.hidden = true;
    var chips = section.querySelector(".chips");
    if (chips) chips.hidden = false;
  });
  if (target && saved) target.scrollIntoView();

  // The template comes after this script: looked up once all is parsed.
  // Its links are copied as they are; a script copied from a template would
  // not run, so each is made anew with the same attributes.
  var start = function () {
    var files = document.getElementById("app-files");
    if (!files) return;
    Array.prototype.forEach.call(files.content.children, function (element) {
      var copy = element;
      if (element.tagName === "SCRIPT") {
        copy = document.createElement("script");
        Array.prototype.forEach.call(element.attributes, function (attribute) {
          copy.setAttribute(attribute.name, attribute.value);
        });
      } else {
        copy = document.importNode(element, true);
      }
      document.head.appendChild(copy);
    });
  };
  if (window.requestAnimationFrame) {
    requestAnimationFrame(function () {
      setTimeout(start, 0);
    });
  } else {
    setTimeout(start, 0);
  }
})();
