// Prepares a CouchDB 3 server for shared assessments (npm run server:setup). Idempotent:
// each step compares before it writes and reports "set", "created", "updated" or "kept".
//
// API: setupServer(adminCouch, { focalPoint?, questionnaires }, report) -> number of changes
import type { Couch } from "./couch";
import { CouchError, checkAdmin } from "./couch";
import { FOCAL_POINT_ROLE, isSharedDatabaseName } from "../domain/sharing/members";
import { RULES_DESIGN_ID } from "../domain/sharing/layout";
import { SHARING_LIMITS, sharingRules } from "../domain/sharing/rules";
import type { Questionnaire } from "../domain/questionnaire/schema";
import { rulesDesignDoc, sameDesign } from "./design-doc";
import { ensureUser } from "./accounts";

/** Server settings the tool relies on: [section, key, value, why]. */
export const SERVER_SETTINGS: ReadonlyArray<readonly [string, string, string, string]> = [
  ["chttpd", "require_valid_user_except_for_up", "true", "nobody reads anything without signing in (GET /_up stays open for health checks)"],
  ["chttpd", "enable_cors", "false", "the app reaches CouchDB on its own origin, so no cross-origin access"],
  ["chttpd", "admin_only_all_dbs", "true", "people cannot list the assessments of others"],
  ["chttpd_auth", "same_site", "strict", "the session cookie is not sent by other sites' pages"],
  ["chttpd_auth", "allow_persistent_cookies", "false", "closing the browser ends the session (shared computers)"],
  ["chttpd_auth", "timeout", "3600", "an idle session ends after an hour"],
  ["chttpd_auth", "users_db_public", "false", "people cannot read each other's account"],
  ["chttpd_auth", "password_regexp", '[{".{12,}", "A password has at least 12 characters."}]', "passwords of at least 12 characters"],
  ["couchdb", "default_security", "admin_only", "a new database is closed until the share step opens it to its members"],
  ["couchdb", "max_document_size", "4194304", "a second limit (4 MB) behind the validation function's"],
];

const USERS_SECURITY = { admins: { names: [], roles: ["_admin"] }, members: { names: [], roles: ["_admin"] } };

export interface SetupOptions {
  focalPoint?: { name: string; password?: string };
  /** Questionnaires the tool ships, to refresh the rules of databases already shared. */
  questionnaires: Questionnaire[];
}

export async function setupServer(couch: Couch, options: SetupOptions, report: (line: string) => void): Promise<number> {
  let changes = 0;
  const changed = (line: string) => {
    changes++;
    report(`  changed  ${line}`);
  };
  const kept = (line: string) => report(`  kept     ${line}`);

  const { version, name } = await checkAdmin(couch);
  report(`CouchDB ${version} at ${couch.url}, signed in as server administrator ${name}.`);

  const nodes: string[] = (await couch.ok("GET", "_membership")).all_nodes ?? [];
  if (nodes.length === 0) throw new CouchError("http", "CouchDB lists no nodes in /_membership; finish its own setup first (single node or cluster).");
  report(`Settings (on ${nodes.length === 1 ? "its node" : `each of its ${nodes.length} nodes`}):`);
  for (const node of nodes) {
    for (const [section, key, value, why] of SERVER_SETTINGS) {
      const path = `_node/${encodeURIComponent(node)}/_config/${section}/${key}`;
      const current = await couch.request("GET", path);
      const label = `${section}/${key} = ${value}${nodes.length > 1 ? ` on ${node}` : ""}: ${why}`;
      if (current.status === 200 && current.json === value) kept(label);
      else {
        await couch.ok("PUT", path, JSON.stringify(value));
        changed(label);
      }
    }
  }

  report("System databases:");
  for (const db of ["_users", "_replicator"]) {
    const exists = await couch.request("HEAD", encodeURIComponent(db));
    if (exists.status === 200) kept(`${db} exists`);
    else {
      await couch.ok("PUT", encodeURIComponent(db));
      changed(`${db} created`);
    }
  }
  const security = await couch.ok("GET", "_users/_security");
  if (sameRoles(security, USERS_SECURITY)) kept("_users is open to server administrators only");
  else {
    await couch.ok("PUT", "_users/_security", USERS_SECURITY);
    changed("_users is open to server administrators only (accounts are made by setup and the share step)");
  }

  if (options.focalPoint) {
    report("Focal point account:");
    const result = await ensureUser(couch, options.focalPoint.name, options.focalPoint.password, [FOCAL_POINT_ROLE]);
    const line = `${options.focalPoint.name} with role ${FOCAL_POINT_ROLE}${result === "created" ? " (created)" : result === "updated" ? " (role added; password unchanged)" : " (password unchanged)"}`;
    if (result === "kept") kept(line);
    else changed(line);
  }

  const dbs: string[] = (await couch.ok("GET", "_all_dbs")).filter(isSharedDatabaseName);
  report(`Shared assessments: ${dbs.length}${dbs.length ? "; their rules:" : "."}`);
  for (const db of dbs) {
    const stored = await couch.request("GET", `${db}/${RULES_DESIGN_ID}`);
    const storedRules = stored.json?.coherence;
    const questionnaire = options.questionnaires.find((q) => q.id === storedRules?.questionnaire?.id && q.version === storedRules?.questionnaire?.version);
    const storedMap = storedRules && Array.isArray(storedRules.dimensions) && typeof storedRules.indicators === "object" ? storedRules : null;
    if (!questionnaire && !storedMap) {
      report(`  skipped  ${db}: it has no readable rules and its questionnaire is not shipped with this version; share it again`);
      continue;
    }
    // A questionnaire this version does not ship keeps its stored sections and questions;
    // the function and the limits are always this version's.
    const wanted = rulesDesignDoc(questionnaire ? sharingRules(questionnaire) : { ...storedMap, limits: SHARING_LIMITS });
    if (stored.status === 200 && sameDesign(stored.json, wanted)) kept(`${db}: rules up to date`);
    else {
      await couch.ok("PUT", `${db}/${RULES_DESIGN_ID}`, { ...wanted, ...(stored.status === 200 ? { _rev: stored.json._rev } : {}) });
      changed(`${db}: rules updated to this version`);
    }
  }
  report(changes === 0 ? "Nothing to change: the server was already set up." : `Done: ${changes} change${changes === 1 ? "" : "s"}.`);
  return changes;
}

function sameRoles(actual: unknown, wanted: typeof USERS_SECURITY): boolean {
  const a = actual as typeof USERS_SECURITY | null;
  const same = (x: string[] | undefined, y: string[]) => JSON.stringify([...(x ?? [])].sort()) === JSON.stringify([...y].sort());
  return !!a && same(a.admins?.roles, wanted.admins.roles) && same(a.members?.roles, wanted.members.roles) && same(a.admins?.names, []) && same(a.members?.names, []);
}
