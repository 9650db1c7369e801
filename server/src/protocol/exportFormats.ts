// The formats `journey/export`, the export command and `journey matrix --format` offer; and those
// of `journey/calendar`, "Export Calendar…" and `journey calendar --format`.
export const EXPORT_FORMATS = ['json', 'markdown', 'csv', 'html', 'mermaid'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CALENDAR_FORMATS = ['ics', 'markdown', 'csv', 'json'] as const;
export type CalendarFormat = (typeof CALENDAR_FORMATS)[number];
