// English and Dutch are both complete: the manifest's texts (package.nls*.json), the client's
// messages (vscode.l10n.t → l10n/bundle.l10n.nl.json), the server's message catalogue and the
// preview's label tables. "Complete" means no key missing on either side, no stale key, and no
// Dutch text left in English (except words that are the same in both, listed here).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { SHELL_TEXT } from '../client/src/preview/shell';
import { VIEW_LABELS } from '../server/src/core/view/labels';
import { OVERVIEW_LABELS } from '../server/src/core/view/overviewLabels';
import { LOCALES, messages, type IdKind, type Messages, type PlanPart } from '../server/src/core/messages';
import { codeSpans, placeholders, scanL10nCalls } from './helpers/l10nScan';

const ROOT = path.resolve(__dirname, '..', '..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
const asTable = (value: unknown, what: string): Record<string, string> => {
  assert.ok(value && typeof value === 'object' && !Array.isArray(value), `${what} is a JSON object`);
  for (const [key, text] of Object.entries(value)) assert.equal(typeof text, 'string', `${what}: "${key}" is a string`);
  return value as Record<string, string>;
};

/** Texts that are the same in English and Dutch: names and formats. */
const SAME_IN_BOTH = new Set(['Journey', 'Markdown', 'CSV']);

function assertTranslated(en: Record<string, string>, nl: Record<string, string>, what: string): void {
  assert.deepEqual(Object.keys(nl).sort(), Object.keys(en).sort(), `${what}: the English and Dutch keys differ`);
  for (const [key, english] of Object.entries(en)) {
    assert.ok(english.trim() && nl[key].trim(), `${what}: "${key}" is empty`);
    if (!SAME_IN_BOTH.has(english)) assert.notEqual(nl[key], english, `${what}: "${key}" is not translated`);
  }
}

describe('package.json texts (package.nls.json, package.nls.nl.json)', () => {
  const manifest = readJson('package.json') as Record<string, unknown> & { contributes: Record<string, unknown> };
  const en = asTable(readJson('package.nls.json'), 'package.nls.json');
  const nl = asTable(readJson('package.nls.nl.json'), 'package.nls.nl.json');
  const resolve = (text: string): string => text.replace(/^%(.+)%$/, (_, key: string) => en[key] ?? text);

  /** Every string value in the manifest, with where it is. */
  function* strings(value: unknown, where: string): Generator<[string, string]> {
    if (typeof value === 'string') yield [where, value];
    else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* strings(item, `${where}[${i}]`);
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* strings(item, `${where}.${key}`);
  }
  const placeholderKeys = [...strings(manifest, 'package')].flatMap(([, text]) => /^%(.+)%$/.exec(text)?.[1] ?? []);

  it('has the same keys in English and Dutch, all translated', () => {
    assertTranslated(en, nl, 'package.nls');
  });

  it('keeps the Markdown code spans (setting values, file names) in the Dutch descriptions', () => {
    for (const key of Object.keys(en)) assert.deepEqual(codeSpans(nl[key] ?? ''), codeSpans(en[key]), `package.nls.nl.json: "${key}"`);
  });

  it('has every %key% of package.json, and no key package.json does not use', () => {
    assert.ok(placeholderKeys.length > 0);
    for (const key of placeholderKeys) {
      assert.ok(key in en, `package.nls.json lacks "${key}"`);
      assert.ok(key in nl, `package.nls.nl.json lacks "${key}"`);
    }
    assert.deepEqual(Object.keys(en).filter((key) => !placeholderKeys.includes(key)), [], 'stale keys in package.nls.json');
  });

  it('puts everything the user reads through a %key%: name, description, commands, settings', () => {
    const shown: Array<[string, unknown]> = [
      ['displayName', manifest.displayName],
      ['description', manifest.description],
    ];
    const commands = manifest.contributes.commands as Array<Record<string, unknown>>;
    for (const command of commands) shown.push([`${command.command}.title`, command.title], [`${command.command}.category`, command.category]);
    const configuration = manifest.contributes.configuration as { title: unknown; properties: Record<string, unknown> };
    shown.push(['configuration.title', configuration.title]);
    for (const [where, text] of strings(configuration.properties, 'settings')) {
      if (/\.(description|markdownDescription|deprecationMessage|markdownDeprecationMessage)$|\.(enumDescriptions|markdownEnumDescriptions)\[\d+\]$/.test(where)) shown.push([where, text]);
    }
    for (const [name, property] of Object.entries(configuration.properties) as Array<[string, { description?: unknown; markdownDescription?: unknown }]>) {
      assert.ok(property.description || property.markdownDescription, `the setting ${name} has no description`);
    }
    for (const [where, text] of shown) assert.match(String(text), /^%[^%]+%$/, `${where} is shown to the user but not localised`);
  });

  it('keeps the English palette titles the e2e test runs commands by', () => {
    const commands = manifest.contributes.commands as Array<{ command: string; title: string; category: string }>;
    const titles = Object.fromEntries(commands.map((c) => [c.command, `${resolve(c.category)}: ${resolve(c.title)}`]));
    assert.deepEqual(titles, {
      'journey.showPreview': 'Journey: Open Preview',
      'journey.showPreviewToSide': 'Journey: Open Preview to the Side',
      'journey.togglePreviewLock': 'Journey: Toggle Preview Lock',
      'journey.showPreviewSource': 'Journey: Show Source',
      'journey.exportMatrix': 'Journey: Export Matrix…',
      'journey.exportCalendar': 'Journey: Export Calendar…',
      'journey.copyMermaid': 'Journey: Copy as Mermaid Journey Diagram',
      'journey.newPlan': 'Journey: New Plan…',
      'journey.restartServer': 'Journey: Restart Language Server',
      'journey.openWorkspaceOverview': 'Journey: Open Workspace Overview',
      'journey.movePieceTo': 'Journey: Move to…',
      'journey.changePieceStatus': 'Journey: Change Status…',
      'journey.addPieceHere': 'Journey: Add a Content Piece Here',
    });
    assert.equal(nl['command.copyMermaid'], 'Kopiëren als Mermaid-journeydiagram');
  });

  it('offers Copy as Mermaid in the palette for a plan or its preview, and the client registers every command', () => {
    const palette = (manifest.contributes.menus as { commandPalette: Array<{ command: string; when?: string }> }).commandPalette;
    assert.equal(palette.find((m) => m.command === 'journey.copyMermaid')?.when, "editorLangId == journey || activeWebviewPanelId == 'journey.preview'");
    const client = clientSources().map(([, source]) => source).join('\n');
    for (const { command } of manifest.contributes.commands as Array<{ command: string }>) {
      assert.ok(client.includes(`'${command}'`), `client/src never names the command ${command}`);
    }
  });
});

function clientSources(): Array<[string, string]> {
  const files: Array<[string, string]> = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else if (name.endsWith('.ts')) files.push([path.relative(ROOT, file), readFileSync(file, 'utf8')]);
    }
  };
  walk(path.join(ROOT, 'client', 'src'));
  return files;
}

