// Coalesces work asked for faster than it can be done, as VS Code's Markdown preview does with
// its redraws: the first ask after a quiet spell runs at once; asks while it runs, or within
// `delay` ms of its start, make one more run after that. Runs never overlap, and no stale
// run is queued behind a newer one.
/** What VS Code's Markdown preview waits between redraws while the user types: the preview's and the overview's delay. */
export const REDRAW_DELAY_MS = 300;

export class Throttle {
  private running = false;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastStart = -Infinity;
  private disposed = false;

  constructor(
    private readonly work: () => Promise<void>,
    private readonly delay: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Runs soon: at once after a quiet spell, else once the delay since the last run's start has passed. */
  schedule(): void {
    if (this.disposed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer !== undefined) return;
    const wait = this.lastStart + this.delay - this.clock();
    if (wait <= 0) void this.run();
    else this.timer = setTimeout(() => void this.run(), wait);
  }

  /** Nothing is running, waiting to run, or asked to run again. */
  get idle(): boolean {
    return !this.running && !this.again && this.timer === undefined;
  }

  /** Runs without waiting for the delay (a new webview, another plan); still never two at once. */
  now(): void {
    if (this.disposed) return;
    if (this.running) this.again = true;
    else void this.run();
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async run(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.disposed) return;
    this.running = true;
    this.again = false;
    this.lastStart = this.clock();
    try {
      await this.work();
    } catch {
      // The work reports its own failures; a failed run must not stop the next one.
    } finally {
      this.running = false;
      if (this.again) this.schedule();
    }
  }
}
