// Every LSP feature the server offers, one module each. Add a feature by adding it here.
import { codeActionsFeature } from './codeActionsFeature';
import { codeLensFeature } from './codeLensFeature';
import { completionFeature } from './completionFeature';
import { diagnosticsFeature } from './diagnosticsFeature';
import type { Feature } from './feature';
import { hoverFeature } from './hoverFeature';
import { inlayHintsFeature } from './inlayHintsFeature';
import { matrixFeature } from './matrixRequests';
import { navigationFeature } from './navigationFeature';
import { overviewFeature } from './overviewFeature';
import { pieceEditsFeature } from './pieceEditsFeature';
import { statsFeature } from './statsFeature';
import { structureFeature } from './structureFeature';

export const FEATURES: Feature[] = [
  diagnosticsFeature,
  matrixFeature,
  navigationFeature,
  codeActionsFeature,
  pieceEditsFeature,
  structureFeature,
  completionFeature,
  hoverFeature,
  codeLensFeature,
  inlayHintsFeature,
  statsFeature,
  overviewFeature,
];
