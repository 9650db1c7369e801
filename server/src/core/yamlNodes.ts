// Small, safe accessors over the `yaml` AST: spans, scalar text, aliases and merge keys.
// Aliases are resolved through an anchor table built once per document, with a budget, so
// an alias bomb costs a bounded amount of work instead of expanding exponentially.
import { Alias, Document, isAlias, isMap, isScalar, isSeq, Node, Pair, Scalar, visit, YAMLMap } from 'yaml';
import type { Span } from './lineIndex';
import { detach } from './strings';

/** How many alias resolutions one analysis may do before aliases are treated as missing values. */
const ALIAS_BUDGET = 10_000;

export interface Entry {
  key: string;
  keySpan: Span;
  /** The value, aliases resolved; undefined when the key has no value. */
  value: Node | undefined;
  /** Where the value is written (for a merged or aliased value: where the alias is). */
  valueSpan: Span;
}

export class YamlNodes {
  private anchors?: Map<string, { start: number; node: Node }[]>;
  private aliasesResolved = 0;
  private readonly keySets = new WeakMap<YAMLMap, Set<string>>();

  constructor(
    private readonly doc: Document.Parsed,
    readonly source: string,
  ) {}

  span(node: Node | null | undefined, fallback: Span = { start: 0, end: 0 }): Span {
    const range = node?.range;
    if (!range) return fallback;
    return { start: range[0], end: Math.max(range[0], trimEnd(this.source, range[1])) };
  }

  /** Resolves an alias to its anchored node; other nodes come back as they are. */
  resolve(node: unknown): Node | undefined {
    if (!isAlias(node)) return node === null || node === undefined ? undefined : (node as Node);
    if (++this.aliasesResolved > ALIAS_BUDGET) return undefined;
    return this.anchorFor(node);
  }

  /**
   * A scalar as the user wrote it: plain numbers and booleans keep their source text. A string of
   * its own (detached), since a plan keeps what it reads: a view into the text would keep the
   * whole text alive, and with it every version of a large plan an edit was read from.
   */
  text(node: Node | undefined): string | undefined {
    if (!isScalar(node)) return undefined;
    const value = node.value;
    if (typeof value === 'string') return detach(value);
    if (value === null || value === undefined) return isEmptyScalar(node, this.source) ? undefined : 'null';
    if (node.type === Scalar.PLAIN && node.range) return detach(this.source.slice(node.range[0], node.range[1]).trim());
    return String(value);
  }

  /** A mapping's entries in order; `<<` merge keys are expanded after the explicit keys they don't override. */
  entries(map: YAMLMap): Entry[] {
    const entries: Entry[] = [];
    const merged: Entry[] = [];
    for (const pair of map.items) {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? this.text(keyNode) ?? '' : '';
      const keySpan = this.span(keyNode, this.span(pair.value as Node | null));
      const rawValue = pair.value as Node | null;
      if (key === '<<' && rawValue) {
        for (const entry of this.mergedEntries(rawValue)) merged.push(entry);
        continue;
      }
      entries.push({ key, keySpan, value: this.resolve(rawValue), valueSpan: this.span(rawValue, keySpan) });
    }
    const explicit = new Set(entries.map((entry) => entry.key));
    for (const entry of merged) if (!explicit.has(entry.key)) entries.push(entry);
    return entries;
  }

  /** The keys of a mapping (merged ones included), computed once: asked for every unknown key, which may be thousands. */
  keys(map: YAMLMap): Set<string> {
    let keys = this.keySets.get(map);
    if (!keys) {
      keys = new Set(this.entries(map).map((entry) => entry.key));
      this.keySets.set(map, keys);
    }
    return keys;
  }

  private mergedEntries(source: Node): Entry[] {
    const sources = isSeq(source) ? source.items : [source];
    const result: Entry[] = [];
    for (const item of sources) {
      const aliasSpan = this.span(item as Node);
      const map = this.resolve(item);
      if (!isMap(map)) continue;
      for (const pair of map.items as Pair[]) {
        const keyNode = pair.key as Node | null;
        const key = isScalar(keyNode) ? this.text(keyNode) ?? '' : '';
        if (key === '<<') continue; // one level of merging is plenty for a plan
        result.push({ key, keySpan: aliasSpan, value: this.resolve(pair.value), valueSpan: aliasSpan });
      }
    }
    return result;
  }

  private anchorFor(alias: Alias): Node | undefined {
    if (!this.anchors) {
      const anchors = new Map<string, { start: number; node: Node }[]>();
      visit(this.doc, (_key, node) => {
        const anchored = node as Node & { anchor?: string };
        if (anchored && typeof anchored === 'object' && anchored.anchor && anchored.range) {
          const list = anchors.get(anchored.anchor) ?? [];
          list.push({ start: anchored.range[0], node: anchored });
          anchors.set(anchored.anchor, list);
        }
      });
      this.anchors = anchors;
    }
    const start = alias.range?.[0] ?? Infinity;
    const candidates = this.anchors.get(alias.source) ?? [];
    // An alias refers to the closest anchor of that name before it.
    let found: Node | undefined;
    for (const candidate of candidates) if (candidate.start < start) found = candidate.node;
    return isAlias(found) ? undefined : found;
  }
}

function isEmptyScalar(node: Scalar, text: string): boolean {
  if (!node.range) return true;
  return text.slice(node.range[0], node.range[1]).trim() === '';
}

/** Block nodes' ranges run on over the line break and blank lines; diagnostics should not. */
function trimEnd(text: string, end: number): number {
  let i = end;
  while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
  return i;
}
