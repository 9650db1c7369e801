// Today's date for the analysis (`overdue`, `review-due`): the local date of the machine, or the
// day pinned with the JOURNEY_TODAY environment variable (`YYYY-MM-DD`: tests, demos,
// reproducible runs). A server left running past midnight notices the new day and analyses again.
import { isCalendarDate, localDate, type AnalysisOptions } from '../core';

/** How often the clock is read for a change of day. */
const CHECK_EVERY_MS = 60_000;

export class Today {
  private day: string;
  private readonly dated = new WeakMap<AnalysisOptions, AnalysisOptions>();

  constructor(
    private readonly pinned: string | undefined,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.day = pinned ?? localDate(clock());
  }

  /** JOURNEY_TODAY, when it is a real `YYYY-MM-DD` date. */
  static pinnedFrom(env: Record<string, string | undefined>): string | undefined {
    const today = env.JOURNEY_TODAY;
    return today !== undefined && isCalendarDate(today) ? today : undefined;
  }

  get value(): string {
    return this.day;
  }

  /**
   * The options with today's date. The same object for the same options on the same day: the
   * analyses are cached (and analysed incrementally) per options object, so a new day means a
   * new object and a fresh analysis.
   */
  options(options: AnalysisOptions): AnalysisOptions {
    const kept = this.dated.get(options);
    if (kept?.today === this.day) return kept;
    const made = { ...options, today: this.day };
    this.dated.set(options, made);
    return made;
  }

  /** Reads the clock now: true when the day changed since it was last read. */
  check(): boolean {
    if (this.pinned !== undefined) return false;
    const now = localDate(this.clock());
    if (now === this.day) return false;
    this.day = now;
    return true;
  }

  /** Runs the listener on every change of day; the timer does not keep the process alive. */
  watch(listener: () => void): () => void {
    const timer = setInterval(() => {
      if (this.check()) listener();
    }, CHECK_EVERY_MS);
    timer.unref();
    return () => clearInterval(timer);
  }
}
