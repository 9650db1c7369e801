// The completion item the core hands out: no LSP types, the adapter converts.
import type { Span } from '../lineIndex';

export type CompletionKind = 'key' | 'snippet' | 'persona' | 'phase' | 'model' | 'enum' | 'contentType' | 'value';

export interface CompletionItem {
  label: string;
  kind: CompletionKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  /** Plain text, or snippet syntax (`$1`, `${2:name}`) when isSnippet. */
  insertText: string;
  isSnippet: boolean;
  /** The text the insert replaces: the partly typed word (or value). */
  replace: Span;
  /** Orders the list: the editor sorts by this, not by label. */
  sortText: string;
  /** What the typed text is matched against, when it differs from the label. */
  filterText?: string;
  /** Ask for completion again after inserting (a key whose value has suggestions). */
  retrigger?: boolean;
}

/** Sort keys that keep a list's order: `0001`, `0002`, … after an optional group prefix. */
export function order(index: number, group = ''): string {
  return group + String(index).padStart(4, '0');
}

/** Text placed literally inside a snippet. */
export function snippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** A snippet choice `${n|a,b|}` of literal values. */
export function snippetChoice(stop: number, values: readonly string[], fallback: string): string {
  if (values.length === 0) return `\${${stop}:${snippetText(fallback)}}`;
  return `\${${stop}|${values.map((value) => value.replace(/[\\,|$}]/g, (c) => `\\${c}`)).join(',')}|}`;
}

/** A value as it must be written in YAML: quoted when a plain scalar would mean something else. */
export function yamlScalar(value: string): string {
  return /^[\s*&!|>'"%@`#,\[\]{}?:-]|[:#]\s|\s$|^$/.test(value) ? JSON.stringify(value) : value;
}

/** A snippet as it reads once inserted with its defaults: for documentation. */
export function snippetPreview(snippet: string): string {
  return snippet
    .replace(/\$\{\d+\|([^|]*)\|\}/g, (_, choices: string) => choices.split(/(?<!\\),/)[0])
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '')
    .replace(/\\([\\$},|])/g, '$1');
}
