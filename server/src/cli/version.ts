// The version esbuild writes into the bundle (package.json's); "dev" when run from the compiled sources.
declare const JOURNEY_VERSION: string | undefined;

export function version(): string {
  return typeof JOURNEY_VERSION === 'string' ? JOURNEY_VERSION : 'dev';
}
