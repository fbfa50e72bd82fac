import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Served by @opis/server under /staff/; in development, proxy the API and login to it.
const server = process.env.OPIS_DEV_SERVER ?? "http://localhost:3000";

export default defineConfig({
  base: "/staff/",
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true },
  server: { proxy: { "/trpc": server, "/auth": server, "/oidc": server } },
});
