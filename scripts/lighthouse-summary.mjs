// Summarises the Lighthouse runs of scripts/lighthouse: medians and spread
// per site, and the targets (performance ≥ 98, accessibility, best
// practices and SEO 100, the app's LCP ≤ 1.1 × the plain page's).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const sites = { app: [], plain: [] };
for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
  const site = name.split("-")[0];
  const report = JSON.parse(readFileSync(join(dir, name), "utf8"));
  const score = (id) => Math.round((report.categories[id]?.score ?? NaN) * 100);
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  sites[site].push({
    performance: score("performance"),
    accessibility: score("accessibility"),
    "best-practices": score("best-practices"),
    seo: score("seo"),
    "FCP ms": audit("first-contentful-paint"),
    "LCP ms": audit("largest-contentful-paint"),
    "TBT ms": audit("total-blocking-time"),
    CLS: audit("cumulative-layout-shift"),
  });
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const metrics = Object.keys(sites.app[0] ?? sites.plain[0] ?? {});
const cell = (runs, metric) => {
  const values = runs.map((r) => r[metric]);
  const round = (v) => (metric === "CLS" ? v.toFixed(3) : Math.round(v));
  return `${round(median(values))} (${round(Math.min(...values))}–${round(Math.max(...values))})`;
};
console.log(`| metric | app (median, min–max of ${sites.app.length}) | plain page (of ${sites.plain.length}) |`);
console.log("|---|---|---|");
for (const metric of metrics) console.log(`| ${metric} | ${cell(sites.app, metric)} | ${cell(sites.plain, metric)} |`);
const app = (m) => median(sites.app.map((r) => r[m]));
const ratio = app("LCP ms") / median(sites.plain.map((r) => r["LCP ms"]));
console.log(`\nLCP app / plain: ${ratio.toFixed(2)} (target ≤ 1.10)`);
const checks = [
  ["performance ≥ 98", app("performance") >= 98],
  ["accessibility 100", app("accessibility") === 100],
  ["best practices 100", app("best-practices") === 100],
  ["SEO 100", app("seo") === 100],
  ["LCP ≤ 1.1 × plain", ratio <= 1.1],
];
for (const [name, ok] of checks) console.log(`${ok ? "✓" : "✗"} ${name}`);
