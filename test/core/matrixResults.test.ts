// `journey/matrix` answers (core/matrixResults.ts): whole the first time, and after an edit a
// delta carrying only what changed — at 10,000 pieces, a keystroke's answer stays small.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import { toMatrixModel } from '../../server/src/core';
import { IncrementalAnalyzer } from '../../server/src/core/incremental';
import { MatrixResults } from '../../server/src/core/matrixResults';
import { applyMatrixResult, toModel, type MatrixDelta, type MatrixResult, type MatrixView } from '../../server/src/protocol/matrixView';

const PLAN = `journey: Delta
model: b2b
personas:
  - id: it
    name: Ivo
  - id: cfo
    name: Carla
content:
  - title: Eerste
    persona: it
    phase: awareness
  - title: Tweede
    persona: cfo
    phase: consideration
  - title: Derde
    persona: "*"
    phase: purchase
`;

/** One document's versions as the server and the preview see them: each answer applied to the last view. */
class Session {
  private readonly analyzer = new IncrementalAnalyzer();
  private readonly results = new MatrixResults();
  view: MatrixView | null = null;
  bytes = 0;

  update(text: string): MatrixResult {
    const analysis = this.analyzer.update(text);
    const json = JSON.stringify(this.results.answer(analysis, this.view?.resultId));
    this.bytes = Buffer.byteLength(json);
    const answer = JSON.parse(json) as MatrixResult;
    this.view = applyMatrixResult(this.view, answer);
    assert.ok(this.view, 'the answer applies');
    assert.deepEqual(toModel(this.view), toMatrixModel(analysis));
    return answer;
  }
}

describe('journey/matrix answers', () => {
  it('a title edited: that piece and nothing else', () => {
    const session = new Session();
    assert.equal(session.update(PLAN).kind, 'full');
    const answer = session.update(PLAN.replace('Tweede', 'Tweede!')) as MatrixDelta;
    assert.equal(answer.kind, 'delta');
    assert.deepEqual(answer.splice, { start: 1, deleteCount: 1, pieces: [{ id: null, title: 'Tweede!', type: null, status: null, channel: null, owner: null, date: null, url: null, line: 12 }] });
    assert.equal(answer.lineShift, 0);
    // The cell refers to piece 1 still: it is not sent.
    assert.deepEqual(answer.cells, []);
  });

  it('a line added above the pieces: they move, and are not sent', () => {
    const session = new Session();
    session.update(PLAN);
    const answer = session.update(PLAN.replace('content:\n', 'content:\n\n')) as MatrixDelta;
    assert.equal(answer.kind, 'delta');
    assert.deepEqual(answer.splice, { start: 0, deleteCount: 0, pieces: [] });
    assert.equal(answer.lineShift, 1);
    assert.deepEqual(answer.cells, []);
    assert.deepEqual(session.view!.pieces.map((piece) => piece.line), [10, 13, 16]);
  });

  it('a piece moved to another cell: the piece and the two cells', () => {
    const session = new Session();
    session.update(PLAN);
    const answer = session.update(PLAN.replace('phase: awareness', 'phase: engage')) as MatrixDelta;
    assert.equal(answer.kind, 'delta');
    assert.deepEqual(answer.splice.pieces.map((piece) => piece.title), ['Eerste']);
    const phases = session.view!.phases.map((phase) => phase.id);
    assert.deepEqual(answer.cells.map(([k]) => phases[k % phases.length]).sort(), ['awareness', 'engage']);
  });

  it('a piece added: the cells of the pieces after it are renumbered by the receiver, not sent', () => {
    const session = new Session();
    session.update(PLAN);
    const added = PLAN.replace('  - title: Tweede', '  # nieuw\n  - title: Nul\n    persona: it\n    phase: engage\n  - title: Tweede');
    const answer = session.update(added) as MatrixDelta;
    assert.equal(answer.kind, 'delta');
    // The edit's neighbours are read again; the piece after them is not sent, nor are its cells, though its index moved.
    assert.ok(answer.splice.pieces.some((piece) => piece.title === 'Nul'));
    assert.ok(!answer.splice.pieces.some((piece) => piece.title === 'Derde'));
    assert.equal(answer.lineShift, 4);
    const phases = session.view!.phases.map((phase) => phase.id);
    const sent = answer.cells.map(([k]) => phases[k % phases.length]);
    assert.ok(sent.includes('engage') && !sent.includes('purchase'), `cells sent: ${sent}`);
  });

  it('another persona: a whole answer (the cells are laid out anew)', () => {
    const session = new Session();
    session.update(PLAN);
    assert.equal(session.update(PLAN.replace('personas:\n', 'personas:\n  - id: new\n    name: Nieuw\n')).kind, 'full');
    // A persona renamed keeps the layout: a delta with the new name.
    const renamed = session.update(PLAN.replace('personas:\n', 'personas:\n  - id: new\n    name: Nieuw\n').replace('name: Carla', 'name: Carla B.'));
    assert.equal(renamed.kind, 'delta');
    assert.deepEqual(renamed.personas.map((p) => p.name), ['Nieuw', 'Ivo', 'Carla B.']);
  });

  it('an answer it no longer has, or never gave: whole', () => {
    const results = new MatrixResults();
    const analyzer = new IncrementalAnalyzer();
    const first = results.answer(analyzer.update(PLAN));
    results.answer(analyzer.update(PLAN + '\n'), first.resultId);
    results.answer(analyzer.update(PLAN + '\n\n'), first.resultId);
    assert.equal(results.answer(analyzer.update(PLAN), 'unknown').kind, 'full');
    assert.equal(results.answer(analyzer.update(PLAN + '#'), first.resultId).kind, 'full', 'only the last two answers are kept');
  });

  describe('at 10,000 pieces', () => {
    let plan = '';
    before(async () => {
      const generator = path.resolve(__dirname, '..', '..', '..', 'bench', 'generate.mjs');
      const { generatePlan } = (await import(generator)) as { generatePlan: (pieces: number) => string };
      plan = generatePlan(10_000);
    });

    it('a keystroke in a title is answered in under 10 KB; a new line above every piece too', () => {
      const session = new Session();
      assert.equal(session.update(plan).kind, 'full');
      assert.ok(session.bytes > 1_000_000, `the whole answer is ${session.bytes} bytes`);
      const at = plan.indexOf('title: ', plan.length / 2) + 'title: '.length;
      const typed = plan.slice(0, at) + 'x' + plan.slice(at);
      assert.equal(session.update(typed).kind, 'delta');
      assert.ok(session.bytes <= 10_240, `a keystroke's answer is ${session.bytes} bytes`);
      const content = typed.indexOf('content:\n') + 'content:\n'.length;
      const answer = session.update(typed.slice(0, content) + '\n' + typed.slice(content)) as MatrixDelta;
      assert.equal(answer.lineShift, 1);
      assert.ok(session.bytes <= 10_240, `a new line's answer is ${session.bytes} bytes`);
    });
  });
});
