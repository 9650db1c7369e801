// The one protocol module: what crosses the wire between the server, the extension and the
// preview webview, named and typed once. Pure: no vscode, no LSP, no DOM.
export * from './exportFormats';
export * from './matrixCheck';
export * from './matrixView';
export * from './methods';
export * from './pieceEdits';
export * from './webview';
export * from './workspaceOverview';
