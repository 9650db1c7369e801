// Incremental analysis of a document across versions (used by the language server).
export { IncrementalAnalyzer, type Edited, type UpdateReport } from './incrementalAnalysis';
export { updateLineIndex } from './lines';
