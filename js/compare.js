// A year's page's tables (src/ui/compare): sorted by a column's values (the
// target or the result, highest first, then lowest first, then back to
// the catalogue's order), each level's rows among themselves, its row
// that names the level (.compare-level) first; and filtered to one
// province with its cities (#compare-province, kept in the address as
// ?province=). Each sortable column's heading becomes a button; its cells
// carry their value (data-value). Without scripts, the tables read in the
// catalogue's order, every place shown.
(function () {
  var cycle = ["descending", "ascending", "none"];
  var each = function (list, fn) {
    Array.prototype.forEach.call(list, fn);
  };
  each(document.querySelectorAll(".compare-table"), function (table) {
    var bodies = Array.prototype.map.call(table.tBodies, function (body) {
      return {
        body: body,
        rows: Array.prototype.filter.call(body.rows, function (row) {
          return !row.classList.contains("compare-level");
        })
      };
    });
    var all = [].concat.apply([], bodies.map(function (b) { return b.rows; }));
    if (all.length < 2) return;
    var headings = Array.prototype.slice.call(table.tHead.rows[0].cells);
    var value = function (row, column) {
      var cell = row.cells[column];
      var number = cell ? parseFloat(cell.getAttribute("data-value")) : NaN;
      return isNaN(number) ? null : number;
    };
    headings.forEach(function (heading, column) {
      if (!all.some(function (row) { return value(row, column) !== null; })) return;
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
        bodies.forEach(function (group) {
          var sorted = group.rows.slice();
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
            group.body.appendChild(row);
          });
        });
      });
    });
  });

  var choice = document.getElementById("compare-province");
  if (!choice) return;
  var show = function (province) {
    each(document.querySelectorAll(".compare-table tbody"), function (body) {
      var shown = 0;
      each(body.rows, function (row) {
        if (row.classList.contains("compare-level")) return;
        var own = row.getAttribute("data-province");
        // The nation's row stays: the province's targets read against it.
        var keep = !province || !own || own === province;
        row.hidden = !keep;
        if (keep) shown += 1;
      });
      body.hidden = shown === 0;
    });
  };
  var params = new URLSearchParams(location.search);
  var asked = params.get("province") || "";
  if (Array.prototype.some.call(choice.options, function (o) { return o.value === asked; })) {
    choice.value = asked;
  }
  show(choice.value);
  choice.parentNode.parentNode.hidden = false;
  choice.addEventListener("change", function () {
    show(choice.value);
    var next = new URLSearchParams(location.search);
    if (choice.value) next.set("province", choice.value);
    else next.delete("province");
    var query = next.toString();
    history.replaceState(null, "", location.pathname + (query ? "?" + query : "") + location.hash);
  });
})();
