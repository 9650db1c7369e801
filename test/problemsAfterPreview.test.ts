// The editor gets a plan's problems once its open preview shows the change: held while a
// preview paints, the newest kept, handed over at once when no preview waits.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as vscode from 'vscode';
import { ProblemsAfterPreview } from '../client/src/preview/problemsAfterPreview';

const plan = { toString: () => 'file:///plans/acme.journey' } as vscode.Uri;
const other = { toString: () => 'file:///plans/other.journey' } as vscode.Uri;
const problems = (message: string) => [{ message }] as vscode.Diagnostic[];

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('ProblemsAfterPreview', () => {
  it('hands the problems over at once when no preview of the plan is painting', () => {
    const gate = new ProblemsAfterPreview();
    const handed: [string, string[]][] = [];
    gate.handleDiagnostics(plan, problems('a'), (uri, d) => void handed.push([uri.toString(), d.map((x) => x.message)]));
    assert.deepEqual(handed, [['file:///plans/acme.journey', ['a']]]);
  });

  it('holds them while the preview paints, hands over only the newest, and then none waits', async () => {
    const gate = new ProblemsAfterPreview();
    const painting = deferred();
    let waiting: Promise<void> | undefined = painting.promise;
    gate.follow((uri) => (uri === plan ? waiting : undefined));
    const handed: [string, string[]][] = [];
    const next = (uri: vscode.Uri, d: vscode.Diagnostic[]) => void handed.push([uri.toString(), d.map((x) => x.message)]);
    gate.handleDiagnostics(plan, problems('v2'), next);
    gate.handleDiagnostics(plan, problems('v3'), next);
    gate.handleDiagnostics(other, problems('other'), next);
    assert.deepEqual(handed, [['file:///plans/other.journey', ['other']]]);
    waiting = undefined;
    painting.resolve();
    await painting.promise;
    await Promise.resolve();
    assert.deepEqual(handed, [['file:///plans/other.journey', ['other']], ['file:///plans/acme.journey', ['v3']]]);
    gate.handleDiagnostics(plan, problems('v4'), next);
    assert.deepEqual(handed.at(-1), ['file:///plans/acme.journey', ['v4']]);
  });
});
