// Where the repository's files are, from the compiled test (out/test/preview/*.js).
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const MEDIA = path.join(REPO_ROOT, 'media');
/** The webview bundle `npm run build` writes (the tests run after it). */
export const WEBVIEW_SCRIPT = path.join(REPO_ROOT, 'dist', 'webview.js');
/** The workspace overview's bundle. */
export const OVERVIEW_SCRIPT = path.join(REPO_ROOT, 'dist', 'overview.js');
export const TEST_RESULTS = path.join(REPO_ROOT, 'test-results');
