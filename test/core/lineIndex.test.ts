// LineIndex: offsets ↔ positions for LF, CRLF and lone-CR texts, and lineOf with a hint (the
// walk the matrix's JSON uses) agreeing with the plain search for every offset and any hint.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LineIndex } from '../../server/src/core';

const TEXTS = ['', 'a', '\n', 'a\nb', 'a\r\nb\r\n', 'a\rb\r\rc', 'x😀y\n\nz\r\n', 'title: — é\n'.repeat(40) + 'end'];

describe('LineIndex', () => {
  it('finds every offset\'s line with or without a hint, the hint before, at or after it', () => {
    for (const text of TEXTS) {
      const lines = new LineIndex(text);
      for (let offset = -2; offset <= text.length + 2; offset++) {
        const line = lines.lineOf(offset);
        const clamped = Math.max(0, Math.min(offset, text.length));
        assert.ok(lines.lineStart(line) <= clamped, `line ${line} starts after ${offset}`);
        assert.ok(line + 1 >= lines.lineCount || lines.lineStart(line + 1) > clamped, `offset ${offset} is past line ${line}`);
        for (const from of [0, 1, line - 40, line - 1, line, line + 1, line + 5, lines.lineCount, -3]) assert.equal(lines.lineOf(offset, from), line, `offset ${offset} from ${from} in ${JSON.stringify(text.slice(0, 30))}`);
      }
    }
  });

  it('turns positions into offsets and back, clamping what lies outside the text', () => {
    for (const text of TEXTS) {
      const lines = new LineIndex(text);
      for (let offset = 0; offset <= text.length; offset++) {
        const position = lines.position(offset);
        // An offset between a CR and its LF is one the editor never makes; every other comes back.
        if (text[offset - 1] === '\r' && text[offset] === '\n') continue;
        assert.equal(lines.offset(position), offset, `${JSON.stringify(position)} in ${JSON.stringify(text.slice(0, 30))}`);
      }
      assert.equal(lines.offset({ line: -1, character: 4 }), 0);
      assert.equal(lines.offset({ line: lines.lineCount, character: 0 }), text.length);
      assert.equal(lines.offset({ line: 0, character: 1000 }), lines.lineEnd(0), 'a character past the end of the line: its end, before the break');
    }
    assert.deepEqual([...new LineIndex('a\r\nb\rc').starts], [0, 3, 5]);
  });
});