describe('client messages (vscode.l10n.t → l10n/bundle.l10n.nl.json)', () => {
  const manifest = readJson('package.json') as { l10n?: string };
  const bundleFile = path.join(manifest.l10n ?? '<no "l10n" in package.json>', 'bundle.l10n.nl.json');
  const calls = clientSources().map(([file, source]) => scanL10nCalls(source, file));
  const used = new Set(calls.flatMap((c) => c.messages));

  it('finds the messages, and rejects what it cannot check', () => {
    const scanned = scanL10nCalls(
      "vscode.l10n.t('It\\'s {0}', x); vscode.l10n.t(\"Two\"); vscode.l10n.t(`T ${x}`); vscode.l10n.t(name); vscode.l10n.t('a' + b); const t = vscode.l10n.t;",
    );
    assert.deepEqual(scanned.messages, ["It's {0}", 'Two']);
    assert.equal(scanned.problems.length, 4);
    assert.deepEqual(placeholders('{1} of {0}, {1}'), ['{0}', '{1}']);
  });

  it('passes only string literals to vscode.l10n.t', () => {
    assert.deepEqual(calls.flatMap((c) => c.problems), []);
    assert.ok(used.size >= 20, `only ${used.size} localised messages found in client/src`);
  });

  it('has a Dutch translation of every message, with the same placeholders, and no stale entry', () => {
    assert.ok(existsSync(path.join(ROOT, bundleFile)), `${bundleFile} exists ("l10n" in package.json points at its folder)`);
    const bundle = asTable(readJson(bundleFile), bundleFile);
    const english = Object.fromEntries([...used].map((m) => [m, m]));
    assertTranslated(english, bundle, bundleFile);
    for (const message of used) assert.deepEqual(placeholders(bundle[message]), placeholders(message), `placeholders of "${message}"`);
  });

  it('shows no message, title or tooltip that bypasses vscode.l10n.t', () => {
    // shell.ts is pure (the render tests load it without VS Code): its own en/nl table, tested below.
    const exempt = new Set([path.join('client', 'src', 'preview', 'shell.ts')]);
    const patterns = [
      /show(?:Information|Warning|Error)Message\((?!\s*vscode\.l10n\.t\()/g,
      /\b(?:title|placeHolder|prompt|saveLabel|openLabel|tooltip)\s*:\s*['"`]/g,
      /\.(?:title|tooltip|name)\s*=\s*['"`]/g,
      /createOutputChannel\(\s*['"`]/g,
    ];
    const bypasses: string[] = [];
    for (const [file, source] of clientSources()) {
      if (exempt.has(file)) continue;
      const code = withoutComments(source);
      for (const pattern of patterns) {
        for (const match of code.matchAll(pattern)) bypasses.push(`${file}:${code.slice(0, match.index).split('\n').length}: ${match[0]}`);
      }
    }
    assert.deepEqual(bypasses, []);
  });
});

/** Blanks out comments (keeping line numbers), so that examples in comments are not flagged. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/^\s*\/\/.*$/gm, '');
}

describe('server message catalogue (server/src/core/messages.ts)', () => {
  const PARTS: PlanPart[] = ['top', 'phase', 'persona', 'piece', 'rules', 'ignore', 'kpi', 'map', 'action'];
  const KINDS: IdKind[] = ['persona', 'phase', 'piece'];
  /** Arguments to call each message with; every message must be here (a new one fails below). */
  const SAMPLES: { [K in keyof Messages]?: Array<Parameters<Messages[K]>> } = {
    didYouMean: [['awareness']],
    yamlSyntax: [['Map keys must be unique']],
    analysisFailed: [['boom']],
    fileTooLarge: [[3_000_000, 2_000_000], [2_000, 1_500], [1_049_000, 1_048_800]],
    tooManyTokens: [[800_000]],
    nestedTooDeeply: [[64]],
    checkingPlans: [[0, 200], [1234, 5000]],
    tooManyProblems: [[39_001, 1_000]],
    tooManyCells: [[120, 90, 10_000]],
    missingTitle: [[]],
    missingPersonas: [[]],
    missingField: PARTS.map((part) => [part, 'title']),
    notAMapping: [[]],
    severalDocuments: [[2]],
    expectedList: [['personas']],
    expectedMapping: PARTS.map((part) => [part]),
    expectedText: [['title']],
    expectedIds: [['persona']],
    emptyId: [[]],
    unknownValue: [['status', 'done', ['idea', 'draft', 'published']]],
    invalidDate: [['2024-02-30']],
    invalidUrl: [['example.com']],
    invalidMinPerCell: [['-1']],
    invalidKpi: [['leads']],
    unknownModel: [['aida2', ['hubspot', 'aida', 'see-think-do-care']]],
    unknownPersona: [['cfo']],
    unknownPhase: [['awarenes', ['awareness', 'consideration']]],
    duplicateId: KINDS.map((kind) => [kind, 'dup']),
    unknownKey: PARTS.map((part) => ['colour', part]),
    emptyPhase: [['Awareness']],
    personaWithoutContent: [['CFO']],
    emptyCell: [['CFO', 'Awareness', 0, 1], ['CFO', 'Awareness', 1, 2]],
    expectedTexts: [['questions']],
    invalidEmotion: [['3', -2, 2]],
    invalidBoolean: [['moment-of-truth', 'yes']],
    momentOfTruthGap: [['CFO', 'Purchase', 0, 1], ['CFO', 'Purchase', 1, 2]],
    outsidePersonaStage: [['Klant', 'customer', 'Awareness', 'buyer'], ['Prospect', 'buyer', 'Usage', 'customer']],
    kpiBelowTarget: [['CFO', 'Purchase', 'leads', 10, 40]],
    overdue: [['Blog', 'draft', 1], ['Blog', 'draft', 12], [undefined, 'idea', 3]],
    reviewDue: [['2026-03-01', 1], ['2026-03-01', 14]],
    expectedPaths: [[]],
    baseMissing: [['./team.journey']],
    baseNotAPlan: [['./notes.md']],
    baseCycle: [[['./a.journey', './b.journey', './a.journey']]],
    duplicateIdInBase: KINDS.map((kind) => [kind, 'dup', './team.journey']),
  };

  it('has both locales', () => {
    assert.deepEqual([...LOCALES].sort(), ['en', 'nl']);
  });

  it('says every message in Dutch, differently from English', () => {
    const en = messages('en');
    const nl = messages('nl');
    assert.deepEqual(Object.keys(nl).sort(), Object.keys(en).sort());
    const missing = Object.keys(en).filter((name) => !(name in SAMPLES));
    assert.deepEqual(missing, [], 'add sample arguments for these messages to SAMPLES in test/l10n.test.ts');
    for (const [name, calls] of Object.entries(SAMPLES) as Array<[keyof Messages, unknown[][]]>) {
      for (const args of calls) {
        const say = (catalogue: Messages): string => (catalogue[name] as (...a: unknown[]) => string)(...args);
        const [english, dutch] = [say(en), say(nl)];
        assert.ok(english.trim() && dutch.trim(), `${name}(${JSON.stringify(args)}) is empty`);
        assert.notEqual(dutch, english, `${name}(${JSON.stringify(args)}) is not translated`);
        assert.doesNotMatch(`${english} ${dutch}`, /undefined|NaN|\[object/, `${name}(${JSON.stringify(args)})`);
      }
    }
  });
});

describe('preview and export labels (client/src/preview/shell.ts, server/src/core/view/labels.ts)', () => {
  /** Labels that are the same word in both languages. */
  const SAME = new Set(['filters', 'filtersTitle', 'persona', 'filters.status', 'filters.type', 'retired(#0)', 'retired(#1)', 'retired(#2)', 'matrixView', 'compact', 'agenda',
    'minPerCell(#0)', 'minPerCell(#1)', 'minPerCell(#2)', 'map.momentOfTruth', 'map.touchpoints',
    'plan', 'cells(#0)', 'cells(#1)', 'cells(#2)']);

  /** Flattens a label table to `path → text`, calling functions with sample arguments. */
  function flatten(table: Record<string, unknown>, prefix = ''): Map<string, string> {
    const out = new Map<string, string>();
    for (const [key, value] of Object.entries(table)) {
      const name = prefix + key;
      if (typeof value === 'string') out.set(name, value);
      else if (typeof value === 'function') {
        // Several argument sets, so that both sides of `n === 1 ? … : …` are compared.
        for (const [i, args] of [[3, 7, 43, 2], [0, 1, 5, 2], [1, 2, 50, 1]].entries()) {
          out.set(`${name}(#${i})`, String((value as (...a: unknown[]) => unknown)(...args.slice(0, value.length))));
        }
      }
      else if (value && typeof value === 'object') for (const [k, v] of flatten(value as Record<string, unknown>, `${name}.`)) out.set(k, v);
      else assert.fail(`${name} is neither a text nor a function`);
    }
    return out;
  }

  function assertComplete(tables: Record<string, unknown>, what: string): void {
    assert.deepEqual(Object.keys(tables).sort(), ['en', 'nl'], `${what}: locales`);
    const en = flatten(tables.en as Record<string, unknown>);
    const nl = flatten(tables.nl as Record<string, unknown>);
    assert.deepEqual([...nl.keys()].sort(), [...en.keys()].sort(), `${what}: the English and Dutch labels differ`);
    for (const [key, english] of en) {
      assert.ok(english.trim() && nl.get(key)?.trim(), `${what}: ${key} is empty`);
      if (!SAME.has(key)) assert.notEqual(nl.get(key), english, `${what}: ${key} is not translated`);
    }
  }

  it('the shell has every label in English and Dutch', () => {
    assertComplete(SHELL_TEXT, 'shell.ts');
  });

  it('the webview and the HTML export have every label in English and Dutch', () => {
    assertComplete(VIEW_LABELS, 'server/src/core/view/labels.ts');
  });

  it('the workspace overview has every label in English and Dutch', () => {
    assertComplete(OVERVIEW_LABELS, 'server/src/core/view/overviewLabels.ts');
  });
});
