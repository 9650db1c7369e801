// VS Code values → LSP values, for what the client sends: documents, changes, positions and the
// diagnostics a code action request carries back. Structural and type-only, so it runs (and is
// tested) without VS Code. VS Code's enums differ from LSP's by a fixed offset, noted per case.
import type * as lsp from 'vscode-languageserver-protocol';

export interface PositionLike { readonly line: number; readonly character: number }
export interface RangeLike { readonly start: PositionLike; readonly end: PositionLike }
export interface UriLike { toString(): string }
export interface DocumentLike { readonly uri: UriLike; readonly languageId: string; readonly version: number; getText(): string }
export interface ContentChangeLike { readonly range: RangeLike; readonly rangeLength: number; readonly text: string }
export interface DiagnosticLike {
  readonly range: RangeLike;
  readonly message: string;
  readonly severity: number;
  readonly code?: string | number | { value: string | number; target: UriLike };
  readonly source?: string;
  readonly tags?: readonly number[];
  readonly relatedInformation?: ReadonlyArray<{ location: { uri: UriLike; range: RangeLike }; message: string }>;
}

/** The uri as VS Code itself prints it: the server echoes it, and the client compares strings. */
export const asUri = (uri: UriLike): string => uri.toString();

export const asPosition = (position: PositionLike): lsp.Position => ({ line: position.line, character: position.character });

export const asRange = (range: RangeLike): lsp.Range => ({ start: asPosition(range.start), end: asPosition(range.end) });

export const asTextDocumentIdentifier = (document: { readonly uri: UriLike }): lsp.TextDocumentIdentifier => ({ uri: asUri(document.uri) });

export const asTextDocumentItem = (document: DocumentLike): lsp.TextDocumentItem => ({
  uri: asUri(document.uri),
  languageId: document.languageId,
  version: document.version,
  text: document.getText(),
});

/** VS Code's changes of one edit, in its order: each range is relative to the text after the previous one. */
export const asContentChanges = (changes: readonly ContentChangeLike[]): lsp.TextDocumentContentChangeEvent[] =>
  changes.map((change) => ({ range: asRange(change.range), rangeLength: change.rangeLength, text: change.text }));

/** `data`: what the server attached to the diagnostic when it published it, given back as it was. */
export function asDiagnostic(diagnostic: DiagnosticLike, data?: unknown): lsp.Diagnostic {
  // VS Code's severities count from Error = 0, LSP's from Error = 1.
  const result: lsp.Diagnostic = { range: asRange(diagnostic.range), message: diagnostic.message, severity: (diagnostic.severity + 1) as lsp.DiagnosticSeverity };
  const code = diagnostic.code;
  if (typeof code === 'object') {
    result.code = code.value;
    result.codeDescription = { href: code.target.toString() };
  } else if (code !== undefined) {
    result.code = code;
  }
  if (diagnostic.source) result.source = diagnostic.source;
  // Unnecessary = 1 and Deprecated = 2 in both.
  const tags = diagnostic.tags?.filter((tag): tag is lsp.DiagnosticTag => tag === 1 || tag === 2);
  if (tags && tags.length > 0) result.tags = tags;
  if (diagnostic.relatedInformation) {
    result.relatedInformation = diagnostic.relatedInformation.map((info) => ({
      location: { uri: asUri(info.location.uri), range: asRange(info.location.range) },
      message: info.message,
    }));
  }
  if (data !== undefined) result.data = data;
  return result;
}

export function asCodeActionContext<D extends DiagnosticLike>(
  context: { readonly diagnostics: readonly D[]; readonly only?: { readonly value: string }; readonly triggerKind: number },
  dataOf: (diagnostic: D) => unknown,
): lsp.CodeActionContext {
  const result: lsp.CodeActionContext = {
    diagnostics: context.diagnostics.map((diagnostic) => asDiagnostic(diagnostic, dataOf(diagnostic))),
    // Invoke = 1 and Automatic = 2 in both.
    triggerKind: context.triggerKind as lsp.CodeActionTriggerKind,
  };
  if (context.only) result.only = [context.only.value];
  return result;
}

export function asCompletionContext(context: { readonly triggerKind: number; readonly triggerCharacter?: string }): lsp.CompletionContext {
  // VS Code's trigger kinds count from Invoke = 0, LSP's from Invoked = 1.
  const result: lsp.CompletionContext = { triggerKind: (context.triggerKind + 1) as lsp.CompletionTriggerKind };
  if (context.triggerCharacter !== undefined) result.triggerCharacter = context.triggerCharacter;
  return result;
}
