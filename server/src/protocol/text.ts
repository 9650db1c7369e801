// The one bound on a text that arrives from the webview or a command's argument: non-empty and
// at most 10,000 characters.
export const MAX_TEXT = 10_000;

export const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT;
