import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { offlineCopy } from "./src/offline/plugin";

// The Content-Security-Policy in index.html forbids inline scripts and WebSocket connections,
// which the dev server's hot reload needs. It is removed while serving in dev only; every
// build (and `vite preview`) keeps it.
const devWithoutCsp: Plugin = {
  name: "dev-without-csp",
  apply: "serve",
  transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ""),
};

// A meta Content-Security-Policy cannot forbid framing (frame-ancestors): the server must
// send it. The pilot server (`npm start`, vite preview) does; README "Hosting" says what
// any other host should send.
const noFraming = { "Content-Security-Policy": "frame-ancestors 'none'", "X-Frame-Options": "DENY" };

export default defineConfig({
  // Relative asset paths: the built app works from any folder of any static host.
  base: "./",
  plugins: [react(), devWithoutCsp, offlineCopy()],
  preview: { headers: noFraming },
  build: {
    outDir: "dist",
    target: "es2022",
    // No inline data: URLs for scripts; keeps every chunk a file the CSP allows.
    assetsInlineLimit: 0,
  },
});
