#!/usr/bin/env node
// Score the news dev set when it is there: `npm run eval:news [-- flags for breach eval]`.
//
// The news dev set is third-party articles: it is never copied into this project. It lives in
// ../shared/eval/dev/news beside a clone (or wherever BREACH_NEWS_DIR points). Without it this
// script says what is missing on stderr and exits 0, so `npm test` passes on a bare clone;
// `--require` makes a missing set an error (exit 2). Other flags go to `breach eval`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = process.env.BREACH_NEWS_DIR
  ? resolve(process.env.BREACH_NEWS_DIR)
  : resolve(root, "..", "shared", "eval", "dev", "news");
const args = process.argv.slice(2);
const required = args.includes("--require");
const flags = args.filter((a) => a !== "--require");
const shown = relative(process.cwd(), dir) || ".";

if (!existsSync(dir)) {
  process.stderr.write(
    `breach: eval:news: no news dev set at ${shown}, ${required ? "nothing scored" : "news gates skipped"}. ` +
      "It is third-party articles and not shipped with breach: to score it, put the shared " +
      "eval folder beside the project (../shared/eval/dev/news) or set BREACH_NEWS_DIR.\n",
  );
  process.exit(required ? 2 : 0);
}
const res = spawnSync(
  process.execPath,
  [join(root, "bin", "breach.js"), "eval", "--gold", shown, ...flags],
  { stdio: "inherit" },
);
process.exit(res.status ?? 2);
