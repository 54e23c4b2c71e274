// A changes page's filters (src/ui/changes): only the changes (the runs of
// unchanged sentences hidden), and one part of the text. Without scripts the
// page reads whole, the filters stay hidden.
(function () {
  var filters = document.getElementById("changes-filters");
  var only = document.getElementById("changes-only");
  var part = document.getElementById("changes-part");
  var main = document.querySelector("main");
  if (!filters || !only || !part || !main) return;
  filters.hidden = false;
  only.addEventListener("change", function () {
    main.classList.toggle("only-changes", only.checked);
  });
  part.addEventListener("change", function () {
    Array.prototype.forEach.call(document.querySelectorAll(".changes-group"), function (group) {
      group.hidden = part.value !== "" && group.id !== part.value;
    });
  });
})();

// The changes as CSV, written from the page's rows when the link is first
// used, rather than a file beside every page: what `changes_csv`
// (src/library/changes/csv.rs) writes, row for row, as the browser tests
// check. A row of new or dropped sentences holds a paragraph's run of
// them: split again where `split_sentences` splits (src/library/changes/
// sentences.rs).
(function () {
  var link = document.getElementById("changes-csv");
  var part = document.getElementById("changes-part");
  if (!link || !part || !window.Blob || !window.URL) return;
  var ends = "。！？!?";
  var closes = "”’）)」』》。！？";
  var sentences = function (text) {
    var out = [];
    var start = 0;
    for (var at = 0; at < text.length; at++) {
      if (ends.indexOf(text[at]) < 0) continue;
      while (at + 1 < text.length && closes.indexOf(text[at + 1]) >= 0) at++;
      out.push(text.slice(start, at + 1));
      start = at + 1;
    }
    if (start < text.length) out.push(text.slice(start));
    return out;
  };
  var field = function (text) {
    return /[,"\n\r]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  };
  // This year's side of a changed sentence: its text without what went.
  var without = function (cell, tag) {
    var copy = cell.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll(tag), function (e) {
      e.remove();
    });
    return copy.textContent;
  };
  var csv = function () {
    var lines = [["部分", "变化", link.getAttribute("data-was"), link.getAttribute("data-now")]];
    Array.prototype.forEach.call(document.querySelectorAll(".changes-group"), function (group) {
      var option = part.querySelector('option[value="' + group.id + '"]');
      var name = option ? option.textContent : "";
      Array.prototype.forEach.call(group.querySelectorAll(".rows > ins, .rows > del, .rows > .changed"), function (row) {
        if (row.tagName === "INS") {
          sentences(row.textContent).forEach(function (s) { lines.push([name, "新增", "", s]); });
        } else if (row.tagName === "DEL") {
          sentences(row.textContent).forEach(function (s) { lines.push([name, "删去", s, ""]); });
        } else {
          var was = row.querySelector(".was");
          var now = row.querySelector(".now");
          lines.push([name, "改动", was ? was.textContent : "", now ? without(now, "del") : ""]);
        }
      });
    });
    return "\ufeff" + lines.map(function (line) { return line.map(field).join(","); }).join("\r\n") + "\r\n";
  };
  var written = false;
  var write = function () {
    if (written) return;
    written = true;
    link.href = URL.createObjectURL(new Blob([csv()], { type: "text/csv;charset=utf-8" }));
  };
  // Written before the link's own click downloads it (and on focus, so that
  // a keyboard's Enter, or a test, finds it written).
  link.href = "#";
  ["pointerdown", "focus", "click"].forEach(function (type) {
    link.addEventListener(type, write);
  });
  link.parentNode.hidden = false;
})();
