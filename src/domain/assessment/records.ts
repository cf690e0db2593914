// Safe access to answer maps keyed by indicator id. Ids come from files, so a lookup
// must never fall through to Object.prototype (an indicator could be called "constructor").
//
// API: answerAt(map, id) -> Answer | undefined; archiveKey(archive, id, version) -> free key
import type { Answer } from "./assessment";

export function answerAt(map: Record<string, Answer>, id: string): Answer | undefined {
  return Object.hasOwn(map, id) ? map[id] : undefined;
}

/** The archive keeps every answer: the indicator id, or "id.vN" (then "id.vN-2"...) when taken. */
export function archiveKey(archive: Record<string, Answer>, id: string, version: number): string {
  if (!Object.hasOwn(archive, id)) return id;
  const base = `${id.slice(0, 180)}.v${version}`; // stays within the 200-character id limit
  let key = base;
  for (let n = 2; Object.hasOwn(archive, key); n++) key = `${base}-${n}`;
  return key;
}
