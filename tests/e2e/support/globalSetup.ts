// Builds the app once before the test files run (they serve dist/ with vite preview).
import { build } from "vite";
import { ROOT } from "./browser";

export default async function setup(): Promise<void> {
  if (process.env.E2E_SKIP_BUILD === "1") return;
  // Vitest sets NODE_ENV=test, which would build React's development version (and a
  // development JSX runtime): build what users get, then put the variable back.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = "production";
  try {
    await build({ root: ROOT, logLevel: "warn", mode: "production" });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
