// Which urls from a plan may become a link: absolute http(s) only — never `javascript:`,
// `data:`, `command:` or `file:`. The preview, the extension and the HTML export all ask here.

/** The url, normalized, when it is absolute http(s); else null. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
