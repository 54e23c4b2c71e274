// Sorts a year's page's tables (src/ui/compare) by a column's values: the
// target or the result, highest first, then lowest first, then back to
// the catalogue's order. Each sortable column's heading becomes a button;
// its cells carry their value (data-value). Without scripts, the tables
// read in the catalogue's order.
(function () {
  var cycle = ["descending", "ascending", "none"];
  Array.prototype.forEach.call(document.querySelectorAll(".compare-table"), function (table) {
    var body = table.tBodies[0];
    if (!body || body.rows.length < 2) return;
    var rows = Array.prototype.slice.call(body.rows);
    var headings = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var value = function (row, column) {
      var cell = row.cells[column];
      var number = cell ? parseFloat(cell.getAttribute("data-value")) : NaN;
      return isNaN(number) ? null : number;
    };
    headings.forEach(function (heading, column) {
      if (!rows.some(function (row) { return value(row, column) !== null; })) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "compare-sort";
      button.textContent = heading.textContent;
      heading.textContent = "";
      heading.appendChild(button);
      heading.setAttribute("aria-sort", "none");
      button.addEventListener("click", function () {
        var now = cycle[(cycle.indexOf(heading.getAttribute("aria-sort")) + 1) % cycle.length];
        headings.forEach(function (other) {
          if (other.hasAttribute("aria-sort")) other.setAttribute("aria-sort", "none");
        });
        heading.setAttribute("aria-sort", now);
        var sorted = rows.slice();
        if (now !== "none") {
          sorted.sort(function (a, b) {
            var x = value(a, column);
            var y = value(b, column);
            // Rows without a value last, whichever the order.
            if (x === null || y === null) return (x === null) - (y === null);
            return now === "descending" ? y - x : x - y;
          });
        }
        sorted.forEach(function (row) {
          body.appendChild(row);
        });
      });
    });
  });
})();
