// The shape checks every message that crosses to or from a webview is read with, written once:
// the one bound on a text (non-empty, at most 10,000 characters), counts, 1-based lines, objects.
export const MAX_TEXT = 10_000;

export const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT;
export const isString = (value: unknown): value is string => typeof value === 'string';
export const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
export const isLine = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
