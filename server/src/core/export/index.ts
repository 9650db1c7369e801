// Renders a matrix model in every export format the CLI and the extension offer.
import type { Locale } from '../messages';
import type { MatrixModel } from '../matrixModel';
import { renderMatrixCsv } from './csv';
import { renderMatrixHtml } from './html';
import { renderMatrixMarkdown } from './markdown';
import { renderMatrixMermaid } from './mermaid';

import type { ExportFormat } from '../../protocol/exportFormats';

export { EXPORT_FORMATS, type ExportFormat } from '../../protocol/exportFormats';

export function renderMatrix(model: MatrixModel, format: ExportFormat, locale: Locale = 'en'): string {
  switch (format) {
    case 'json': return JSON.stringify(model, null, 2) + '\n';
    case 'markdown': return renderMatrixMarkdown(model, locale);
    case 'csv': return renderMatrixCsv(model);
    case 'html': return renderMatrixHtml(model, locale);
    case 'mermaid': return renderMatrixMermaid(model, locale);
  }
}
