// Time in the plan: `overdue` pieces and a plan past its `review-by`, for a given `today` (never
// the real date), their quick fixes, and the date arithmetic underneath.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { addDays, addMonths, analyze, daysBetween, localDate, overdueDays, weekday } from '../../server/src/core';
import { applyEdits, codeActionsFor, type CodeAction } from '../../server/src/core/edits';
import { IncrementalAnalyzer } from '../../server/src/core/incremental';
import { spanText } from '../helpers/plans';

const PLAN = `journey: Planning
review-by: 2026-03-01   # kwartaalcheck
model: hubspot
personas:
  - id: it
content:
  - title: Laat blog
    persona: it
    phase: awareness
    status: draft        # nog niet af
    date: 2026-02-10
  - title: Vandaag
    persona: it
    phase: consideration
    status: review
    date: "2026-03-15"
  - title: Gepubliceerd
    persona: it
    phase: decision
    status: published
    date: 2026-01-05
  - title: Zonder status
    persona: it
    phase: decision
    date: 2026-01-05
  - title: Gisteren
    persona: it
    phase: decision
    status: idea
    date: '2026-03-14'
`;
const TODAY = '2026-03-15';

function scheduleOf(text: string, today = TODAY, locale: 'en' | 'nl' = 'en') {
  return analyze(text, { today, locale }).diagnostics.filter((d) => d.code === 'overdue' || d.code === 'review-due');
}

function fix(text: string, action: CodeAction): string {
  const result = applyEdits(text, [action.edit]);
  assert.equal(result.slice(0, action.edit.span.start), text.slice(0, action.edit.span.start));
  assert.equal(result.slice(action.edit.span.start + action.edit.newText.length), text.slice(action.edit.span.end));
  return result;
}

describe('overdue and review-due', () => {
  it('reports unfinished pieces dated before today, with the days, on the date; and a passed review-by', () => {
    const found = scheduleOf(PLAN);
    assert.deepEqual(
      found.map((d) => [d.code, d.severity, spanText(PLAN, d), d.range.start.line, d.message]),
      [
        ['review-due', 'warning', '2026-03-01', 1, 'This plan was due for review on 2026-03-01, 14 days ago: check it and set a new “review-by”.'],
        ['overdue', 'warning', '2026-02-10', 10, 'Overdue by 33 days: “Laat blog” is still “draft”.'],
        ['overdue', 'warning', "'2026-03-14'", 29, 'Overdue by 1 day: “Gisteren” is still “idea”.'],
      ],
    );
    assert.deepEqual(scheduleOf(PLAN, TODAY, 'nl').map((d) => d.message), [
      'Dit plan moest op 2026-03-01 herzien worden, 14 dagen geleden: bekijk het en zet een nieuwe “review-by”.',
      '33 dagen te laat: “Laat blog” staat nog op “draft”.',
      '1 dag te laat: “Gisteren” staat nog op “idea”.',
    ]);
  });

  it('reports nothing without a today, on the review day itself, or before the dates', () => {
    assert.deepEqual(analyze(PLAN).diagnostics.map((d) => d.code), []);
    assert.deepEqual(scheduleOf(PLAN, '2026-03-01').map((d) => [d.code, spanText(PLAN, d)]), [['overdue', '2026-02-10']]);
    assert.deepEqual(scheduleOf(PLAN, '2026-02-10'), []);
  });

  it('counts the same for a piece of the matrix model (what the preview has)', () => {
    assert.equal(overdueDays({ date: '2026-03-01', status: 'draft' }, TODAY), 14);
    assert.equal(overdueDays({ date: '2026-03-01', status: 'scheduled' }, TODAY), 0);
    assert.equal(overdueDays({ date: null, status: 'draft' }, TODAY), 0);
    assert.equal(overdueDays({ date: '2026-03-01', status: null }, TODAY), 0);
  });

  it('counts days across a year end and a leap day', () => {
    const text = 'journey: T\npersonas: [a]\ncontent:\n  - { title: X, persona: a, phase: awareness, status: planned, date: 2023-12-31 }\n';
    assert.deepEqual(scheduleOf(text, '2024-03-01').map((d) => d.message), ['Overdue by 61 days: “X” is still “planned”.']);
  });

  it('takes the severity setting like any code, and a wrong review-by is an invalid-value', () => {
    assert.deepEqual(analyze(PLAN, { today: TODAY, severity: { overdue: 'off', 'review-due': 'error' } }).diagnostics.map((d) => [d.code, d.severity]), [['review-due', 'error']]);
    const wrong = analyze('journey: T\nreview-by: 2026-02-30\npersonas: [a]\ncontent:\n  - { title: X, persona: a, phase: "*" }\n', { today: TODAY });
    assert.deepEqual(wrong.diagnostics.map((d) => [d.code, d.message]), [['invalid-value', '“2026-02-30” is not a real calendar date: write it as YYYY-MM-DD.']]);
  });

  it('the incremental analysis gives the same answer for the same today, and starts afresh for another', () => {
    const analyzer = new IncrementalAnalyzer();
    const options = { today: TODAY };
    analyzer.update(PLAN, options);
    const edited = PLAN.replace('title: Laat blog', 'title: Late blog');
    const incremental = analyzer.update(edited, options);
    assert.equal(analyzer.last.mode, 'incremental');
    assert.deepEqual(incremental.diagnostics, analyze(edited, options).diagnostics);
    const tomorrow = { today: '2026-03-16' };
    const next = analyzer.update(edited, tomorrow);
    assert.deepEqual(next.diagnostics, analyze(edited, tomorrow).diagnostics);
    assert.deepEqual(next.diagnostics.filter((d) => d.code === 'overdue').map((d) => d.message), [
      'Overdue by 34 days: “Late blog” is still “draft”.',
      'Overdue by 1 day: “Vandaag” is still “review”.',
      'Overdue by 2 days: “Gisteren” is still “idea”.',
    ]);
  });
});

