// The line index of a new version from the previous one: line starts before the edit are
// kept, those after it are moved by the edit's length change, and only the edited stretch is
// scanned — instead of scanning a 2 MB text for line breaks on every keystroke.
import { countLineBreaks, endsLine, LineIndex } from '../lineIndex';

/**
 * `previous` indexes `oldText`; the two texts share their first `prefix` and last `suffix`
 * characters. The result equals `new LineIndex(text)` (the property test compares them).
 */
export function updateLineIndex(previous: LineIndex, oldText: string, text: string, prefix: number, suffix: number): LineIndex {
  const oldStarts = previous.starts;
  const delta = text.length - oldText.length;
  // A line start s is made by the break character at s - 1, which depends on the characters at
  // s - 1 and s (a CR followed by LF is one break). Starts whose two characters lie in the common
  // start or end are unchanged; the ones in between are found again.
  const scanFrom = Math.max(0, prefix - 1);
  const scanTo = text.length - suffix; // break characters before this are rescanned
  // Old starts [0, kept) lie before the edit, [tail, …) after it: found by binary search.
  const kept = Math.max(1, firstBreakFrom(oldStarts, scanFrom, 1));
  const tail = firstBreakFrom(oldStarts, scanTo - delta, kept);
  const starts = new Int32Array(kept + countLineBreaks(text, scanFrom, scanTo) + (oldStarts.length - tail));
  starts.set(oldStarts.subarray(0, kept));
  let k = kept;
  for (let i = scanFrom; i < scanTo; i++) if (endsLine(text, i)) starts[k++] = i + 1;
  for (let j = tail; j < oldStarts.length; j++) starts[k++] = oldStarts[j] + delta;
  return new LineIndex(text, starts);
}

/** The first index i ≥ from whose start's break character (at starts[i] - 1) is at or after `offset`. */
function firstBreakFrom(starts: Readonly<Int32Array>, offset: number, from: number): number {
  let low = from;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid] - 1 < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
