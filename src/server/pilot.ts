// The pilot server (npm run serve:pilot): the built app and CouchDB on one origin.
//   /db/...  forwarded to CouchDB, only what the app needs (see DB_PATHS); never cached;
//            WWW-Authenticate dropped so a browser never opens its own password dialog.
//   /share/v1/...  the share service (share-api.ts) when started with admin credentials.
//   others   files from dist/ with the app's Content-Security-Policy as a header (plus
//            frame-ancestors 'none', which a <meta> cannot carry) and the other security headers.
// Node's http only; no credentials are added: each person's own session cookie goes through.
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { request as httpsRequest } from "node:https";
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, resolve, sep } from "node:path";
import { SHARE_PREFIX } from "./share-api";

export const DB_PREFIX = "/db/";

/** CouchDB paths reachable through the app's origin: the session, health, and shared assessments' databases. */
export const DB_PATHS = [/^\/$/, /^\/_session$/, /^\/_up$/, /^\/coherence-[a-z0-9-]{1,120}(\/.*)?$/];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

const FALLBACK_CSP = "default-src 'self'; script-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

/** The app's own CSP (from dist/index.html) with frame-ancestors 'none' added. */
export function appCsp(indexHtml: string): string {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(indexHtml);
  const policy = (meta?.[1] ?? FALLBACK_CSP).replace(/;\s*frame-ancestors[^;]*/i, "").trim().replace(/;$/, "");
  return `${policy}; frame-ancestors 'none'`;
}

export function securityHeaders(csp: string): Record<string, string> {
  return {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  };
}

/** Headers on every /db/ answer: JSON from CouchDB is never rendered or cached. */
const DB_HEADERS = {
  ...securityHeaders("default-src 'none'; frame-ancestors 'none'; sandbox"),
  "Cache-Control": "no-store",
};

const HOP_BY_HOP = new Set(["connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host"]);

export interface PilotOptions {
  dist: string;
  couchdbUrl: string;
  /** The share service (share-api.ts), when the pilot was given admin credentials. */
  share?: (req: IncomingMessage, res: ServerResponse, pathname: string) => Promise<void>;
}

export function createPilotServer({ dist, couchdbUrl, share }: PilotOptions): Server {
  const root = resolve(dist);
  const indexPath = join(root, "index.html");
  const csp = appCsp(existsSync(indexPath) ? readFileSync(indexPath, "utf8") : "");
  const upstream = new URL(couchdbUrl);
  if (upstream.username || upstream.password) throw new Error("The CouchDB address must not carry credentials: each person signs in with their own.");
  const upstreamBase = upstream.pathname.replace(/\/$/, "");

  return createServer((req, res) => {
    let url: URL;
    try {
      url = new URL(req.url ?? "/", "http://pilot.invalid"); // normalises /db/../x to /x
    } catch {
      return plain(res, 400, "Bad request.", securityHeaders(csp));
    }
    if (url.pathname === "/db" || url.pathname.startsWith(DB_PREFIX)) return forward(req, res, url);
    if (url.pathname.startsWith(SHARE_PREFIX)) {
      for (const [name, value] of Object.entries(DB_HEADERS)) res.setHeader(name, value);
      if (share) return void share(req, res, url.pathname);
      return json(res, 503, { error: "unavailable", reason: "Sharing is not turned on on this server: its administrator starts the share service with admin credentials." });
    }
    return serveFile(req, res, url.pathname);
  });

  function forward(req: IncomingMessage, res: ServerResponse, url: URL) {
    const path = url.pathname.slice(DB_PREFIX.length - 1) || "/";
    if (!DB_PATHS.some((allowed) => allowed.test(path))) {
      return json(res, 404, { error: "not_found", reason: "This part of the server is not available through the app's address." });
    }
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
    // Behind a TLS proxy (README), its X-Forwarded-Proto tells CouchDB to mark the cookie Secure.
    const client = req.socket.remoteAddress ?? "";
    headers["x-forwarded-for"] = req.headers["x-forwarded-for"] ? `${req.headers["x-forwarded-for"]}, ${client}` : client;
    headers["x-forwarded-host"] = req.headers["x-forwarded-host"] ?? req.headers.host ?? "";
    headers["x-forwarded-proto"] = req.headers["x-forwarded-proto"] ?? "http";
    const send = upstream.protocol === "https:" ? httpsRequest : httpRequest;
    const outgoing = send(
      {
        protocol: upstream.protocol,
        hostname: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: `${upstreamBase}${path}${url.search}`,
        headers,
      },
      (answer) => {
        const out: Record<string, string | string[]> = {};
        for (const [name, value] of Object.entries(answer.headers)) {
          if (value === undefined || HOP_BY_HOP.has(name) || name === "www-authenticate" || name === "cache-control") continue;
          out[name] = value;
        }
        // CouchDB marks its cookie Secure only when it serves TLS itself; behind a TLS proxy, do it here.
        if (headers["x-forwarded-proto"] === "https" && out["set-cookie"]) {
          out["set-cookie"] = ([] as string[]).concat(out["set-cookie"]).map((c) => (/;\s*secure/i.test(c) ? c : `${c}; Secure`));
        }
        res.writeHead(answer.statusCode ?? 502, { ...out, ...DB_HEADERS });
        answer.pipe(res);
      },
    );
    outgoing.on("error", () => {
      if (!res.headersSent) json(res, 502, { error: "unavailable", reason: "The assessment server cannot be reached." });
      else res.destroy();
    });
    res.on("close", () => outgoing.destroy());
    req.pipe(outgoing);
  }

  function serveFile(req: IncomingMessage, res: ServerResponse, pathname: string) {
    const headers = securityHeaders(csp);
    if (req.method !== "GET" && req.method !== "HEAD") return plain(res, 405, "Only GET and HEAD.", { ...headers, Allow: "GET, HEAD" });
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname);
    } catch {
      return plain(res, 400, "Bad request.", headers);
    }
    const file = resolve(root, `.${decoded.endsWith("/") ? `${decoded}index.html` : decoded}`);
    if (decoded.includes("\0") || (file !== root && !file.startsWith(root + sep))) return plain(res, 404, "Not found.", headers);
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return plain(res, 404, "Not found.", headers);
      size = stat.size;
    } catch {
      return plain(res, 404, "Not found.", headers);
    }
    // Built assets carry a content hash in their name; everything else is checked each time.
    const cache = file.startsWith(join(root, "assets") + sep) ? "public, max-age=31536000, immutable" : "no-cache";
    res.writeHead(200, { ...headers, "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream", "Content-Length": String(size), "Cache-Control": cache });
    if (req.method === "HEAD") return res.end();
    createReadStream(file).pipe(res);
  }
}

function plain(res: ServerResponse, status: number, text: string, headers: Record<string, string>) {
  res.writeHead(status, { ...headers, "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
  res.end(text);
}

function json(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { ...DB_HEADERS, "Content-Type": "application/json" });
  res.end(JSON.stringify(body));
}
