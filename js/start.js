// Starts the app. `restore.js` adds this script, with its integrity, once
// the report's first paint is on screen. The prerender step fills in what
// is in capitals: the names of the app's files and their integrity hashes.
const add = (attributes) => {
  const link = document.createElement("link");
  for (const name in attributes) link.setAttribute(name, attributes[name]);
  document.head.appendChild(link);
};
// The report's own file, which the later half reads its model from.
const app = document.getElementById("app");
app.setAttribute("data-source", "REPORT_SOURCE");
app.setAttribute("data-source-integrity", "REPORT_INTEGRITY");
// The later half, once the first half asks for it (src/ui/bridge.rs).
addEventListener("baogao:load", async () => {
  add(LATER_LINK);
  const later = await import("LATER_GLUE");
  await later.default({ module_or_path: fetch(new URL("LATER_WASM", import.meta.url), { integrity: "LATER_WASM_INTEGRITY" }) });
}, { once: true });
// The later style sheet and the first half's files, each with its integrity.
FIRST_LINKS.forEach(add);
// A static import would be fetched before the links are added (and
// without their integrity): imported once they are.
const bindings = await import(FIRST_GLUE);
const init = bindings.default;
TRUNK_LOADER_REST
