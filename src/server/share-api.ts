// The share service: the admin-only steps (share.ts, accounts.ts) offered to signed-in
// focal points over HTTP, on the app's origin under /share/v1/. It holds the server admin's
// credentials; callers are identified by their own CouchDB session cookie, which it checks
// with CouchDB's /_session before doing anything.
//
//   POST /share/v1/assessments                 { document, people }   -> 201 { database }
//        document: an assessment file (read and checked like an imported file);
//        the caller must have the focal-point role and be a focal point in people.
//   POST /share/v1/assessments/<database>/members                       -> 200 { added, removed }
//        applies the database's members document; the caller must be its focal point now.
//   POST /share/v1/accounts                    { name, password }     -> 201 { name }
//        creates an account for a colleague (never changes an existing one); focal points only.
// Refusals: 400/401/403/404/413/422 with { error, reason } or { error: "invalid", problems }.
// Requests must be JSON (so a page elsewhere cannot send one without CORS, which is off)
// and, when the browser says where they come from, from this origin.
import type { IncomingMessage, ServerResponse } from "node:http";
import { couchAt, CouchError, type Couch } from "./couch";
import { applyMembers, shareAssessment } from "./share";
import { ensureUser, accountExists } from "./accounts";
import { readDocument } from "../domain/document/read";
import { MAX_FILE_BYTES } from "../domain/document/limits";
import { FOCAL_POINT_ROLE, isSharedDatabaseName } from "../domain/sharing/members";
import { membersDocSchema } from "../domain/sharing/schemas";
import type { Questionnaire } from "../domain/questionnaire/schema";

export const SHARE_PREFIX = "/share/v1/";
const MAX_BODY = MAX_FILE_BYTES + 1024 * 1024;

export interface ShareServiceOptions {
  couchdbUrl: string;
  admin: Couch;
  questionnaires: Questionnaire[];
}

type Json = Record<string, unknown>;
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly body: Json,
  ) {
    super(String(body.reason ?? body.error));
  }
}
const refuse = (status: number, error: string, reason: string) => new Refusal(status, { error, reason });

export function createShareHandler({ couchdbUrl, admin, questionnaires }: ShareServiceOptions) {
  return async function handle(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    try {
      if (req.method !== "POST") throw refuse(405, "method_not_allowed", "Only POST.");
      checkOrigin(req);
      const caller = await signedIn(req);
      const route = pathname.slice(SHARE_PREFIX.length);
      if (route === "assessments") return send(res, 201, await share(caller, await body(req)));
      const members = /^assessments\/([^/]+)\/members$/.exec(route);
      if (members) return send(res, 200, await applyMembersFor(caller, decodeURIComponent(members[1]!)));
      if (route === "accounts") return send(res, 201, await account(caller, await body(req)));
      throw refuse(404, "not_found", "No such request.");
    } catch (error) {
      if (error instanceof Refusal) return send(res, error.status, error.body);
      const reason = error instanceof CouchError ? "The assessment server refused or could not be reached; try again later." : "Something went wrong on the server.";
      return send(res, 502, { error: "unavailable", reason });
    }
  };

  async function signedIn(req: IncomingMessage): Promise<{ name: string; roles: string[] }> {
    const cookie = /(?:^|;\s*)(AuthSession=[^;]*)/.exec(req.headers.cookie ?? "")?.[1];
    if (!cookie) throw refuse(401, "unauthorized", "Sign in first.");
    const session = await couchAt(couchdbUrl, undefined, cookie).request("GET", "_session");
    const ctx = session.json?.userCtx;
    if (session.status !== 200 || typeof ctx?.name !== "string") throw refuse(401, "unauthorized", "Your session has ended; sign in again.");
    return { name: ctx.name, roles: Array.isArray(ctx.roles) ? ctx.roles : [] };
  }

  function focalPointOnly(caller: { roles: string[] }) {
    if (!caller.roles.includes(FOCAL_POINT_ROLE)) throw refuse(403, "forbidden", "Only a focal point may do this.");
  }

  async function share(caller: { name: string; roles: string[] }, input: Json) {
    focalPointOnly(caller);
    const read = readDocument(input.document);
    if (!read.ok) throw new Refusal(422, { error: "invalid", problems: read.problems });
    const people = membersDocSchema.shape.people.safeParse(input.people);
    if (!people.success) throw refuse(422, "invalid", "people must list each person's user name, role and sections.");
    const { assessment } = read.document;
    const questionnaire = questionnaires.find((q) => q.id === assessment.questionnaire.id && q.version === assessment.questionnaire.version);
    if (!questionnaire) throw refuse(422, "invalid", `The server does not have the questionnaire ${assessment.questionnaire.id} version ${assessment.questionnaire.version}.`);
    const result = await shareAssessment(admin, { assessment, questionnaire, people: people.data, sharedBy: caller.name, at: new Date().toISOString() });
    if (!result.ok) throw new Refusal(422, { error: "invalid", problems: result.problems });
    return { database: result.database };
  }

  async function applyMembersFor(caller: { name: string }, database: string) {
    if (!isSharedDatabaseName(database)) throw refuse(404, "not_found", "No such shared assessment.");
    if ((await admin.request("HEAD", database)).status !== 200) throw refuse(404, "not_found", "No such shared assessment.");
    const result = await applyMembers(admin, database, caller.name);
    if (!result.ok) {
      const notFocal = result.problems.some((p) => p.where === "requestedBy");
      throw new Refusal(notFocal ? 403 : 422, notFocal ? { error: "forbidden", reason: "Only this assessment's focal point may change who takes part." } : { error: "invalid", problems: result.problems });
    }
    return { added: result.added, removed: result.removed };
  }

  async function account(caller: { roles: string[] }, input: Json) {
    focalPointOnly(caller);
    const { name, password } = input;
    if (typeof name !== "string" || typeof password !== "string") throw refuse(422, "invalid", "Give a user name and a first password.");
    if (await accountExists(admin, name)) throw refuse(409, "conflict", `${name} already has an account.`);
    try {
      await ensureUser(admin, name, password, []);
    } catch (error) {
      // CouchDB's own refusal (a user name or the password rule) is worth showing as it is.
      throw refuse(422, "invalid", (error as Error).message);
    }
    return { name };
  }
}

function checkOrigin(req: IncomingMessage) {
  if (!/^application\/json\b/i.test(req.headers["content-type"] ?? "")) throw refuse(415, "unsupported_media_type", "Send JSON.");
  const origin = req.headers.origin;
  const host = req.headers["x-forwarded-host"] ?? req.headers.host;
  if (origin !== undefined && hostOf(origin) !== host) throw refuse(403, "forbidden", "Requests must come from the app's own address.");
}

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

function body(req: IncomingMessage): Promise<Json> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        fail(refuse(413, "too_large", `The request is over ${Math.round(MAX_BODY / 1048576)} MB.`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on("end", () => {
      try {
        const value = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        if (typeof value !== "object" || value === null || Array.isArray(value)) throw new Error("not an object");
        done(value as Json);
      } catch {
        fail(refuse(400, "bad_request", "The request is not a JSON object."));
      }
    });
    req.on("error", fail);
  });
}

function send(res: ServerResponse, status: number, value: unknown) {
  if (res.headersSent) return;
  res.writeHead(status, { "Content-Type": "application/json", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" });
  res.end(JSON.stringify(value));
}
