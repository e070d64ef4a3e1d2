// Bundles the page into OUT (default ../../dist) with esbuild: main.js and
// worker.js (the wasm-bindgen glue in OUT/pkg stays a separate module),
// the static files, and sw.js with the list of files to cache offline.
// `cargo xtask web` runs wasm-bindgen into OUT/pkg first.
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const here = new URL(".", import.meta.url).pathname;
const out = process.argv[2] ?? join(here, "../../dist");
mkdirSync(out, { recursive: true });

await build({
  entryPoints: [join(here, "src/main.js"), join(here, "src/worker.js")],
  outdir: out,
  bundle: true,
  format: "esm",
  minify: true,
  target: "es2022",
  external: ["./pkg/*"],
  legalComments: "none",
  logLevel: "warning",
});
for (const f of ["index.html", "style.css", "coi.js"]) copyFileSync(join(here, f), join(out, f));

const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name !== "sw.js" && !name.endsWith(".d.ts") && name !== "package.json" && name !== ".gitignore") files.push(p);
  }
};
walk(out);
files.sort();
const hash = createHash("sha256");
for (const f of files) hash.update(relative(out, f)).update(readFileSync(f));
const assets = ["./", ...files.map((f) => "./" + relative(out, f))];
const sw = readFileSync(join(here, "sw.js"), "utf8")
  .replace('"__VERSION__"', JSON.stringify(hash.digest("hex").slice(0, 16)))
  .replace("__ASSETS__", JSON.stringify(assets));
writeFileSync(join(out, "sw.js"), sw);
console.log(`playground: ${files.length + 1} files in ${out}`);
