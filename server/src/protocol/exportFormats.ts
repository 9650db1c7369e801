// The formats `journey/export`, the export command and `journey matrix --format` offer.
export const EXPORT_FORMATS = ['json', 'markdown', 'csv', 'html', 'mermaid'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
