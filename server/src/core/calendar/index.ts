// The plan in time: calendar entries, the agenda, month grids, and the calendar exports.
export * from './agenda';
export * from './entries';
export * from './labels';
export * from './month';
export * from './render';
