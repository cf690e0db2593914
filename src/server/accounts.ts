// CouchDB user accounts (the _users database), as a server administrator changes them.
// Passwords are only ever sent to CouchDB, which stores a PBKDF2 hash; nothing here keeps one.
//
// API:
//   ensureUser(admin, name, password?, roles) -> "created" | "updated" | "kept"
//     Creates the account (a password is then required) or adds the missing roles; an
//     existing account's password is left alone.
//   setRoles(admin, name, add, remove) -> boolean (false: no such account)
//   accountExists(admin, name) -> boolean
import type { Couch } from "./couch";
import { CouchError } from "./couch";
import { userNameSchema } from "../domain/sharing/schemas";

const userPath = (name: string) => `_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;

export async function ensureUser(couch: Couch, name: string, password: string | undefined, roles: string[]): Promise<"created" | "updated" | "kept"> {
  if (!userNameSchema.safeParse(name).success) throw new CouchError("http", `"${name}" is not a user name this tool accepts (letters, digits and . _ @ + -, at most 200).`);
  const existing = await couch.request("GET", userPath(name));
  if (existing.status === 404) {
    if (!password) throw new CouchError("http", `${name} has no account yet: give a password (COUCHDB_FOCAL_POINT_PASSWORD or --focal-point-password-file).`);
    const r = await couch.request("PUT", userPath(name), { _id: `org.couchdb.user:${name}`, name, type: "user", roles, password });
    if (r.status >= 300) throw new CouchError("http", `The account ${name} was refused: ${r.json?.reason ?? r.status}`, r.status);
    return "created";
  }
  if (existing.status !== 200) throw new CouchError("http", `Reading the account ${name} answered ${existing.status}.`, existing.status);
  return (await setRoles(couch, name, roles, [])) ? "updated" : "kept";
}

/** Adds and removes roles; true when the account changed. Retries once on a concurrent edit. */
export async function setRoles(couch: Couch, name: string, add: string[], remove: string[]): Promise<boolean> {
  for (let attempt = 0; ; attempt++) {
    const doc = await couch.ok("GET", userPath(name));
    const current: string[] = Array.isArray(doc.roles) ? doc.roles : [];
    const next = [...new Set([...current.filter((r) => !remove.includes(r)), ...add])];
    if (next.length === current.length && next.every((r) => current.includes(r))) return false;
    const r = await couch.request("PUT", userPath(name), { ...doc, roles: next });
    if (r.status < 300) return true;
    if (r.status !== 409 || attempt > 0) throw new CouchError("http", `Updating the roles of ${name} answered ${r.status}: ${r.json?.reason ?? ""}`, r.status);
  }
}

export async function accountExists(couch: Couch, name: string): Promise<boolean> {
  const r = await couch.request("HEAD", userPath(name));
  return r.status === 200;
}
