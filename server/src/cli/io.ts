// Where the CLI writes, so tests can run commands in-process and read what they print.
export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: Record<string, string | undefined>;
  /** All of standard input, for the file name `-`; without it, `-` cannot be read. */
  stdin?: () => string;
}
