// The line index of a new version from the previous one: line starts before the edit are
// kept, those after it are moved by the edit's length change, and only the edited stretch is
// scanned — instead of scanning a 2 MB text for line breaks on every keystroke.
import { LineIndex } from '../lineIndex';

const LF = 10;
const CR = 13;

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
  const starts: number[] = [0];
  let k = 1;
  while (k < oldStarts.length && oldStarts[k] - 1 < scanFrom) starts.push(oldStarts[k++]);
  for (let i = scanFrom; i < scanTo; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) starts.push(i + 1);
  }
  while (k < oldStarts.length && oldStarts[k] - 1 < scanTo - delta) k++;
  for (; k < oldStarts.length; k++) starts.push(oldStarts[k] + delta);
  return new LineIndex(text, starts);
}
