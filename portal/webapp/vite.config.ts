/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

/** Everything the portal's backend-for-frontend answers; in dev it runs on 8080 behind Vite. */
const backend = process.env.PORTAL_BACKEND ?? "http://localhost:8080";
// No changeOrigin: the Host header stays localhost:5173, so the sign-in redirect comes back here.
const proxied = ["/api", "/login", "/signup", "/logout", "/verify", "/q"];

export default defineConfig({
  base: "/",
  plugins: [react()],
  resolve: {
    // The typed client is a file: link to frontend-contracts/ts, whose own imports would resolve
    // from that folder's node_modules (absent unless its npm ci ran): resolve them from this
    // package instead, one copy each. jose and canonicalize are the signing contract's (the
    // officials' pages); the investor pages never import them, so they stay out of the bundle.
    dedupe: ["openapi-fetch", "jose", "canonicalize"],
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: Object.fromEntries(proxied.map((path) => [path, { target: backend }])),
  },
  build: {
    // Served by the portal's Quarkus app from its classpath.
    outDir: "../target/classes/META-INF/resources",
    emptyOutDir: true,
    // CSP script-src 'self': no inline polyfill.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      output: {
        // pdf.js' worker is an .mjs file, which the portal's static handler serves without a
        // JavaScript type (refused under nosniff): name it .js.
        assetFileNames: (asset) => {
          const name = asset.names[0] ?? "";
          return name.endsWith(".mjs") ? "assets/[name]-[hash].js" : "assets/[name]-[hash][extname]";
        },
        // Libraries change less often than the portal: a chunk of their own stays cached.
        advancedChunks: {
          groups: [
            { name: "vendor", test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|i18next|react-i18next|openapi-fetch)[\\/]/ },
            // Loaded by the licence page only.
            { name: "qrcode", test: /[\\/]node_modules[\\/](qrcode|dijkstrajs)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: "happy-dom",
    include: ["src/**/*.test.{ts,tsx}"],
    restoreMocks: true,
  },
});
