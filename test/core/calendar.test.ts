// The plan in time: calendar entries, the agenda, month grids, and the calendar exports. The
// iCalendar output is read back with ical.js, a real parser, and checked against RFC 5545's
// rules that importers (Outlook, Google Calendar, Apple Calendar) rely on.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type ICALModule from 'ical.js' with { 'resolution-mode': 'import' };
import { analyze } from '../../server/src/core';
import { agenda, calendarEntries, monthGrid, monthsSpanned, renderCalendar, toCalendarModel, type CalendarModel } from '../../server/src/core/calendar';
import { uidOf } from '../../server/src/core/calendar/ics';

// ical.js is an ES module; its CommonJS build is what a CommonJS test can load.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ICAL: typeof ICALModule = require('ical.js');

const TODAY = '2026-03-16';
const PLAN = `journey: Acme — voorjaar
model: hubspot
personas:
  - id: cfo
    name: Carla, CFO
  - id: it
    name: Ivo
content:
  - id: roi-blog
    title: "ROI: wat levert het op?"
    persona: cfo
    phase: awareness
    status: draft
    owner: sanne
    date: 2026-03-02
    url: https://acme.example/roi
  - title: Webinar koppelingen, met een titel die lang genoeg is om de regel van vijfenzeventig octetten te vouwen
    persona: "*"
    phase: [consideration, decision]
    type: webinar
    status: scheduled
    owner: Bas
    date: 2026-04-12
  - title: Checklist
    persona: it
    phase: decision
    status: idea
    date: 2026-03-16
  - title: Zonder datum
    persona: it
    phase: awareness
  - title: Oud
    persona: it
    phase: awareness
    status: review
    owner: Sanne
    date: 2026-02-27
  - title: Na de maand
    persona: it
    phase: awareness
    date: 2026-04-13
    url: ftp://acme.example/bestand
`;

function model(text = PLAN, range = {}, locale: 'en' | 'nl' = 'en'): CalendarModel {
  const analysis = analyze(text, { today: TODAY, locale });
  return toCalendarModel(calendarEntries(analysis, 'plan.journey'), analysis.plan.title ?? '', TODAY, range);
}

function parse(ics: string) {
  return new ICAL.Component(ICAL.parse(ics));
}

describe('calendar entries', () => {
  it('lists dated pieces by date with names, overdue days and lines, and undated ones apart', () => {
    const { entries, undated } = model();
    assert.deepEqual(
      entries.map((e) => [e.date, e.title.slice(0, 12), e.personas.map((p) => p.name), e.phases.map((p) => p.id), e.overdueDays, e.line]),
      [
        ['2026-02-27', 'Oud', ['Ivo'], ['awareness'], 17, 32],
        ['2026-03-02', 'ROI: wat lev', ['Carla, CFO'], ['awareness'], 14, 9],
        ['2026-03-16', 'Checklist', ['Ivo'], ['decision'], 0, 24],
        ['2026-04-12', 'Webinar kopp', ['Carla, CFO', 'Ivo'], ['consideration', 'decision'], 0, 17],
        ['2026-04-13', 'Na de maand', ['Ivo'], ['awareness'], 0, 38],
      ],
    );
    assert.deepEqual(undated.map((e) => [e.title, e.line, e.file]), [['Zonder datum', 29, 'plan.journey']]);
  });

  it('keeps to the range, both ends included', () => {
    assert.deepEqual(model(PLAN, { from: '2026-03-02', to: '2026-04-12' }).entries.map((e) => e.date), ['2026-03-02', '2026-03-16', '2026-04-12']);
  });
});

describe('agenda', () => {
  it('lists overdue work and the next 4 weeks (today and 27 days on) by owner, nobody’s last', () => {
    const due = agenda(model().entries, TODAY);
    assert.deepEqual([due.from, due.to], ['2026-03-16', '2026-04-12']);
    const titles = (groups: typeof due.overdue) => groups.map((g) => [g.owner, g.items.map((e) => e.title.slice(0, 9))]);
    assert.deepEqual(titles(due.overdue), [['Sanne', ['Oud']], ['sanne', ['ROI: wat ']]]);
    assert.deepEqual(titles(due.upcoming), [['Bas', ['Webinar k']], [null, ['Checklist']]]);
  });
});

