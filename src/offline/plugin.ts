// Build step: writes dist/sw.js from src/offline/sw.js with the list of every built file,
// and a version that changes whenever any of them does.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

export function offlineCopy(): Plugin {
  return {
    name: "offline-copy",
    apply: "build",
    generateBundle(_options, bundle) {
      const names = Object.keys(bundle).filter((name) => !name.endsWith(".map")).sort();
      const files = ["./", ...names.map((name) => `./${name}`)];
      const version = createHash("sha256").update(names.join("\n")).digest("hex").slice(0, 16);
      const template = readFileSync(new URL("./sw.js", import.meta.url), "utf8");
      const source = template.replace("__VERSION__", version).replace("__FILES__", JSON.stringify(files));
      this.emitFile({ type: "asset", fileName: "sw.js", source });
    },
  };
}
