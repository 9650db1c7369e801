// Where the repository's files are, from the compiled test (out/test/preview/*.js).
import * as path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..', '..');
export const MEDIA = path.join(REPO_ROOT, 'media');
export const TEST_RESULTS = path.join(REPO_ROOT, 'test-results');
