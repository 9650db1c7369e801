// Incremental analysis of a document across versions (used by the language server).
export { IncrementalAnalyzer, type UpdateReport } from './incrementalAnalysis';
export { updateLineIndex } from './lines';
