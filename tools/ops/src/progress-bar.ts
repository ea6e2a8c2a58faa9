import type { Progress } from '@newsflow/operations';
import { Presets, SingleBar } from 'cli-progress';

/** A bar with rate and ETA on a terminal; start and end lines only when stderr is not one (CI, pipes). */
export function progressBar(): Progress {
  let bar: SingleBar | null = null;
  let label = '';
  let started = 0;
  let done = 0;
  return {
    start(total, name) {
      label = name;
      started = Date.now();
      done = 0;
      if (process.stderr.isTTY) {
        bar = new SingleBar(
          {
            format: `${name} [{bar}] {percentage}% | {value}/{total} | {speed}/s | ETA {eta_formatted}`,
            stream: process.stderr,
            etaBuffer: 50,
          },
          Presets.shades_classic,
        );
        bar.start(total, 0, { speed: '0' });
      } else {
        process.stderr.write(`${name}: ${total} to do\n`);
      }
    },
    advance(count) {
      done += count;
      const seconds = (Date.now() - started) / 1000;
      bar?.increment(count, { speed: seconds > 0 ? (done / seconds).toFixed(0) : '0' });
    },
    finish() {
      bar?.stop();
      bar = null;
      const seconds = (Date.now() - started) / 1000;
      process.stderr.write(`${label}: ${done} done in ${seconds.toFixed(1)} s\n`);
    },
  };
}
