// Flow collections on one line (`persona: [it, cfo]`, `- { persona: cfo, phase: x }`): which
// brackets are open at the cursor, what is already written in them, and which key's value is typed.
import { unquote } from './lines';

export interface FlowFrame {
  open: '[' | '{';
  /** Column just after the bracket or the last `,` / `key:`: where the fragment being typed starts. */
  fragmentStart: number;
  /** For `{`: the key whose value is being typed (set once its colon is passed). */
  key?: string;
  /** For `[`: the items before the cursor; for `{`: the keys written so far. */
  written: string[];
}

/** The brackets still open at `to`, outermost first, scanning `text` from column `from`. */
export function openFlows(text: string, from: number, to: number): FlowFrame[] {
  const stack: FlowFrame[] = [];
  let quote: string | undefined;
  for (let i = from; i < to; i++) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (quote) {
      if (c === '\\' && quote === '"') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") {
      if (text.slice(top ? top.fragmentStart : from, i).trim() === '') quote = c;
    } else if (c === '[' || c === '{') {
      stack.push({ open: c, fragmentStart: i + 1, written: [] });
    } else if (c === ']' || c === '}') {
      stack.pop();
    } else if (c === ',' && top) {
      if (top.open === '[') {
        const item = unquote(text.slice(top.fragmentStart, i));
        if (item) top.written.push(item);
      }
      top.key = undefined;
      top.fragmentStart = i + 1;
    } else if (c === ':' && top?.open === '{' && top.key === undefined && /[\s,}\]]|^$/.test(text[i + 1] ?? '')) {
      top.key = unquote(text.slice(top.fragmentStart, i));
      top.written.push(top.key);
      top.fragmentStart = i + 1;
    } else if (c === '#' && /\s/.test(text[i - 1] ?? '')) {
      return []; // a comment: no flow collection continues past it
    }
  }
  return stack;
}

/** Keys written after the cursor in the same `{ … }` (so they are not offered again). */
export function keysAfter(text: string, from: number): string[] {
  const keys: string[] = [];
  let depth = 0;
  let fragmentStart = from;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && c === ',') fragmentStart = i + 1;
    else if (depth === 0 && c === ':' && /[\s,}]|^$/.test(text[i + 1] ?? '')) {
      const key = unquote(text.slice(fragmentStart, i));
      if (key) keys.push(key);
      fragmentStart = text.length; // the value follows; the next key starts after a comma
    }
  }
  return keys;
}

/** The end of the flow value at `from`: the next `,`, `]` or `}` outside quotes (or the line's end). */
export function flowValueEnd(text: string, from: number): number {
  let quote: string | undefined;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ',' || c === ']' || c === '}') return trimmedEnd(text, from, i);
  }
  return trimmedEnd(text, from, text.length);
}

function trimmedEnd(text: string, from: number, end: number): number {
  while (end > from && /\s/.test(text[end - 1])) end--;
  return end;
}

/** The ids of a one-line flow list as written: `[a, "b"]` → a, b. */
export function flowItems(text: string): string[] {
  const inner = text.trim().replace(/^\[/, '').replace(/\].*$/, '');
  return inner.split(',').map(unquote).filter((item) => item !== '');
}
