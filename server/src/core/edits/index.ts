// Edits the extension makes to a plan: quick fixes, adding pieces and ignore rules, rename.
export * from './codeActions';
export * from './planEdits';
export * from './rename';
export * from './scheduleEdits';
export * from './textEdit';
export * from './pieceEdits';
