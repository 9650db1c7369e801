// Duplicate mapping keys, found in linear time. The yaml library's own check (`uniqueKeys`)
// compares each key with every key before it in the mapping: quadratic, so a file of a few
// hundred thousand keys would keep the server busy for hours. Plans are parsed with that check
// off and this one run instead; it reports what the library would, where it would.
import { Document, isMap, isPair, isScalar, isSeq, YAMLParseError } from 'yaml';
import { withoutStackTraces } from './parse';

export function reportDuplicateKeys(doc: Document.Parsed): void {
  // Iterative, not recursive: a walk over the user's tree never depends on how much stack is left.
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        // The library compares scalar keys by value (`===`, so NaN never equals itself) and others by identity.
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value) && key.range) doc.errors.push(duplicateKey(key.range[0]));
          seen.add(key.value);
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) stack.push(item); // not push(...items): a list may have millions
    } else if (isPair(node)) {
      stack.push(node.key, node.value);
    }
  }
}

function duplicateKey(at: number): YAMLParseError {
  return withoutStackTraces(() => new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
}
