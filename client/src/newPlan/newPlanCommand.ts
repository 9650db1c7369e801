// "Journey: New Plan…": three questions (the phases, the title, the personas), then a valid,
// commented plan in the UI language, opened with its preview beside it, its gaps showing at once.
import * as vscode from 'vscode';
import { toLocale, type Locale } from '../../../server/src/core/messages';
import { newPlanText, personaIds } from '../../../server/src/core/newPlan';
import { KNOWN_PHASES, PHASE_MODELS } from '../../../server/src/core/phaseModels';
import { SHOW_PREVIEW_TO_SIDE_COMMAND } from '../preview';

export const NEW_PLAN_COMMAND = 'journey.newPlan';

export function registerNewPlanCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(NEW_PLAN_COMMAND, (folder?: unknown) => newPlan(folder)));
}

async function newPlan(folderArgument: unknown): Promise<vscode.Uri | undefined> {
  const locale = toLocale(vscode.env.language);
  const model = await pickModel(locale);
  if (model === undefined) return undefined;
  const title = await vscode.window.showInputBox({
    title: vscode.l10n.t('New Journey plan (2/3)'),
    prompt: vscode.l10n.t('The plan\'s title: the client, product or campaign it is for'),
    placeHolder: vscode.l10n.t('Acme CRM — content plan 2027'),
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('Give the plan a title.')),
  });
  if (title === undefined) return undefined;
  const personas = await askPersonas();
  if (!personas) return undefined;

  const target = await targetFile(folderArgument, title.trim());
  if (!target) return undefined;
  const text = newPlanText({ title: title.trim(), model: model.id, personas, locale });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
  await vscode.window.showTextDocument(target, { viewColumn: vscode.ViewColumn.One });
  await vscode.commands.executeCommand(SHOW_PREVIEW_TO_SIDE_COMMAND, target);
  return target;
}

interface ModelItem extends vscode.QuickPickItem {
  id: string | null;
}

async function pickModel(locale: Locale): Promise<ModelItem | undefined> {
  // The phases, in the UI language, are what a marketer recognises; the model's id is what the plan will say.
  const items: ModelItem[] = PHASE_MODELS.map((model) => ({
    id: model.id,
    label: model.phases.map((id) => KNOWN_PHASES[id].name[locale]).join(' → '),
    description: model.id,
    detail: model.description[locale],
  }));
  items.push({
    id: null,
    label: vscode.l10n.t('My own phases'),
    description: vscode.l10n.t('A list of phases to rename, add to or remove from'),
  });
  return vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('New Journey plan (1/3)'),
    placeHolder: vscode.l10n.t('Which phases does the journey have?'),
    matchOnDescription: true,
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
}

/** One input box per persona, until an empty one after the first: names may hold commas ("Ivo, IT-manager"). */
async function askPersonas(): Promise<string[] | undefined> {
  const names: string[] = [];
  for (;;) {
    const name = await vscode.window.showInputBox({
      title: vscode.l10n.t('New Journey plan (3/3)'),
      prompt: names.length === 0
        ? vscode.l10n.t('Who do you write for? The first persona\'s name')
        : vscode.l10n.t('Personas so far: {0}. Another name, or Enter on an empty line to create the plan', names.join('; ')),
      placeHolder: vscode.l10n.t('Ivo, IT-manager'),
      ignoreFocusOut: true,
      validateInput: (value) => (names.length === 0 && !value.trim() ? vscode.l10n.t('A plan needs at least one persona.') : undefined),
    });
    if (name === undefined) return undefined;
    if (!name.trim()) return names;
    names.push(name.trim());
  }
}

/** `title.journey` in the folder it was invoked on, else in the first workspace folder (never over a file); else the user picks. */
async function targetFile(folderArgument: unknown, title: string): Promise<vscode.Uri | undefined> {
  const folder = folderArgument instanceof vscode.Uri ? await asFolder(folderArgument) : vscode.workspace.workspaceFolders?.[0]?.uri;
  const base = personaIds([title])[0];
  if (!folder) {
    return vscode.window.showSaveDialog({ filters: { [vscode.l10n.t('Journey plan')]: ['journey'] }, saveLabel: vscode.l10n.t('Create plan') });
  }
  for (let n = 1; ; n++) {
    const candidate = vscode.Uri.joinPath(folder, `${base}${n === 1 ? '' : `-${n}`}.journey`);
    if (!(await exists(candidate))) return candidate;
  }
}

async function asFolder(uri: vscode.Uri): Promise<vscode.Uri> {
  const stat = await vscode.workspace.fs.stat(uri);
  return stat.type & vscode.FileType.Directory ? uri : vscode.Uri.joinPath(uri, '..');
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
