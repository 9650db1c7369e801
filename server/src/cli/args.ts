// A small, strict argument parser: unknown options are usage errors, not silently ignored.
import { isCalendarDate } from '../core/dates';

export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

/** `valued` lists the options that take a value (`--format json` or `--format=json`). */
export function parseArgs(argv: string[], valued: readonly string[], flags: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const long = name === '-h' ? '--help' : name === '-o' ? '--output' : name;
    if (valued.includes(long)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`${long} needs a value`);
      options.set(long, value);
    } else if (flags.includes(long) && inline === undefined) {
      options.set(long, true);
    } else {
      throw new UsageError(`unknown option ${name}`);
    }
  }
  return { positional, options };
}

export function oneOf<T extends string>(value: string | true | undefined, allowed: readonly T[], option: string, fallback: T): T {
  if (value === undefined) return fallback;
  if (value === true || !(allowed as readonly string[]).includes(value)) throw new UsageError(`${option} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** A `YYYY-MM-DD` option (`--today`, `--from`, `--to`): a real calendar date or a usage error. */
export function dateOption(value: string | true | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (value === true || !isCalendarDate(value)) throw new UsageError(`${option} needs a date as YYYY-MM-DD`);
  return value;
}
