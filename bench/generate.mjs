// Generates realistic `.journey` plans for the benchmark: 8 personas, the `b2b` model, and N
// content pieces with the fields marketers fill in. Deterministic (seeded), so every run and
// every machine measures the same text.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const PERSONAS = [
  ['it-manager', 'Ivo, IT-manager', 'Beslist mee over software; let op integraties en beveiliging.'],
  ['cfo', 'Carla, CFO', 'Tekent de begroting; wil een onderbouwde business case.'],
  ['teamlead', 'Tim, teamlead sales', 'Eindgebruiker; werkt dagelijks in het CRM.'],
  ['directeur', 'Dirk, algemeen directeur', 'Eindverantwoordelijk; denkt in groei en risico.'],
  ['marketeer', 'Mira, marketingmanager', 'Zoekt leads en wil campagnes kunnen meten.'],
  ['inkoper', 'Ingrid, inkoper', 'Vergelijkt leveranciers op prijs en voorwaarden.'],
  ['support', 'Sam, supportmedewerker', 'Helpt klanten na de aankoop; wil minder tickets.'],
  ['ontwikkelaar', 'Olaf, ontwikkelaar', 'Bouwt koppelingen; leest documentatie en API-referenties.'],
];
const PHASES = ['awareness', 'consideration', 'purchase', 'initiate', 'engage', 'advocacy'];
const TYPES = ['blog', 'whitepaper', 'webinar', 'case', 'video', 'checklist', 'email', 'landing-page', 'infographic', 'podcast'];
const CHANNELS = ['website', 'linkedin', 'email', 'youtube', 'events', 'partner-portal'];
const STATUSES = ['idea', 'planned', 'draft', 'review', 'scheduled', 'published', 'published', 'published', 'retired'];
const OWNERS = ['Sanne', 'Pieter', 'Fatima', 'Joris', 'Lotte', 'Bram'];
const SUBJECTS = ['ERP', 'CRM', 'facturatie', 'voorraadbeheer', 'klantportaal', 'rapportages', 'integraties', 'AVG', 'cloudmigratie', 'support'];
const TEMPLATES = [
  (s) => `5 signalen dat je ${s} verouderd is`,
  (s) => `Wat kost ${s} écht?`,
  (s) => `${s} in 30 dagen live — het stappenplan`,
  (s) => `Checklist — ${s} kiezen zonder spijt`,
  (s) => `Hoe een groothandel zijn ${s} vernieuwde`,
  (s) => `${s} — de 7 meest gestelde vragen`,
  (s) => `Webinar — ${s} voor het mkb`,
  (s) => `Zo haal je meer uit je ${s}`,
];

/** A small, fast, seeded PRNG (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generatePlan(pieces, seed = 42) {
  const rnd = random(seed + pieces);
  return [
    `# Contentplan Acme — ${pieces} stukken (gegenereerd voor de benchmark)`,
    `journey: Acme CRM — contentplan ${pieces}`,
    'model: b2b',
    '',
    ...personaLines(),
    ...contentLines(pieces, rnd),
    ...ruleLines(),
  ].join('\n') + '\n';
}

/**
 * A team's workspace: `team.journey` with the personas, the model and the rules, and `plans`
 * plans of `pieces` pieces each that extend it (`extends: ../team.journey`), in `plans/`.
 */
export function generateWorkspace(plans, pieces, seed = 7) {
  const base = ['# De personas, fasen en regels van het hele team', 'journey: Acme — team', 'model: b2b', '', ...personaLines(), ...ruleLines()].join('\n') + '\n';
  const files = [];
  for (let k = 0; k < plans; k++) {
    const name = `plan-${String(k + 1).padStart(3, '0')}.journey`;
    const text = ['extends: ../team.journey', `journey: Acme — markt ${k + 1}`, '', ...contentLines(pieces, random(seed + k))].join('\n') + '\n';
    files.push({ path: `plans/${name}`, text });
  }
  return { base: { path: 'team.journey', text: base }, plans: files };
}

function personaLines() {
  const out = ['personas:'];
  for (const [id, name, description] of PERSONAS) out.push(`  - id: ${id}`, `    name: ${name}`, `    description: ${description}`, '');
  return out;
}

function ruleLines() {
  return ['rules:', '  min-per-cell: 1', '  ignore:', '    - { persona: cfo, phase: advocacy }', '    - { persona: ontwikkelaar, phase: purchase }'];
}

function contentLines(pieces, rnd) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const out = ['content:'];
  for (let i = 0; i < pieces; i++) {
    const phaseIndex = Math.floor((i / pieces) * PHASES.length);
    if (i === 0 || Math.floor(((i - 1) / pieces) * PHASES.length) !== phaseIndex) out.push(`  # ── ${PHASES[phaseIndex]} ──`);
    const subject = pick(SUBJECTS);
    const roll = rnd();
    // Most pieces serve one persona; some two; a few every persona.
    const persona = roll < 0.85 ? pick(PERSONAS)[0] : roll < 0.97 ? `[${pick(PERSONAS)[0]}, ${pick(PERSONAS)[0]}]` : '"*"';
    const phase = rnd() < 0.9 ? PHASES[phaseIndex] : `[${PHASES[phaseIndex]}, ${pick(PHASES)}]`;
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const id = `stuk-${String(i + 1).padStart(5, '0')}`;
    out.push(`  - id: ${id}`);
    out.push(`    title: ${pick(TEMPLATES)(subject)}`);
    out.push(`    type: ${pick(TYPES)}`);
    out.push(`    persona: ${persona}`);
    out.push(`    phase: ${phase}`);
    out.push(`    channel: ${pick(CHANNELS)}`);
    out.push(`    status: ${pick(STATUSES)}`);
    out.push(`    owner: ${pick(OWNERS)}`);
    out.push(`    date: 2026-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    if (rnd() < 0.6) out.push(`    url: https://www.acme-software.nl/${subject.toLowerCase()}/${id}`);
    if (rnd() < 0.4) out.push(`    kpi: { bezoekers: ${Math.floor(rnd() * 5000)}, leads: ${Math.floor(rnd() * 50)} }`);
    if (rnd() < 0.2) out.push(`    notes: Afstemmen met ${pick(OWNERS)} over de ${pick(CHANNELS)}-campagne.`);
    out.push('');
  }
  return out;
}

export function writePlan(path, pieces) {
  mkdirSync(dirname(path), { recursive: true });
  const text = generatePlan(pieces);
  writeFileSync(path, text);
  return text;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const n of process.argv.slice(2).map(Number)) console.log(`bench/plans/plan-${n}.journey`, writePlan(`bench/plans/plan-${n}.journey`, n).length);
}
