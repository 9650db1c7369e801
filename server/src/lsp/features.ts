// Every LSP feature the server offers, one module each. Add a feature by adding it here.
import { codeActionsFeature } from './codeActionsFeature';
import { diagnosticsFeature } from './diagnosticsFeature';
import type { Feature } from './feature';
import { matrixFeature } from './matrixRequests';
import { navigationFeature } from './navigationFeature';
import { structureFeature } from './structureFeature';

export const FEATURES: Feature[] = [
  diagnosticsFeature,
  matrixFeature,
  navigationFeature,
  codeActionsFeature,
  structureFeature,
];