describe('month grid', () => {
  it('lays a month out in weeks from Monday, with the neighbouring days and the items per day', () => {
    const grid = monthGrid(2026, 3, model().entries);
    assert.equal(grid.weeks.length, 6);
    assert.deepEqual(grid.weeks.map((week) => [week[0].date, week[6].date]), [
      ['2026-02-23', '2026-03-01'], ['2026-03-02', '2026-03-08'], ['2026-03-09', '2026-03-15'],
      ['2026-03-16', '2026-03-22'], ['2026-03-23', '2026-03-29'], ['2026-03-30', '2026-04-05'],
    ]);
    const days = grid.weeks.flat();
    assert.deepEqual(days.filter((day) => day.items.length > 0).map((day) => [day.date, day.inMonth, day.items.map((e) => e.title.slice(0, 3))]), [
      ['2026-02-27', false, ['Oud']], ['2026-03-02', true, ['ROI']], ['2026-03-16', true, ['Che']],
    ]);
    assert.equal(days.filter((day) => day.inMonth).length, 31);
    assert.equal(monthGrid(2027, 2, []).weeks.length, 4, 'February 2027 starts on a Monday and has 28 days');
    assert.equal(monthGrid(2026, 2, []).weeks.length, 5, 'February 2026 starts on a Sunday');
  });

  it('spans the months from the first dated item to the last', () => {
    assert.deepEqual(monthsSpanned([{ date: '2025-11-30' }, { date: null }, { date: '2026-02-01' }]), [
      { year: 2025, month: 11 }, { year: 2025, month: 12 }, { year: 2026, month: 1 }, { year: 2026, month: 2 },
    ]);
    assert.deepEqual(monthsSpanned([{ date: null }]), []);
  });
});

describe('iCalendar export', () => {
  const ics = renderCalendar(model(PLAN, {}, 'nl'), 'ics', TODAY, 'nl');

  it('parses with ical.js: one all-day event per dated piece, with summary, description, categories and an http(s) url', () => {
    const events = parse(ics).getAllSubcomponents('vevent');
    assert.equal(events.length, 5);
    const roi = new ICAL.Event(events[1]);
    assert.equal(roi.uid, 'roi-blog@journey');
    assert.equal(roi.summary, 'ROI: wat levert het op?');
    assert.equal(roi.startDate.isDate, true);
    assert.equal(roi.startDate.toString(), '2026-03-02');
    assert.equal(roi.endDate.toString(), '2026-03-03');
    assert.equal(roi.description, 'Persona: Carla, CFO\nFase: Bewustwording\nStatus: draft\nEigenaar: sanne\nPlan: Acme — voorjaar');
    assert.deepEqual(events[1].getAllProperties('categories').flatMap((p) => p.getValues()), ['Bewustwording']);
    assert.equal(events[1].getFirstPropertyValue('url'), 'https://acme.example/roi');
    assert.equal(events[1].getFirstPropertyValue('dtstamp')!.toString(), '2026-03-16T00:00:00Z');
    const webinar = events[3];
    assert.deepEqual(webinar.getAllProperties('categories').flatMap((p) => p.getValues()), ['Overweging', 'Beslissing']);
    assert.equal(new ICAL.Event(webinar).description.split('\n')[0], 'Persona: Carla, CFO; Ivo');
    assert.equal(events[4].getFirstPropertyValue('url'), null, 'an ftp url is no url (the plan reports it as invalid-value)');
  });

  it('follows RFC 5545: CRLF line ends, lines of at most 75 octets, VERSION, PRODID, DTSTAMP, VALUE=DATE', () => {
    assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//journey-tools//Journey//NL\r\nMETHOD:PUBLISH\r\n'), ics.slice(0, 100));
    assert.ok(ics.endsWith('END:VCALENDAR\r\n'));
    assert.equal(ics.replace(/\r\n/g, '').includes('\n'), false, 'no bare line feed');
    const lines = ics.split('\r\n');
    assert.deepEqual(lines.filter((line) => Buffer.byteLength(line) > 75), []);
    assert.ok(lines.some((line) => line.startsWith(' ')), 'the long title is folded');
    assert.equal(lines.filter((line) => line.startsWith('DTSTAMP:')).length, 5);
    assert.equal(lines.filter((line) => /^DTSTART;VALUE=DATE:\d{8}$/.test(line)).length, 5);
  });

  it('gives the same bytes in any time zone, and keeps each UID when dates, statuses and notes change', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
        process.env.TZ = tz;
        assert.equal(renderCalendar(model(PLAN, {}, 'nl'), 'ics', TODAY, 'nl'), ics, tz);
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    const edited = PLAN.replace('date: 2026-04-12', 'date: 2026-05-01').replace('status: draft', 'status: published').replace('title: Checklist\n', 'title: Checklist\n    notes: later\n');
    const uids = (text: string) => parse(renderCalendar(model(text), 'ics', TODAY)).getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue('uid')).sort();
    assert.deepEqual(uids(edited), uids(PLAN));
    assert.equal(new Set(uids(PLAN)).size, 5);
  });

  it('makes a UID from the title, first persona and phase when there is no id, and numbers repeats', () => {
    const entry = model().entries[2];
    assert.match(uidOf(entry), /^[0-9a-f]{24}@journey$/);
    const twice = PLAN.replace('  - title: Zonder datum', '  - title: Checklist\n    persona: it\n    phase: decision\n    date: 2026-03-20\n  - title: Zonder datum');
    const uids = parse(renderCalendar(model(twice), 'ics', TODAY)).getAllSubcomponents('vevent').map((e) => String(e.getFirstPropertyValue('uid')));
    assert.deepEqual(uids.filter((uid) => uid.startsWith(uidOf(entry).split('@')[0])), [uidOf(entry), uidOf(entry).replace('@', '-2@')]);
  });
});

