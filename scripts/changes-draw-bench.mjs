// How long a changes page takes to draw its rows (src/ui/changes/draw.rs:
// the two reports' texts fetched and inflated, both read, compared, the
// rows added), in headless Chromium as a phone at 4× CPU slowdown, from a
// built library served as it is: the first page from cold (the code
// fetched and compiled), then each page with the code cached. Prints each
// page's time and the median and worst.
// Usage: node scripts/changes-draw-bench.mjs BUILT_LIBRARY [PAGES]
// (scripts/library-bench runs it on each library it builds.)
import { createServer } from "node:http";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import puppeteer from "puppeteer-core";

const [root, wanted = "20"] = process.argv.slice(2);
const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".wasm": "application/wasm", ".css": "text/css" };
const server = createServer((request, response) => {
  let path = normalize(decodeURIComponent(new URL(request.url, "http://x").pathname));
  if (path.endsWith("/")) path += "index.html";
  const file = join(root, path);
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { "Content-Type": types[extname(file)] ?? "application/octet-stream" });
  response.end(readFileSync(file));
}).listen(0);
const port = server.address().port;
const pages = readdirSync(root)
  .filter((name) => existsSync(join(root, name, "changes", "index.html")))
  .sort()
  .slice(0, Number(wanted));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
const page = await browser.newPage();
await page.setViewport({ width: 390, height: 844, isMobile: true, hasTouch: true });
const cdp = await page.createCDPSession();
await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
const times = [];
for (const name of pages) {
  await page.goto(`http://localhost:${port}/${name}/changes/`);
  await page.waitForSelector("#changes[data-drawn]", { timeout: 60000 });
  const ms = await page.evaluate(() => performance.now());
  const rows = await page.evaluate(() => document.querySelectorAll(".rows > *").length);
  times.push(ms);
  console.log(`${name}/changes: rows drawn at ${Math.round(ms)} ms (${rows} rows)${times.length === 1 ? ", code from cold" : ""}`);
}
const warm = times.slice(1).sort((a, b) => a - b);
if (warm.length) {
  console.log(`${warm.length} pages, code cached: median ${Math.round(warm[Math.floor(warm.length / 2)])} ms, worst ${Math.round(warm[warm.length - 1])} ms`);
}
await browser.close();
server.close();
