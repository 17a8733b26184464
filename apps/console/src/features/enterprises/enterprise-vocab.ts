import type { paths } from '../../api/schema';

type ListQuery = NonNullable<paths['/enterprises']['get']['parameters']['query']>;
export type District = NonNullable<ListQuery['district']>;
export type Track = NonNullable<ListQuery['track']>;
export type Step = NonNullable<ListQuery['step']>;
export type Status = NonNullable<ListQuery['status']>;

// The values the generated client types allow, listed once for the filters' options. `satisfies`
// keeps each list inside its generated type; a value the API drops fails the type check here.
export const TRACKS = ['A', 'B', 'C', 'D'] as const satisfies readonly Track[];
export const STATUSES = ['awaiting-index', 'active', 'closed'] as const satisfies readonly Status[];
export const STEPS = [
  'intention',
  'destination',
  'site-visit',
  'negotiation',
  'agreement',
  'legacy-land',
  'labour',
  'relocation',
  'operating',
  'follow-up',
  'upgrade',
  'support-plan',
  'periodic-review',
  'hq-rooting',
  'exit-plan',
  'exit-verified',
  'notice',
  'closure-decision',
  'closure-verified',
  'order',
] as const satisfies readonly Step[];

// Solid tags in dark tones: white text on each is ≥ 5.5:1 (antd's light preset tags are not 4.5:1).
export const TRACK_COLOUR: Record<Track, string> = { A: '#237804', B: '#0958d9', C: '#ad4e00', D: '#a8071a' };
/** An overdue mark, in the same dark red. */
export const OVERDUE_COLOUR = '#a8071a';

/** The seeded plan (深府办〔2009〕98号): `npm start` loads it under this id; an import names its plan. */
export const SEED_PLAN_ID = 'shenzhen-2009-98';
