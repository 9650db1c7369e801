// The keys each part of a plan accepts, in the order completion offers them (required first).
// One source of truth for the reader, completion and documentation.

export const TOP_LEVEL_KEYS = ['journey', 'personas', 'content', 'model', 'phases', 'rules', 'map', 'actions', 'review-by', 'extends'] as const;
export const PHASE_KEYS = ['id', 'name', 'stage', 'description'] as const;
export const PERSONA_KEYS = ['id', 'name', 'description', 'stage'] as const; // personas accept any other key too
export const PIECE_KEYS = ['title', 'persona', 'phase', 'id', 'type', 'status', 'channel', 'owner', 'date', 'url', 'kpi', 'notes'] as const;
export const RULES_KEYS = ['min-per-cell', 'ignore'] as const;
export const IGNORE_KEYS = ['persona', 'phase'] as const;
/** The journey map: what the customer asks and feels per persona × phase. */
export const MAP_KEYS = ['persona', 'phase', 'questions', 'touchpoints', 'emotion', 'pains', 'delights', 'moment-of-truth', 'kpi'] as const;
/** Map keys whose value is a list of texts; entries naming the same cell join them. */
export const MAP_LIST_KEYS = ['questions', 'touchpoints', 'pains', 'delights'] as const;
/** The lessons-learned grid. */
export const ACTION_KEYS = ['title', 'term', 'impact', 'persona', 'phase', 'owner', 'status'] as const;
export const REQUIRED_ACTION_KEYS = ['title', 'term', 'impact'] as const;

export const REQUIRED_PIECE_KEYS = ['title', 'persona', 'phase'] as const;

/** Written in place of a persona or phase id to mean "all of them". */
export const WILDCARD = '*';

/** Ids are used in references and lists: no spaces, commas, colons, brackets or quotes. */
export const ID_PATTERN = /^[^\s,:\[\]{}#&*!|>'"%@`]+$/u;
