// When a crashed server is started again: vscode-languageclient's default, which users of other
// language extensions know — restart, unless this is the fifth crash within three minutes.

export const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60_000;

export class RestartPolicy {
  private readonly crashes: number[] = [];

  /** Records a crash at `now`; true when the server should be started again. */
  shouldRestart(now = Date.now()): boolean {
    this.crashes.push(now);
    if (this.crashes.length <= MAX_RESTARTS) return true;
    if (now - this.crashes[0] <= WINDOW_MS) return false;
    this.crashes.shift();
    return true;
  }
}
