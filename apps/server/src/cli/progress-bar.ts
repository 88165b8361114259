import cliProgress from 'cli-progress';

export interface ProgressBar {
  /** `total` may change between calls (a byte estimate); 0 when unknown. `extra` is shown at the end. */
  update(done: number, total: number, extra?: string): void;
  /** Draws the last state and releases the terminal. */
  stop(): void;
}

export interface ProgressBarOptions {
  /** What `done` and `total` count: shown as "1,234/5,000 rows" or "1.2/4.8 MB". Default rows. */
  unit?: 'rows' | 'bytes';
}

const MB = 1024 * 1024;
const grouped = (n: number) => Math.round(n).toLocaleString('en-US');
const megabytes = (n: number) => (n / MB).toFixed(1);

function describe(unit: 'rows' | 'bytes', done: number, total: number, seconds: number) {
  const perSecond = seconds > 0 ? done / seconds : 0;
  const percent = total > 0 ? Math.min(100, Math.floor((done * 100) / total)) : 0;
  if (unit === 'bytes')
    return {
      percent,
      amount: `${megabytes(done)}/${total > 0 ? megabytes(total) : '?'} MB`,
      rate: `${megabytes(perSecond)} MB/s`,
    };
  return {
    percent,
    amount: `${grouped(done)}/${total > 0 ? grouped(total) : '?'} rows`,
    rate: `${grouped(perSecond)} rows/s`,
  };
}

/**
 * A progress bar for long CLI jobs (imports of 100,000 rows). On a terminal, cli-progress redraws one
 * line; elsewhere (a log file, CI, a pipe) redrawing would leave thousands of lines, so a plain line is
 * printed each time another 5 % is done, and once more at stop().
 */
export function createProgressBar(
  label: string,
  stream: NodeJS.WritableStream = process.stderr,
  options: ProgressBarOptions = {},
): ProgressBar {
  const unit = options.unit ?? 'rows';
  const startedAt = Date.now();
  const seconds = () => (Date.now() - startedAt) / 1000;
  let last: { done: number; total: number; extra: string } | undefined;

  if ((stream as { isTTY?: boolean }).isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream,
        format: `${label} {bar} {percentage}% | {amount} | {rate}{extra}`,
        hideCursor: true,
        barsize: 30,
      },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      update(done, total, extra = '') {
        last = { done, total, extra };
        const d = describe(unit, done, total, seconds());
        const payload = { amount: d.amount, rate: d.rate, extra: extra ? ` | ${extra}` : '' };
        // cli-progress computes the percentage itself and cannot divide by an unknown total of 0.
        const barTotal = Math.max(total, done, 1);
        if (!started) {
          bar.start(barTotal, done, payload);
          started = true;
        } else {
          bar.setTotal(barTotal);
          bar.update(done, payload);
        }
      },
      stop() {
        if (started) bar.stop();
      },
    };
  }

  let printedStep = -1;
  let printed: typeof last;
  const print = (state: NonNullable<typeof last>) => {
    const d = describe(unit, state.done, state.total, seconds());
    const parts = [`${label} ${d.percent}%`, d.amount, d.rate, ...(state.extra ? [state.extra] : [])];
    stream.write(`${parts.join(' | ')}\n`);
    printed = state;
  };
  return {
    update(done, total, extra = '') {
      last = { done, total, extra };
      if (total <= 0) return;
      const step = Math.floor(describe(unit, done, total, 0).percent / 5);
      if (step <= printedStep) return;
      printedStep = step;
      print(last);
    },
    stop() {
      if (last && printed !== last) print(last);
    },
  };
}
