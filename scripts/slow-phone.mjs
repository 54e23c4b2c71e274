// The phone of Lighthouse's mobile runs, for the puppeteer benchmarks
// (first-paint-bench.mjs, paint-costs.mjs): a 412×823 screen, the cache
// off, 4× CPU and, with slowNetwork, the network of its devtools method
// (562.5 ms a request, 1.47 Mbps down), so that pages arrive in bursts.
const LATENCY_MS = 150 * 3.75;
const DOWN_BYTES_PER_S = (1.6 * 1024 * 0.9 * 1024) / 8;

export async function emulateSlowPhone(page, { slowNetwork }) {
  await page.setViewport({ width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true });
  const cdp = await page.createCDPSession();
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  if (slowNetwork) {
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: LATENCY_MS,
      downloadThroughput: DOWN_BYTES_PER_S,
      uploadThroughput: DOWN_BYTES_PER_S / 2,
    });
  }
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
}
