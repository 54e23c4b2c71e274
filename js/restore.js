// After the prerendered report, before it is drawn: the parts and sections
// the reader had collapsed are collapsed again, except those that hold the
// #anchor in the address, so that the first paint is already right and the
// app, when it starts, finds the same. Then, once the report is painted, the
// app's own files are fetched and started.
(function () {
  var app = document.getElementById("app");
  if (!app) return;
  var saved = null;
  try {
    saved = localStorage.getItem(app.getAttribute("data-key"));
    // A report the reader opened will replace this one: hidden till then
    // (not in a library, where the address names the report).
    if (!app.hasAttribute("data-shelf") && localStorage.getItem("baogao:opened:text")) app.classList.add("opening");
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

  // The app's files: one script (named with its integrity hash on #app by
  // prerender) that adds the rest.
  var start = function () {
    var file = app.getAttribute("data-start");
    if (!file) return;
    var script = document.createElement("script");
    script.type = "module";
    script.src = file;
    script.integrity = app.getAttribute("data-integrity");
    script.crossOrigin = "anonymous";
    document.head.appendChild(script);
  };
  // Only once the report's first paint is on screen: fetched earlier, the
  // app's files would compete with it (a frame callback still runs before
  // the frame is shown). Paint timing says when; without it, or in a tab
  // that never paints, a timer starts the app all the same.
  var started = false;
  var once = function () {
    if (started) return;
    started = true;
    start();
  };
  var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
  if (!types || types.indexOf("paint") < 0) {
    setTimeout(once, 0);
    return;
  }
  setTimeout(once, 1000);
  try {
    new PerformanceObserver(function (list, observer) {
      var painted = list.getEntries().some(function (entry) {
        return entry.name === "first-contentful-paint";
      });
      if (!painted) return;
      observer.disconnect();
      setTimeout(once, 0);
    }).observe({ type: "paint", buffered: true });
  } catch (e) {
    setTimeout(once, 0);
  }
})();
