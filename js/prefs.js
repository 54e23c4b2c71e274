// Before the page is drawn: the reader's theme and text size, so that the
// first paint already shows them. (The app keeps them in step afterwards.)
(function () {
  try {
    var root = document.documentElement;
    var theme = localStorage.getItem("baogao:theme");
    if (theme === "light" || theme === "dark") root.setAttribute("data-theme", theme);
    var size = localStorage.getItem("baogao:text-size");
    if (/^-?[0-9]$/.test(size || "")) root.setAttribute("data-text-size", size);
  } catch (e) {
    // Storage may be off (private browsing): the defaults stand.
  }
})();