describe('quick fixes for overdue and review-due', () => {
  const actionsFor = (text: string, code: string, nth = 0, locale: 'en' | 'nl' = 'en') => {
    const analysis = analyze(text, { today: TODAY, locale });
    const diagnostic = analysis.diagnostics.filter((d) => d.code === code)[nth];
    return codeActionsFor(analysis, diagnostic, locale);
  };

  it('sets the date to today, keeping its quotes, and the overdue is gone', () => {
    const [today, published] = actionsFor(PLAN, 'overdue', 1);
    assert.deepEqual([today.title, published.title], ['Set the date to today', 'Mark as published']);
    const fixed = fix(PLAN, today);
    assert.ok(fixed.includes("    date: '2026-03-15'\n"), fixed);
    assert.deepEqual(scheduleOf(fixed).map((d) => spanText(fixed, d)), ['2026-03-01', '2026-02-10']);
  });

  it('marks as published by editing the status value, keeping its comment', () => {
    const [, published] = actionsFor(PLAN, 'overdue', 0);
    const fixed = fix(PLAN, published);
    assert.ok(fixed.includes('    status: published        # nog niet af\n    date: 2026-02-10\n'), fixed);
    assert.deepEqual(scheduleOf(fixed).map((d) => spanText(fixed, d)), ['2026-03-01', "'2026-03-14'"]);
  });

  it('adds a status line when the status comes from a merge key, in the file’s line breaks', () => {
    const text = 'journey: T\r\npersonas: [a]\r\ncontent:\r\n  - title: Basis\r\n    <<: { status: draft }\r\n    persona: a\r\n    phase: "*"\r\n    date: 2026-01-01 # datum\r\n';
    const [today, published] = actionsFor(text, 'overdue');
    assert.equal(today.title, 'Set the date to today');
    const fixed = fix(text, published);
    assert.equal(fixed, text.replace('# datum\r\n', '# datum\r\n    status: published\r\n'));
    assert.deepEqual(scheduleOf(fixed), []);
  });

  it('leaves a date merged in alone, and adds the status line after the merge', () => {
    const text = 'journey: T\npersonas: [a]\ncontent:\n  - title: Basis\n    persona: a\n    phase: "*"\n    <<: { status: review, date: 2026-01-01 }\n';
    const actions = actionsFor(text, 'overdue');
    assert.deepEqual(actions.map((a) => a.title), ['Mark as published']);
    const fixed = fix(text, actions[0]);
    assert.equal(fixed, text.replace('title: Basis\n', 'title: Basis\n    status: published\n'));
    assert.deepEqual(scheduleOf(fixed), []);
  });

  it('offers both in Dutch', () => {
    assert.deepEqual(actionsFor(PLAN, 'overdue', 0, 'nl').map((a) => a.title), ['Zet de datum op vandaag', 'Markeer als gepubliceerd']);
    assert.deepEqual(actionsFor(PLAN, 'review-due', 0, 'nl').map((a) => a.title), ['Zet review-by op 3 maanden na vandaag']);
  });

  it('sets review-by to 3 months from today, and the review-due is gone', () => {
    const [later] = actionsFor(PLAN, 'review-due');
    assert.equal(later.title, 'Set review-by to 3 months from today');
    assert.equal(later.isPreferred, true);
    const fixed = fix(PLAN, later);
    assert.ok(fixed.startsWith('journey: Planning\nreview-by: 2026-06-15   # kwartaalcheck\n'), fixed);
    assert.deepEqual(scheduleOf(fixed).map((d) => d.code), ['overdue', 'overdue']);
  });
});

describe('dates', () => {
  it('adds months, keeping the day or taking the month’s last', () => {
    assert.equal(addMonths('2026-03-15', 3), '2026-06-15');
    assert.equal(addMonths('2026-11-30', 3), '2027-02-28');
    assert.equal(addMonths('2027-11-30', 3), '2028-02-29');
    assert.equal(addMonths('2026-01-31', 1), '2026-02-28');
    assert.equal(addMonths('2026-12-31', 12), '2027-12-31');
  });
  it('counts and adds days, and knows the weekday (Monday 0)', () => {
    assert.equal(daysBetween('2026-03-29', '2026-03-30'), 1, 'across the change to summer time');
    assert.equal(daysBetween('2026-03-15', '2026-01-01'), -73);
    assert.equal(addDays('2026-02-28', 1), '2026-03-01');
    assert.equal(addDays('2024-02-28', 1), '2024-02-29');
    assert.equal(addDays('2026-01-01', -1), '2025-12-31');
    assert.equal(weekday('2026-03-16'), 0);
    assert.equal(weekday('2026-03-15'), 6);
  });
  it('the local date of a moment is the wall-clock day', () => {
    assert.equal(localDate(new Date(2026, 0, 9, 23, 59)), '2026-01-09');
    assert.equal(localDate(new Date(2026, 11, 31, 0, 0)), '2026-12-31');
  });
});
