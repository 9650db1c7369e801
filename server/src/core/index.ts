// The public face of the analysis core. Adapters (language server, CLI) import from here only.
export * from './analyze';
export * from './bases';
export * from './diagnostics';
export * from './lineIndex';
export * from './matrix';
export * from './matrixModel';
export * from './messages';
export * from './phaseModels';
export * from './plan';
export * from './fields';
export * from './symbols';
export * from './outline';
export * from './mapViews';
export * from './cellMap';
export * from './dates';
export * from './schedule';
