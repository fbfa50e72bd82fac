import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

/**
 * `npm run build:prod` (after the apps are built): the production server as plain
 * JavaScript in apps/server/dist, what infra/Dockerfile copies and infra/smoke.sh runs.
 *
 *   dist/server.mjs      the server with its workspace packages and npm dependencies, one file
 *   dist/drizzle/        the migrations, run at start under an advisory lock
 *   dist/apps/<app>/dist the three built front ends, served as static files
 *   dist/data/           PDFKit's font metrics, which it reads from beside itself (__dirname)
 *
 * Everything is bundled, so the image needs no node_modules at all: production
 * dependencies only, and only the code that is reached. PGlite (27 MB of WebAssembly)
 * is swapped for a stub: production runs on PostgreSQL.
 */
const serverDir = fileURLToPath(new URL(".", import.meta.url));
const repoRoot = join(serverDir, "..", "..");
const out = join(serverDir, "dist");
const APPS = ["staff", "kommun", "admin"] as const;

for (const app of APPS) {
  if (!existsSync(join(repoRoot, "apps", app, "dist", "index.html"))) {
    throw new Error(`apps/${app}/dist is missing: build the apps first (npm run build:prod does)`);
  }
}

const withoutEmbeddedDatabase: Plugin = {
  name: "without-embedded-database",
  setup(context) {
    context.onResolve({ filter: /\/pglite-database$/ }, () => ({
      path: join(serverDir, "src", "no-embedded-database.ts"),
    }));
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const result = await build({
  entryPoints: { server: join(serverDir, "src", "bundle-entry.ts") },
  outdir: out,
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  sourcemap: "linked",
  legalComments: "linked",
  metafile: true,
  logLevel: "warning",
  // pg's optional native binding is never installed.
  external: ["pg-native"],
  plugins: [withoutEmbeddedDatabase],
  // CommonJS dependencies (pg, pino) call require(), and some read __dirname.
  banner: {
    js: [
      'import { createRequire as __opisCreateRequire } from "node:module";',
      'import { fileURLToPath as __opisFileURLToPath } from "node:url";',
      "const require = __opisCreateRequire(import.meta.url);",
      "const __filename = __opisFileURLToPath(import.meta.url);",
      'const __dirname = __opisFileURLToPath(new URL(".", import.meta.url));',
    ].join("\n"),
  },
});

cpSync(join(repoRoot, "packages", "db", "drizzle"), join(out, "drizzle"), { recursive: true });
for (const app of APPS) {
  cpSync(join(repoRoot, "apps", app, "dist"), join(out, "apps", app, "dist"), { recursive: true });
}
// The goals report (PDF) needs PDFKit's standard-font metrics at run time.
const pdfkitMain = createRequire(join(repoRoot, "packages", "api", "package.json")).resolve(
  "pdfkit",
);
cpSync(join(dirname(pdfkitMain), "data"), join(out, "data"), { recursive: true });
writeFileSync(
  join(out, "package.json"),
  `${JSON.stringify({ name: "opis-server", private: true, type: "module", engines: { node: ">=24" } }, null, 2)}\n`,
);
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(
  `apps/server/dist: server.mjs and source map ${(bytes / 1e6).toFixed(1)} MB, migrations, ${APPS.length} apps`,
);
