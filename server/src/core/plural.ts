// A count with its noun, singular for one and plural otherwise ("1 piece", "3 pieces"; "1 stuk",
// "3 stukken"): one rule for every label and message, in both languages.
export function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
