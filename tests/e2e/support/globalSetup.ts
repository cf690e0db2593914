// Builds the app once before the test files run (they serve dist/ with vite preview).
import { build } from "vite";
import { ROOT } from "./browser";

export default async function setup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === "1") return;
  // Vitest sets NODE_ENV=test, which would make Vite build React's development bundle and
  // leave import.meta.env.PROD false: test the same production build users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ root: ROOT, mode: "production", logLevel: "warn" });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