describe('Markdown, CSV and JSON', () => {
  it('writes the agenda, the months and the undated pieces in Markdown', () => {
    const markdown = renderCalendar(model(), 'markdown', TODAY);
    assert.ok(markdown.startsWith('# Calendar: Acme — voorjaar\n\nToday: 2026-03-16\n\n## Overdue\n\n### Sanne\n\n- 2026-02-27 — **Oud** (Ivo · Awareness · review) — 17 days late\n'), markdown);
    assert.ok(markdown.includes('## Next 4 weeks (2026-03-16 to 2026-04-12)\n\n### Bas\n\n- 2026-04-12 — **Webinar koppelingen'), markdown);
    assert.ok(markdown.includes('\n## March 2026\n\n| Date | Title | Persona | Phase | Type | Status | Owner |\n| --- | --- | --- | --- | --- | --- | --- |\n| 2026-03-02 | ROI: wat levert het op? | Carla, CFO | Awareness |  | draft (14 days late) | sanne |\n'), markdown);
    assert.ok(markdown.endsWith('## Undated\n\n- **Zonder datum** (Ivo · Awareness)\n'), markdown);
    assert.ok(renderCalendar(model(), 'markdown', TODAY, 'nl').includes('\n## Maart 2026\n'));
  });

  it('writes one CSV row per dated piece', () => {
    const rows = renderCalendar(model(), 'csv', TODAY).split('\r\n');
    assert.equal(rows[0], 'date,title,piece_id,personas,persona_ids,phases,phase_ids,type,channel,status,owner,url,overdue_days,plan,file,line');
    assert.equal(rows[2], '2026-03-02,ROI: wat levert het op?,roi-blog,"Carla, CFO",cfo,Awareness,awareness,,,draft,sanne,https://acme.example/roi,14,Acme — voorjaar,plan.journey,9');
    assert.equal(rows.length, 7, 'header, 5 pieces, and the final line end');
  });

  it('writes the model, its agenda and month grids in JSON, items as indexes into entries', () => {
    const json = JSON.parse(renderCalendar(model(), 'json', TODAY));
    assert.equal(json.entries.length, 5);
    assert.deepEqual(json.agenda.overdue, [{ owner: 'Sanne', items: [0] }, { owner: 'sanne', items: [1] }]);
    assert.deepEqual(json.months.map((m: { month: number }) => m.month), [2, 3, 4]);
    assert.deepEqual(json.months[1].weeks[3][0], { date: '2026-03-16', inMonth: true, items: [2] });
  });
});
