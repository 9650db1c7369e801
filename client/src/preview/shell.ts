// The preview's HTML page: a static skeleton, the stylesheet and the nonce'd script from media/.
// Pure (no vscode import) so the render tests load exactly the page the extension shows.
// No plan text is put here: the script fills the page from messages, through the DOM.
import { randomBytes } from 'node:crypto';

export interface PreviewShellOptions {
  /** `webview.cspSource`: the origin the webview serves local resources from. */
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
  /** The editor's language; the script reads it from <html lang> for its own texts. */
  locale?: PreviewLocale;
}

export type PreviewLocale = 'en' | 'nl';

/** The shell's own texts; exported for the completeness test (test/l10n.test.ts). */
export const SHELL_TEXT: Record<PreviewLocale, { title: string; loading: string; export: string; filters: string; legend: string }> = {
  en: { title: 'Journey preview', loading: 'Loading the plan…', export: 'Export…', filters: 'Filters', legend: 'Legend' },
  nl: { title: 'Journey-voorbeeld', loading: 'Het plan wordt geladen…', export: 'Exporteren…', filters: 'Filters', legend: 'Legenda' },
};

export function createNonce(): string {
  return randomBytes(18).toString('base64');
}

const NONCE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${cspSource}`,
    `font-src ${cspSource}`,
  ].join('; ');
}

export function renderPreviewShell({ cspSource, nonce, scriptUri, styleUri, locale = 'en' }: PreviewShellOptions): string {
  if (!NONCE.test(nonce)) throw new Error('renderPreviewShell: the nonce must be base64 of at least 12 random bytes');
  // A source list may hold spaces and quoted keywords ('self' in VS Code for the web); nothing may end the directive.
  if (/[;,"<>\r\n]/.test(cspSource)) throw new Error('renderPreviewShell: unexpected characters in cspSource');
  const attr = (value: string): string => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const text = SHELL_TEXT[locale] ?? SHELL_TEXT.en;
  return `<!DOCTYPE html>
<html lang="${locale === 'nl' ? 'nl' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(styleUri)}">
<title>${text.title}</title>
</head>
<body>
<header class="toolbar">
  <div class="heading">
    <h1 id="plan-title">${text.title}</h1>
    <p id="plan-file" class="file"></p>
  </div>
  <div id="coverage" class="coverage" hidden>
    <progress id="coverage-bar" max="1" value="0" aria-labelledby="coverage-text"></progress>
    <span id="coverage-text"></span>
  </div>
  <button type="button" id="export" class="button secondary" hidden>${text.export}</button>
</header>
<div id="banner" class="banner" role="alert" hidden></div>
<section id="filters" class="filters" aria-label="${text.filters}" hidden></section>
<p id="placeholder" class="placeholder">${text.loading}</p>
<div id="matrix" class="matrix-host"></div>
<section id="legend" class="legend" aria-label="${text.legend}" hidden></section>
<p id="live" class="visually-hidden" aria-live="polite"></p>
<script nonce="${attr(nonce)}" src="${attr(scriptUri)}"></script>
</body>
</html>
`;
}
