// The text of a new plan, for "Journey: New Plan…": valid, commented in the user's language,
// and with no content yet, so every cell shows as a gap from the first moment.
import { yamlScalar } from './edits/textEdit';
import type { Locale } from './messages';
import { DEFAULT_MODEL, findModel, KNOWN_PHASES } from './phaseModels';

export interface NewPlan {
  title: string;
  /** A built-in model id, or null for "my own phases" (a `phases:` list to edit). */
  model: string | null;
  /** The persona names, as typed. */
  personas: string[];
  locale: Locale;
}

const COMMENTS = {
  en: {
    head: (title: string) => [
      `# Content plan: ${title}.`,
      '# Every persona × phase without content is a gap: Journey lists them in Problems,',
      '# and the preview (Ctrl+K V) shows the whole matrix.',
    ],
    model: 'the phases of the journey',
    phases: 'your own phases: rename, add or remove them (stage: buyer up to the purchase, customer after it)',
    personas: 'who you write for; a piece refers to a persona by its id',
    description: 'description: who is this, and what do they want to achieve?',
    content: [
      '  # Add a piece per "- title:", for example:',
      '  # - title: 5 signs your software is outdated',
      '  #   type: blog',
    ],
    status: 'idea',
  },
  nl: {
    head: (title: string) => [
      `# Contentplan: ${title}.`,
      '# Elke persona × fase zonder content is een gat: Journey toont ze in Problemen,',
      '# en het voorbeeld (Ctrl+K V) toont de hele matrix.',
    ],
    model: 'de fasen van de klantreis',
    phases: 'je eigen fasen: hernoem, voeg toe of verwijder (stage: buyer tot en met de aankoop, customer daarna)',
    personas: 'voor wie je schrijft; een stuk verwijst naar een persona met zijn id',
    description: 'description: wie is dit, en wat wil die bereiken?',
    content: [
      '  # Voeg een stuk toe per "- title:", bijvoorbeeld:',
      '  # - title: 5 signalen dat je software verouderd is',
      '  #   type: blog',
    ],
    status: 'idea',
  },
} as const;

export function newPlanText(request: NewPlan): string {
  const c = COMMENTS[request.locale];
  const model = request.model === null ? undefined : findModel(request.model) ?? findModel(DEFAULT_MODEL)!;
  const phaseIds = (model ?? findModel(DEFAULT_MODEL)!).phases;
  const ids = personaIds(request.personas);
  const lines: string[] = [...c.head(request.title), `journey: ${yamlScalar(request.title)}`];
  if (model) {
    lines.push(`model: ${model.id}   # ${c.model}: ${phaseIds.map((id) => KNOWN_PHASES[id].name[request.locale]).join(' → ')}`);
  } else {
    lines.push(`phases:   # ${c.phases}`);
    for (const id of phaseIds) lines.push(`  - id: ${id}`, `    name: ${yamlScalar(KNOWN_PHASES[id].name[request.locale])}`, `    stage: ${KNOWN_PHASES[id].stage}`);
  }
  lines.push(`personas:   # ${c.personas}`);
  request.personas.forEach((name, i) => lines.push(`  - id: ${ids[i]}`, `    name: ${yamlScalar(name)}`, `    # ${c.description}`));
  lines.push('content: []', ...c.content, `  #   persona: ${ids[0] ?? 'id'}`, `  #   phase: ${phaseIds[0]}`, `  #   status: ${c.status}`);
  return lines.join('\n') + '\n';
}

/** `Ivo, IT-manager` → `ivo-it-manager`: lowercase words with hyphens, unique within the plan. */
export function personaIds(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name, i) => {
    const base = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '') || `persona-${i + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}
