// A static server as many CDNs are: it compresses on the fly (brotli for
// text and WebAssembly, cached after the first request) and sends the same
// cache headers for everything. For the Lighthouse runs, beside
// target/release/serve (which sends precompressed .br files).
// Usage: node scripts/cdn-serve.mjs ROOT PREFIX PORT
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const [root, prefix, port] = process.argv.slice(2);
const types = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
};
const compressed = new Map();
http
  .createServer((request, response) => {
    let name = decodeURIComponent(new URL(request.url, "http://host").pathname);
    if (!name.startsWith(prefix)) return response.writeHead(404).end();
    let file = path.join(root, name.slice(prefix.length));
    if (name.endsWith("/")) file = path.join(file, "index.html");
    if (!path.resolve(file).startsWith(path.resolve(root)) || !fs.existsSync(file)) {
      return response.writeHead(404).end();
    }
    const extension = path.extname(file);
    const headers = {
      "Content-Type": types[extension] ?? "application/octet-stream",
      "Cache-Control": "public, max-age=3600",
    };
    let body = fs.readFileSync(file);
    if (extension in types && /\bbr\b/.test(request.headers["accept-encoding"] ?? "")) {
      if (!compressed.has(file)) {
        const quality = { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 };
        compressed.set(file, zlib.brotliCompressSync(body, { params: quality }));
      }
      body = compressed.get(file);
      headers["Content-Encoding"] = "br";
      headers["Vary"] = "Accept-Encoding";
    }
    headers["Content-Length"] = body.length;
    response.writeHead(200, headers).end(body);
  })
  .listen(Number(port), "127.0.0.1");
