// Lint = the import boundaries of src/ (shared code -> features -> app), no import cycles,
// and the rules of React hooks. Deliberately no style rules: the compiler and the review
// cover the rest. tests/unit/lint-boundaries.test.ts proves each rule fires.
import { readdirSync } from "node:fs";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";

const features = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Shared modules every feature may use. None of them may reach a feature or the app shell.
const shared = ["domain", "i18n", "questionnaires", "routing", "storage", "ui"];

const zones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: "./src/features",
    except: [`./${feature}`],
    message: "A feature does not import another feature: move what both need into a shared module (src/ui, src/domain, src/routing...).",
  })),
  {
    target: "./src/features",
    from: "./src/app",
    message: "Features do not import the app shell: routes and navigation live in src/routing.",
  },
  ...shared.map((name) => ({
    target: `./src/${name}`,
    from: ["./src/features", "./src/app"],
    message: "Shared code does not import features or the app shell.",
  })),
  {
    target: "./src/domain",
    from: ["./src/ui", "./src/storage", "./src/questionnaires", "./src/server", "./src/offline"],
    message: "The domain core is pure: no UI, storage or loading code.",
  },
  {
    // The saved document checks its lastPath with the route grammar (pure); navigating is not the domain's.
    target: "./src/domain",
    from: "./src/routing",
    except: ["./routes.ts"],
    message: "The domain core may use the route grammar (src/routing/routes.ts), nothing else of src/routing.",
  },
  {
    target: "./src/ui",
    from: "./src/storage",
    message: "Shared UI components do not reach storage: a feature (or src/storage) loads the data and passes it in.",
  },
];

export default defineConfig(
  { ignores: ["dist/**", "node_modules/**", "src/offline/sw.js", "src/server/couchdb/**"] },
  {
    files: ["**/*.{ts,tsx,js}"],
    languageOptions: {
      parser: tseslint.parser,
      ecmaVersion: "latest",
      sourceType: "module",
    },
    // Some test files switch off @typescript-eslint rules that are not on here: the plugin is
    // loaded so those comments name a known rule, and unused disable comments are not errors.
    linterOptions: { reportUnusedDisableDirectives: "off" },
    plugins: { "@typescript-eslint": tseslint.plugin, "import-x": importX, "react-hooks": reactHooks },
    settings: {
      // Without these, import-x reads only .js files and no-cycle sees no TypeScript import.
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    rules: {
      "import-x/no-restricted-paths": ["error", { zones }],
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      // The code already keeps this one (its disable comments name it).
      "no-control-regex": "error",
    },
  },
  {
    files: ["src/domain/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(react|react-dom|@xstate/react|react-hook-form|@hookform/.*)(/.*)?$",
              message: "The domain core has no React in it.",
            },
          ],
        },
      ],
    },
  },
  {
    // React code lives in src/; a test helper named use...() is not a hook.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
);
