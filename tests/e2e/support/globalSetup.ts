// Builds the app once before the test files run (they serve dist/ with vite preview).
import { build } from "vite";
import { ROOT } from "./browser";

export default async function setup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === "1") return;
  await build({ root: ROOT, logLevel: "warn" });
}
