// The design document every shared assessment's database carries: the validation
// function shipped as a plain JS file next to this module, plus the rules it reads as
// `this.coherence` (sharingRules: sections, question -> section, limits).
import { readFileSync } from "node:fs";
import { RULES_DESIGN_ID } from "../domain/sharing/layout";
import type { SharingRules } from "../domain/sharing/rules";

const SOURCE_FILE = new URL("./couchdb/validate_doc_update.js", import.meta.url);

export interface RulesDesignDoc {
  _id: typeof RULES_DESIGN_ID;
  _rev?: string;
  language: "javascript";
  validate_doc_update: string;
  coherence: SharingRules;
}

/** The function's source as CouchDB compiles it: from "function" on, without the header comment. */
export function validateSource(): string {
  const text = readFileSync(SOURCE_FILE, "utf8");
  const start = text.search(/^function \(/m);
  if (start < 0) throw new Error(`${SOURCE_FILE.pathname} does not start a line with "function (".`);
  return text.slice(start).trim();
}

export function rulesDesignDoc(rules: SharingRules): RulesDesignDoc {
  return { _id: RULES_DESIGN_ID, language: "javascript", validate_doc_update: validateSource(), coherence: rules };
}

/** True when a stored design document already holds exactly these rules and function. */
export function sameDesign(stored: unknown, wanted: RulesDesignDoc): boolean {
  if (typeof stored !== "object" || stored === null) return false;
  const { _rev, ...rest } = stored as Record<string, unknown>;
  void _rev;
  const { _rev: _wantedRev, ...wantedRest } = wanted;
  void _wantedRev;
  return JSON.stringify(sortKeys(rest)) === JSON.stringify(sortKeys(wantedRest));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
  return out;
}
