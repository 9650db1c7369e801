// The banner while the YAML is broken: the first syntax error and its line, and — when an
// earlier version could be read — that the matrix below is that version.
import type { ViewLabels } from '../../../server/src/core/view/labels';

interface BannerProps {
  error: { message: string; line: number } | null;
  stale: boolean;
  labels: ViewLabels;
}

export function Banner({ error, stale, labels }: BannerProps) {
  return (
    <div id="banner" class="banner" role="alert" hidden={!error}>
      {error && (
        <>
          <strong>{labels.syntaxError(error.line)}</strong>
          <span class="banner-message">{error.message}</span>
          <span class="banner-hint">{stale ? labels.stale : ''}</span>
        </>
      )}
    </div>
  );
}
