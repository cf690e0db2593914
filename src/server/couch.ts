// A small CouchDB HTTP client for the server-side commands and tests (Node's fetch).
// Credentials in the URL (http://admin:secret@host:5984) become a Basic header, since
// fetch refuses URLs with credentials; a cookie session (login) sends AuthSession instead.
//
// API:
//   couchAt(url, credentials?) -> Couch        (throws CouchError "bad-url" on a malformed URL)
//   login(url, name, password) -> Couch        (cookie session, as the browser will use it)
//   couch.request(method, path, body?, headers?) -> { status, json, headers }
//   couch.ok(method, path, body?) -> json       (throws CouchError unless 2xx)
//   describeFailure(error, url) -> one plain sentence for a person at a terminal

export interface CouchResponse {
  status: number;
  json: any; // CouchDB's JSON: callers check what they use
  headers: Headers;
}

export class CouchError extends Error {
  constructor(
    readonly kind: "bad-url" | "unreachable" | "not-couchdb" | "unauthorized" | "forbidden" | "http",
    message: string,
    readonly status = 0,
    readonly reason = "",
  ) {
    super(message);
  }
}

export interface Couch {
  /** The server's address without credentials, ending in "/". */
  readonly url: string;
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<CouchResponse>;
  ok(method: string, path: string, body?: unknown): Promise<any>;
}

const TIMEOUT_MS = 30_000;

export function couchAt(url: string, credentials?: { name: string; password: string }, cookie?: string): Couch {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CouchError("bad-url", `"${url}" is not a URL; expected something like http://127.0.0.1:5984/`);
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") throw new CouchError("bad-url", `"${url}" must start with http:// or https://`);
  const name = credentials?.name ?? decodeURIComponent(parsed.username);
  const password = credentials?.password ?? decodeURIComponent(parsed.password);
  parsed.username = "";
  parsed.password = "";
  if (!parsed.pathname.endsWith("/")) parsed.pathname += "/";
  parsed.search = "";
  parsed.hash = "";
  const base = parsed.toString();
  const auth: Record<string, string> = cookie
    ? { Cookie: cookie }
    : name
      ? { Authorization: `Basic ${Buffer.from(`${name}:${password}`).toString("base64")}` }
      : {};

  async function request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<CouchResponse> {
    let response: Response;
    try {
      response = await fetch(new URL(path.replace(/^\//, ""), base), {
        method,
        headers: { Accept: "application/json", ...(body === undefined ? {} : { "Content-Type": "application/json" }), ...auth, ...headers },
        body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch (error) {
      throw new CouchError("unreachable", `Cannot reach ${base} (${networkReason(error)}).`);
    }
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = { error: "not_json", reason: text.slice(0, 200) };
    }
    return { status: response.status, json, headers: response.headers };
  }

  async function ok(method: string, path: string, body?: unknown) {
    const r = await request(method, path, body);
    if (r.status >= 200 && r.status < 300) return r.json;
    const reason = String(r.json?.reason ?? r.json?.error ?? "");
    const kind = r.status === 401 ? "unauthorized" : r.status === 403 ? "forbidden" : "http";
    throw new CouchError(kind, `${method} ${path} answered ${r.status}: ${reason}`, r.status, reason);
  }

  return { url: base, request, ok };
}

/** Signs in through /_session as the browser does and returns a client using that cookie. */
export async function login(url: string, name: string, password: string): Promise<Couch> {
  const anonymous = couchAt(url, { name: "", password: "" });
  const r = await anonymous.request("POST", "_session", { name, password });
  if (r.status !== 200) throw new CouchError("unauthorized", `${name} could not sign in: ${r.json?.reason ?? r.status}`, r.status);
  const cookie = (r.headers.get("set-cookie") ?? "").split(";")[0]!;
  if (!cookie.startsWith("AuthSession=")) throw new CouchError("http", "CouchDB did not send a session cookie.");
  return couchAt(anonymous.url, undefined, cookie);
}

function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code === "ECONNREFUSED") return "connection refused: is CouchDB running on that port?";
  if (cause?.code === "ENOTFOUND") return "no such host name";
  if (cause?.code === "ETIMEDOUT" || (error as Error)?.name === "TimeoutError") return "no answer in time";
  if (cause?.code && String(cause.code).includes("CERT")) return `TLS certificate problem: ${cause.code}`;
  return cause?.message ?? (error as Error)?.message ?? "network error";
}

/** Checks that the URL is a CouchDB 3 server and the credentials are a server admin's. */
export async function checkAdmin(couch: Couch): Promise<{ version: string; name: string }> {
  const welcome = await couch.request("GET", "");
  if (welcome.status === 401 && !welcome.json?.couchdb) {
    // require_valid_user is on and the credentials were refused or missing.
    throw new CouchError("unauthorized", `CouchDB at ${couch.url} refused the admin name or password (set COUCHDB_ADMIN_USER and COUCHDB_ADMIN_PASSWORD).`, 401);
  }
  if (welcome.json?.couchdb !== "Welcome") throw new CouchError("not-couchdb", `${couch.url} answers, but it is not CouchDB (GET / said ${welcome.status}).`, welcome.status);
  const version = String(welcome.json.version ?? "");
  if (!/^3\./.test(version)) throw new CouchError("not-couchdb", `${couch.url} runs CouchDB ${version || "of an unknown version"}; this tool needs CouchDB 3.`);
  const session = await couch.request("GET", "_session");
  const ctx = session.json?.userCtx;
  if (session.status === 401 || !ctx?.name) {
    throw new CouchError("unauthorized", `CouchDB at ${couch.url} refused the admin name or password (set COUCHDB_ADMIN_USER and COUCHDB_ADMIN_PASSWORD).`, 401);
  }
  if (!Array.isArray(ctx.roles) || !ctx.roles.includes("_admin")) {
    throw new CouchError("forbidden", `${ctx.name} signed in to ${couch.url} but is not a server administrator.`, 403);
  }
  return { version, name: String(ctx.name) };
}
