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
