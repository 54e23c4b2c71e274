// Where the time goes before the first paint: each page loaded RUNS times
// (interleaved, a fresh browser context each, cache off) at 4× CPU, a
// 412×823 phone, traced; prints the medians of the main thread's work from
// the request to the first contentful paint (HTML parsing, style, layout,
// scripts, paint) and of the first contentful paint itself. NETWORK=devtools
// slows the network as Lighthouse's devtools method does (562.5 ms a
// request, 1.47 Mbps), so that the page arrives in bursts; by default it
// arrives at once, which shows the page's own costs.
// Usage: node scripts/paint-costs.mjs RUNS URL [URL ...]
import puppeteer from "puppeteer-core";
import { emulateSlowPhone } from "./slow-phone.mjs";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const [runs, ...urls] = process.argv.slice(2);
if (!runs || urls.length === 0) {
  console.error("usage: node scripts/paint-costs.mjs RUNS URL [URL ...]");
  process.exit(2);
}
const WORK = ["ParseHTML", "UpdateLayoutTree", "Layout", "EvaluateScript", "PrePaint", "Paint", "Commit"];
const traceFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "paint-costs-")), "trace.json");

async function measure(browser, url) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await emulateSlowPhone(page, { slowNetwork: process.env.NETWORK === "devtools" });
    await page.tracing.start({ path: traceFile, categories: ["devtools.timeline", "loading"] });
    await page.goto(url, { waitUntil: "load", timeout: 120000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.tracing.stop();
  } finally {
    await context.close();
  }
  const events = JSON.parse(fs.readFileSync(traceFile, "utf8")).traceEvents;
  const paint = events.find((e) => e.name === "firstContentfulPaint");
  const request = events.find((e) => e.name === "ResourceSendRequest" && e.args?.data?.url === url);
  const costs = { "first contentful paint": (paint.ts - request.ts) / 1000 };
  for (const e of events) {
    const before = e.ts >= request.ts && e.ts <= paint.ts;
    if (e.ph === "X" && before && e.pid === paint.pid && e.tid === paint.tid && WORK.includes(e.name)) {
      costs[e.name] = (costs[e.name] ?? 0) + e.dur / 1000;
    }
  }
  return costs;
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"],
});
const results = urls.map(() => []);
try {
  for (let run = 0; run < Number(runs); run++) {
    for (const [i, url] of urls.entries()) results[i].push(await measure(browser, url));
  }
} finally {
  await browser.close();
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const [i, url] of urls.entries()) {
  const names = ["first contentful paint", ...WORK];
  const line = names.map((name) => `${name} ${median(results[i].map((r) => r[name] ?? 0)).toFixed(1)}`);
  console.log(`${url}\n  ${line.join(" | ")} ms (medians of ${runs})`);
}
