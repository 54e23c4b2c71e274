// A place's charts (src/ui/compare/chart.rs): tapped, a chart says the
// values of the year nearest the tap in its readout, as its table and its
// text alternative do. Without scripts, the readout stays hidden.
(function () {
  Array.prototype.forEach.call(document.querySelectorAll(".chart-readout"), function (out) {
    var figure = out.parentNode;
    var svg = figure.querySelector("svg");
    var years = Array.prototype.slice.call(figure.querySelectorAll("[data-said]"));
    if (!svg || years.length === 0) return;
    svg.addEventListener("click", function (event) {
      var box = svg.getBoundingClientRect();
      var width = svg.viewBox.baseVal.width || box.width;
      var at = ((event.clientX - box.left) / box.width) * width;
      var nearest = years.reduce(function (best, year) {
        var distance = Math.abs(parseFloat(year.getAttribute("data-at")) - at);
        return distance < best.distance ? { year: year, distance: distance } : best;
      }, { year: years[0], distance: Infinity }).year;
      years.forEach(function (year) {
        year.classList.toggle("chosen", year === nearest);
      });
      out.textContent = nearest.getAttribute("data-said");
      out.hidden = false;
    });
  });
})();
