// Time over LSP: the server analyses for the day it is told (JOURNEY_TODAY, never
// the real date here), publishes `overdue` and `review-due`, counts overdue pieces for the status
// bar, and its quick fix clears an `overdue`. The change of day is checked on Today itself.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { LspClient } from '../helpers/lspClient';
import { Today } from '../../server/src/lsp/today';

const uri = 'file:///plans/schedule.journey';
const TEXT = `journey: Planning
review-by: 2026-01-31
personas: [it]
content:
  - title: Late blog
    persona: it
    phase: "*"
    status: draft
    date: 2026-03-02
`;
type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

describe('overdue and review-due over LSP', () => {
  let client: LspClient;
  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it('publishes both for the pinned day, counts the overdue piece, and a quick fix clears it', async () => {
    client.open(uri, TEXT);
    const published = await client.diagnostics(uri, 1);
    assert.deepEqual(
      published.diagnostics.map((d) => [d.code, d.severity, d.range.start.line, d.message]),
      [
        ['review-due', 2, 1, 'This plan was due for review on 2026-01-31, 44 days ago: check it and set a new “review-by”.'],
        ['overdue', 2, 8, 'Overdue by 14 days: “Late blog” is still “draft”.'],
      ],
    );
    assert.equal((await client.request<{ overdue: number }>('journey/coverage', { uri })).overdue, 1);

    const overdue = published.diagnostics.find((d) => d.code === 'overdue')!;
    const actions = await client.request<{ title: string; edit: { changes: Record<string, { range: Range; newText: string }[]> } }[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: overdue.range,
      context: { diagnostics: [{ ...overdue, source: 'journey' }] },
    });
    assert.deepEqual(actions.map((a) => a.title), ['Set the date to today', 'Mark as published']);
    const [edit] = actions[0].edit.changes[uri];
    assert.deepEqual(edit, { range: { start: { line: 8, character: 10 }, end: { line: 8, character: 20 } }, newText: LspClient.TODAY });
    const version = client.edit(uri, edit.range, edit.newText);
    const after = await client.diagnostics(uri, version);
    assert.deepEqual(after.diagnostics.map((d) => d.code), ['review-due']);
    assert.equal((await client.request<{ overdue: number }>('journey/coverage', { uri })).overdue, 0);
    client.close(uri);
  });

  it('answers journey/calendar in each format for the pinned day, and null for a format it does not know', async () => {
    const other = 'file:///plans/calendar.journey';
    client.open(other, TEXT);
    await client.diagnostics(other, 1);
    const ics = await client.request<string>('journey/calendar', { uri: other, format: 'ics' });
    assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
    assert.match(ics, /\r\nDTSTART;VALUE=DATE:20260302\r\n/);
    assert.match(ics, /\r\nDTSTAMP:20260316T000000Z\r\n/);
    const json = JSON.parse(await client.request<string>('journey/calendar', { uri: other, format: 'json' }));
    assert.deepEqual([json.today, json.entries.map((e: { title: string; overdueDays: number }) => [e.title, e.overdueDays])], ['2026-03-16', [['Late blog', 14]]]);
    assert.equal(await client.request('journey/calendar', { uri: other, format: 'pdf' }), null);
    assert.equal(await client.request('journey/calendar', { uri: 'file:///nope.journey', format: 'ics' }), null);
    client.close(other);
  });
});

describe('Today', () => {
  it('follows the clock to a new day, with new options then and the same object in between', () => {
    let now = new Date(2026, 2, 16, 23, 59);
    const today = new Today(undefined, () => now);
    const settings = { locale: 'nl' as const };
    const first = today.options(settings);
    assert.deepEqual(first, { locale: 'nl', today: '2026-03-16' });
    assert.equal(today.options(settings), first, 'the same day: the same options, so the cached analysis stays');
    assert.equal(today.check(), false);
    now = new Date(2026, 2, 17, 0, 1);
    assert.equal(today.check(), true);
    assert.equal(today.check(), false, 'a change is reported once');
    const second = today.options(settings);
    assert.notEqual(second, first);
    assert.equal(second.today, '2026-03-17');
  });

  it('keeps a pinned day, and pins only a real date', () => {
    const pinned = new Today(Today.pinnedFrom({ JOURNEY_TODAY: '2026-02-28' }), () => new Date(2030, 0, 1));
    assert.equal(pinned.value, '2026-02-28');
    assert.equal(pinned.check(), false);
    assert.equal(Today.pinnedFrom({ JOURNEY_TODAY: '2026-02-30' }), undefined);
    assert.equal(Today.pinnedFrom({ JOURNEY_TODAY: '28-02-2026' }), undefined);
    assert.equal(Today.pinnedFrom({}), undefined);
  });
});
