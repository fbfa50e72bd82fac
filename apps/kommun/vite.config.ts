import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Served by @opis/server under /kommun/; in development, proxy the API and login to it.
const server = process.env.OPIS_DEV_SERVER ?? "http://localhost:3000";

export default defineConfig({
  base: "/kommun/",
  plugins: [react()],
  build: { outDir: "dist", emptyOutDir: true, sourcemap: true },
  server: { proxy: { "/trpc": server, "/auth": server, "/oidc": server } },
});
