// A changes page's filters (src/ui/changes): only the changes (the runs of
// unchanged sentences hidden), and one part of the text. Without scripts
// the filters stay hidden.
(function () {
  var filters = document.getElementById("changes-filters");
  var only = document.getElementById("changes-only");
  var part = document.getElementById("changes-part");
  var main = document.getElementById("changes");
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

// The rows (src/ui/changes/draw.rs): drawn from the two reports' texts by
// a WebAssembly of their own, fetched at once. Without scripts, the page
// says so (<noscript>) and keeps its summary.
(function () {
  var main = document.getElementById("changes");
  var status = document.getElementById("changes-status");
  if (!main || !status) return;
  var glue = new URL(main.getAttribute("data-changes-glue"), location.href).href;
  var wasm = new URL(main.getAttribute("data-changes-wasm"), location.href).href;
  status.textContent = "正在载入逐句对比……";
  status.hidden = false;
  // An import carries no integrity: the preload that it reuses does.
  var link = document.createElement("link");
  link.rel = "modulepreload";
  link.href = glue;
  link.crossOrigin = "anonymous";
  link.integrity = main.getAttribute("data-glue-integrity");
  document.head.appendChild(link);
  import(glue).then(function (changes) {
    return changes.default({
      module_or_path: fetch(wasm, { integrity: main.getAttribute("data-wasm-integrity") })
    });
  }).catch(function () {
    status.textContent = "逐句对比未能载入，请刷新页面重试；两份报告的全文见上方链接。";
  });
})();
