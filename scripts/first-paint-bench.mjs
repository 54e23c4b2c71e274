// First paint on a really slow network, many loads, pages side by side:
// each page loaded in a fresh browser under the conditions of Lighthouse's
// devtools throttling (mobile: 562.5 ms request latency, 1.47 Mbps down,
// 4× CPU, a 412×823 phone), the loads interleaved so that the machine's
// drift falls on every page alike. Prints each page's FCP and LCP, min /
// median / max, and each page's median over the first's. Lighthouse's three
// runs a page cannot tell a 5% difference from its noise; this can, in
// minutes, to choose what to change before Lighthouse measures it. For each
// page after the first it also prints how often a median of 3 loads over a
// median of 3 of the first's (Lighthouse's bar: ≤ 1.10) exceeds 1.10 when
// three loads of each are drawn at random from these: what part of a row's
// misses is the network's and the machine's noise alone.
// Usage: node scripts/first-paint-bench.mjs RUNS URL [URL ...]
// (the first URL is the baseline, e.g. the plain page of scripts/lighthouse-reports)
import puppeteer from "puppeteer-core";
import { emulateSlowPhone } from "./slow-phone.mjs";

const [runs, ...urls] = process.argv.slice(2);
if (!runs || urls.length === 0) {
  console.error("usage: node scripts/first-paint-bench.mjs RUNS URL [URL ...]");
  process.exit(2);
}

async function load(url) {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"],
  });
  try {
    const page = await browser.newPage();
    await emulateSlowPhone(page, { slowNetwork: true });
    await page.evaluateOnNewDocument(() => {
      window.__paints = {};
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.name === "first-contentful-paint") window.__paints.fcp = entry.startTime;
        }
      }).observe({ type: "paint", buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__paints.lcp = entry.startTime;
      }).observe({ type: "largest-contentful-paint", buffered: true });
    });
    await page.goto(url, { waitUntil: "load", timeout: 120000 });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return await page.evaluate(() => window.__paints);
  } finally {
    await browser.close();
  }
}

const results = urls.map(() => ({ fcp: [], lcp: [] }));
for (let run = 0; run < Number(runs); run++) {
  for (const [i, url] of urls.entries()) {
    const { fcp, lcp } = await load(url);
    results[i].fcp.push(fcp);
    results[i].lcp.push(lcp);
  }
}
const sorted = (values) => [...values].sort((a, b) => a - b);
const median = (values) => sorted(values)[Math.floor(values.length / 2)];
const base = results[0];
const draw = (values) => values[Math.floor(Math.random() * values.length)];
const medianOf3 = (values) => median([draw(values), draw(values), draw(values)]);
const chanceOver = (values, baseline, bar = 1.1, trials = 20000) => {
  let over = 0;
  for (let t = 0; t < trials; t++) if (medianOf3(values) / medianOf3(baseline) > bar) over++;
  return over / trials;
};
for (const [i, url] of urls.entries()) {
  const { fcp, lcp } = results[i];
  const line = (name, values, baseline) =>
    `${name} ${Math.round(sorted(values)[0])} / ${Math.round(median(values))} / ${Math.round(sorted(values).at(-1))} ms` +
    (i === 0 ? "" : ` (${(median(values) / median(baseline)).toFixed(3)} ×)`);
  console.log(`${url}\n  ${line("FCP", fcp, base.fcp)}\n  ${line("LCP", lcp, base.lcp)}`);
  if (i > 0) {
    const chance = (100 * chanceOver(lcp, base.lcp)).toFixed(0);
    console.log(`  a median of 3 over the first's median of 3 > 1.10 × by chance: ${chance}% (LCP)`);
  }
}
