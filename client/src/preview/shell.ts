// The preview's HTML page, and the workspace overview's: an empty root, the stylesheet from media/
// and the nonce'd webview bundle (dist/webview.js, dist/overview.js). Pure (no vscode import) so
// the render tests load exactly the page the extension shows. No plan text is put here: the script draws the page from messages.
import { randomBytes } from 'node:crypto';

export interface PreviewShellOptions {
  /** `webview.cspSource`: the origin the webview serves local resources from. */
  cspSource: string;
  nonce: string;
  scriptUri: string;
  styleUri: string;
  /** The editor's language; the script reads it from <html lang> for its own texts. */
  locale?: PreviewLocale;
  /** Which page: its title and loading text (the bundle is `scriptUri`). */
  page?: 'preview' | 'overview';
}

export type PreviewLocale = 'en' | 'nl';

/** The shell's own texts; exported for the completeness test (test/l10n.test.ts). */
export const SHELL_TEXT: Record<PreviewLocale, { title: string; loading: string; overviewTitle: string; overviewLoading: string }> = {
  en: { title: 'Journey preview', loading: 'Loading the plan…', overviewTitle: 'Journey workspace overview', overviewLoading: 'Loading the plans…' },
  nl: { title: 'Journey-voorbeeld', loading: 'Het plan wordt geladen…', overviewTitle: 'Journey-werkruimteoverzicht', overviewLoading: 'De plannen worden geladen…' },
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

export function renderPreviewShell({ cspSource, nonce, scriptUri, styleUri, locale = 'en', page = 'preview' }: PreviewShellOptions): string {
  if (!NONCE.test(nonce)) throw new Error('renderPreviewShell: the nonce must be base64 of at least 12 random bytes');
  // A source list may hold spaces and quoted keywords ('self' in VS Code for the web); nothing may end the directive.
  if (/[;,"<>\r\n]/.test(cspSource)) throw new Error('renderPreviewShell: unexpected characters in cspSource');
  const attr = (value: string): string => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const texts = SHELL_TEXT[locale] ?? SHELL_TEXT.en;
  const text = page === 'overview' ? { title: texts.overviewTitle, loading: texts.overviewLoading } : texts;
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
<div id="root"><p id="placeholder" class="placeholder">${text.loading}</p></div>
<script nonce="${attr(nonce)}" src="${attr(scriptUri)}"></script>
</body>
</html>
`;
}
