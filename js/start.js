// Starts the app. `restore.js` adds this script, with its integrity, once
// the report's first paint is on screen. The prerender step fills in what
// is in capitals: the names of the app's files and their integrity hashes.
// Nothing in it is a report's own (the page names its text on `#app`), so
// every page of a library shares it; its files are found beside it, from
// a page at any depth.
const add = (attributes) => {
  const link = document.createElement("link");
  for (const name in attributes) link.setAttribute(name, attributes[name]);
  link.href = new URL(attributes.href, import.meta.url).href;
  document.head.appendChild(link);
};
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
