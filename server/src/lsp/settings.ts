// The user's `journey.*` settings as the analysis needs them, read per document through
// `workspace/configuration` and re-read when the client says they changed.
import type { Connection } from 'vscode-languageserver/node';
import { DIAGNOSTIC_CODES, type AnalysisOptions, type DiagnosticCode, type Locale, type SeveritySetting } from '../core';

export interface JourneySettings {
  diagnostics?: { severity?: Record<string, unknown> };
  rules?: { minPerCell?: unknown };
  maxFileSize?: unknown;
  codeLens?: { enabled?: unknown };
  inlayHints?: { enabled?: unknown };
}

/** What the editor shows besides diagnostics: `journey.codeLens.enabled`, `journey.inlayHints.enabled` (both on by default). */
export interface EditorSettings {
  codeLens: boolean;
  inlayHints: boolean;
}

export function toEditorSettings(settings: JourneySettings | null | undefined): EditorSettings {
  return { codeLens: settings?.codeLens?.enabled !== false, inlayHints: settings?.inlayHints?.enabled !== false };
}

const SEVERITY_SETTINGS: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

/** Turns raw (untrusted) settings into analysis options, ignoring values of the wrong shape. */
export function toAnalysisOptions(settings: JourneySettings | null | undefined, locale: Locale): AnalysisOptions {
  const options: AnalysisOptions = { locale };
  const severity: Partial<Record<DiagnosticCode, SeveritySetting>> = {};
  for (const [code, value] of Object.entries(settings?.diagnostics?.severity ?? {})) {
    if ((DIAGNOSTIC_CODES as readonly string[]).includes(code) && typeof value === 'string' && SEVERITY_SETTINGS.includes(value)) {
      severity[code as DiagnosticCode] = value as SeveritySetting;
    }
  }
  options.severity = severity;
  const min = settings?.rules?.minPerCell;
  if (typeof min === 'number' && Number.isInteger(min) && min >= 0) options.minPerCell = min;
  const maxFileSize = settings?.maxFileSize;
  if (typeof maxFileSize === 'number' && Number.isInteger(maxFileSize) && maxFileSize > 0) options.maxFileSize = maxFileSize;
  return options;
}

export class Settings {
  private readonly cache = new Map<string, Promise<{ options: AnalysisOptions; editor: EditorSettings }>>();

  constructor(
    private readonly connection: Connection,
    private readonly locale: Locale,
    private readonly canAsk: () => boolean,
  ) {}

  async forDocument(uri: string): Promise<AnalysisOptions> {
    return (await this.read(uri)).options;
  }

  async editorFor(uri: string): Promise<EditorSettings> {
    return (await this.read(uri)).editor;
  }

  private read(uri: string): Promise<{ options: AnalysisOptions; editor: EditorSettings }> {
    let read = this.cache.get(uri);
    if (!read) {
      const derive = (raw: JourneySettings | undefined) => ({ options: toAnalysisOptions(raw, this.locale), editor: toEditorSettings(raw) });
      read = this.canAsk()
        ? this.connection.workspace
            .getConfiguration({ scopeUri: uri, section: 'journey' })
            .then((raw: JourneySettings) => derive(raw), () => derive(undefined))
        : Promise.resolve(derive(undefined));
      this.cache.set(uri, read);
    }
    return read;
  }

  forget(uri?: string): void {
    if (uri === undefined) this.cache.clear();
    else this.cache.delete(uri);
  }
}
