// Progress on standard error for long runs: files done, of how many, rate. Only on a terminal:
// when stderr is a pipe or a file (CI logs), nothing is written. The bar appears only once a
// run has lasted a moment (quick runs do not flicker) and is erased when the run ends.
import type { IO } from "./context.js";

export interface Progress {
  /** One more file done (document or error). */
  tick(): void;
  /** Write output to stdout without tearing the bar (it is erased, then drawn again). */
  write(text: string): Promise<void>;
  /** Erase the bar. */
  stop(): void;
}

/** Wait this long before showing a bar (a run that ends sooner shows none). */
const DELAY_MS = 300;

/** Write, waiting for the stream to drain when it asks to (a slow pipe). */
export async function writeOut(io: IO, text: string): Promise<void> {
  if (!io.stdout.write(text))
    await new Promise<void>((resolve) => io.stdout.once("drain", resolve));
}

/** No bar: output goes straight through. */
export const noProgress = (io: IO): Progress => ({
  tick() {},
  write: (text) => writeOut(io, text),
  stop() {},
});

/** Should this run show progress? A terminal on stderr, and not turned off. */
export function wantsProgress(io: IO, flag: boolean | undefined): boolean {
  return flag !== false && io.stderrIsTTY === true && io.env.CI === undefined;
}

/** A bar over `total` files on stderr (cli-progress). */
export async function startProgress(io: IO, total: number): Promise<Progress> {
  const { SingleBar } = await import("cli-progress");
  const started = Date.now();
  let done = 0;
  const perSecond = () => done / Math.max(0.001, (Date.now() - started) / 1000);
  const payload = () => {
    const rate = perSecond();
    const left = rate > 0 ? Math.ceil((total - done) / rate) : NaN;
    return {
      rate: rate.toFixed(1),
      left: Number.isNaN(left)
        ? "?"
        : left >= 60
          ? `${Math.floor(left / 60)}m${left % 60}s`
          : `${left}s`,
    };
  };
  const bar = new SingleBar({
    stream: io.stderr as NodeJS.WriteStream,
    format: "breach {bar} {value}/{total} files  {rate} files/s  {left} left",
    barsize: 24,
    // The terminal's cursor and line wrapping are left alone (an interrupted run must not
    // leave them changed); linewrap true makes cli-progress cut the bar to the width instead.
    linewrap: true,
    clearOnComplete: true,
    fps: 10,
    barCompleteChar: "█",
    barIncompleteChar: "░",
  });
  let shown = false;
  const show = () => {
    shown = true;
    bar.start(total, done, payload());
  };
  const timer = setTimeout(show, DELAY_MS);
  timer.unref();
  return {
    tick() {
      done += 1;
      if (shown) bar.update(done, payload());
    },
    async write(text) {
      if (!shown) return writeOut(io, text);
      // cli-progress draws at the cursor it saved on start: stop (erases the bar), print,
      // start again below the output.
      bar.stop();
      await writeOut(io, text);
      bar.start(total, done, payload());
    },
    stop() {
      clearTimeout(timer);
      if (shown) bar.stop();
      shown = false;
    },
  };
}
