import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { resolve } from "node:path";

// Multi-page build: applicant portal at /, handling workbench at /workbench/, editor at /editor/, kiosk at /kiosk/.
// The portal entry must never pull editor code (monaco, @xyflow/react): they live only in editor/.
export default defineConfig({
  plugins: [react()],
  root: ".",
  build: {
    // YIJIAN_DIST lets parallel builds (and their e2e runs) use their own folder; the server reads the same variable.
    outDir: process.env.YIJIAN_DIST || "dist",
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: {
        portal: resolve(import.meta.dirname, "index.html"),
        workbench: resolve(import.meta.dirname, "workbench/index.html"),
        editor: resolve(import.meta.dirname, "editor/index.html"),
        kiosk: resolve(import.meta.dirname, "kiosk/index.html"),
      },
    },
  },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
