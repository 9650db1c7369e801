// Duplicate mapping keys, found in linear time. The yaml library's own check (`uniqueKeys`)
// compares each key with every key before it in the mapping: quadratic, so a file of a few
// hundred thousand keys would keep the server busy for hours. Plans are parsed with that check
// off and this one run instead; it reports what the library would, where it would.
import { Document, isMap, isPair, isScalar, isSeq, YAMLParseError } from 'yaml';

export function reportDuplicateKeys(doc: Document.Parsed): void {
  // Iterative, not recursive: the tree may be nested as deep as the parser could go.
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        const key = pair.key;
        // The library compares scalar keys by value (`===`, so NaN never equals itself) and others by identity.
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value) && key.range) doc.errors.push(new YAMLParseError([key.range[0], key.range[0] + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
          seen.add(key.value);
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) {
      stack.push(...node.items);
    } else if (isPair(node)) {
      stack.push(node.key, node.value);
    }
  }
}
