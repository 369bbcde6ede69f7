// Preloaded with `node --import` by the bench: on exit, write the process's peak resident set
// size (kilobytes, all threads, workers included) to the file named by BENCH_RSS_FILE.
import { writeFileSync } from "node:fs";

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    writeFileSync(file, String(process.resourceUsage().maxRSS));
  });
}
