// What an error says, for a message or the log: its message, or the thrown value as text.
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
