// format: a progress bar for many inputs, drawn on stderr only when stderr is a terminal (the command decides);
// stdout never sees it. Each tick redraws one line; clear() wipes it before a message or at the end.

/** Where the bar is drawn: process.stderr, or a fake in tests. */
export interface ProgressStream {
  write(text: string): unknown;
  columns?: number;
}

export interface Progress {
  /** one more input done (or started): redraws the bar with its label */
  tick(label: string): void;
  /** wipes the bar's line, so that a message can be printed; the next tick draws it again */
  clear(): void;
}

/** A progress bar that draws nothing: for one input, a pipe or a file. */
export const silent: Progress = { tick: () => {}, clear: () => {} };

/** Draws "[#####-----] 3/10 path" on one line, cut to the stream's width. */
export function progressBar(total: number, stream: ProgressStream): Progress {
  let done = 0;
  let drawn = false;
  return {
    tick(label: string) {
      done = Math.min(total, done + 1);
      const width = Math.max(40, stream.columns ?? 80);
      const barWidth = 20;
      const filled = Math.round((done / total) * barWidth);
      const head = `[${"#".repeat(filled)}${"-".repeat(barWidth - filled)}] ${done}/${total} `;
      const room = width - head.length - 1;
      const name = label.length > room ? `…${label.slice(label.length - room + 1)}` : label;
      stream.write(`\r\x1b[2K${head}${name}`);
      drawn = true;
    },
    clear() {
      if (drawn) stream.write("\r\x1b[2K");
      drawn = false;
    },
  };
}
