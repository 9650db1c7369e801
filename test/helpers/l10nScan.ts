// Reads the localisation facts out of source text, for test/l10n.test.ts: the messages passed to
// `vscode.l10n.t(…)`, the `{n}` placeholders of a message, a JavaScript object literal by name.
import * as vm from 'node:vm';

export interface L10nCalls {
  /** The string literals passed as the first argument, in order. */
  messages: string[];
  /** `l10n.t` uses whose message is not a plain string literal (a template, a variable) or that alias the function. */
  problems: string[];
}

/** Finds every `l10n.t` in `source`; only `l10n.t('literal', …)` can be checked against the bundle. */
export function scanL10nCalls(source: string, file = '<source>'): L10nCalls {
  const messages: string[] = [];
  const problems: string[] = [];
  for (const match of source.matchAll(/\bl10n\.t\b/g)) {
    const at = match.index;
    const line = source.slice(0, at).split('\n').length;
    const rest = source.slice(at + match[0].length);
    const call = /^\s*\(\s*/.exec(rest);
    if (!call) {
      problems.push(`${file}:${line}: l10n.t used other than as a call`);
      continue;
    }
    const literal = readStringLiteral(rest.slice(call[0].length));
    if (literal === undefined) problems.push(`${file}:${line}: the message passed to l10n.t is not a string literal`);
    else messages.push(literal);
  }
  return { messages, problems };
}

/** A leading '…' or "…" literal (followed by `,` or `)`), decoded; undefined for anything else. */
function readStringLiteral(text: string): string | undefined {
  const quote = text[0];
  if (quote !== "'" && quote !== '"') return undefined;
  let i = 1;
  while (i < text.length && text[i] !== quote) {
    if (text[i] === '\n') return undefined;
    i += text[i] === '\\' ? 2 : 1;
  }
  if (i >= text.length || !/^\s*[,)]/.test(text.slice(i + 1))) return undefined; // e.g. 'a' + b
  return vm.runInNewContext(text.slice(0, i + 1)) as string;
}

/** The `{0}`, `{1}`… placeholders of a message, sorted. */
export function placeholders(message: string): string[] {
  return [...new Set(message.match(/\{\d+\}/g) ?? [])].sort();
}

/** The inline code spans (`…`) of a Markdown text, sorted: a translation keeps them as they are. */
export function codeSpans(markdown: string): string[] {
  return (markdown.match(/`[^`]+`/g) ?? []).sort();
}

