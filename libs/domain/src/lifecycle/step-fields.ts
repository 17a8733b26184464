import type { EnterpriseStep } from './enterprise-lifecycle';

/**
 * How a person gives one recorded value: a line or a paragraph of text, a date (YYYY-MM-DD), a
 * whole number, a list given one item a line, a park of the destination candidates, or one of
 * fixed options.
 */
export type StepFieldKind = 'text' | 'textarea' | 'date' | 'count' | 'lines' | 'park' | { options: readonly string[] };

export interface StepField {
  readonly name: string;
  readonly kind: StepFieldKind;
  /** May be left out of what is sent (a `lines` field without it is sent as an empty list when blank only if {@link emptyAllowed}). */
  readonly optional?: boolean;
  /** A list the API takes empty: not required in a form, sent as `[]` when blank. */
  readonly emptyAllowed?: boolean;
}

/**
 * What an official records when completing each enterprise step over HTTP, field by field: the
 * console draws its step forms from this (through a Vite alias, as plain data), and
 * `stepPayloadSchemas` in libs/contracts validate exactly these fields (a contracts test
 * compares the two, so neither drifts). For the destination step the API fills in the park's
 * name, region, rank, fit and the matcher's reasons itself. The fields are ours; the steps are
 * the seed's (see ENTERPRISE_STEPS).
 */
export const STEP_FIELDS = {
  intention: [
    { name: 'decision', kind: { options: ['transfer', 'upgrade', 'exit'] } },
    { name: 'note', kind: 'textarea', optional: true },
  ],
  destination: [
    { name: 'parkId', kind: 'park' },
    { name: 'reasons', kind: 'lines', emptyAllowed: true },
  ],
  'site-visit': [
    { name: 'visitedOn', kind: 'date' },
    { name: 'participants', kind: 'count' },
    { name: 'notes', kind: 'textarea', optional: true },
  ],
  negotiation: [{ name: 'summary', kind: 'textarea' }],
  agreement: [
    { name: 'signedOn', kind: 'date' },
    { name: 'agreementRef', kind: 'text' },
  ],
  'legacy-land': [
    { name: 'resolution', kind: { options: ['revitalised', 'transferred', 'returned', 'other'] } },
    { name: 'notes', kind: 'textarea', optional: true },
  ],
  labour: [
    { name: 'disputesResolved', kind: 'count' },
    { name: 'workersRetrained', kind: 'count' },
    { name: 'notes', kind: 'textarea', optional: true },
  ],
  relocation: [{ name: 'relocatedOn', kind: 'date' }],
  operating: [{ name: 'startedOn', kind: 'date' }],
  'follow-up': [{ name: 'notes', kind: 'textarea' }],
  upgrade: [{ name: 'plan', kind: 'textarea' }],
  notice: [{ name: 'noticeRef', kind: 'text' }],
  order: [
    { name: 'order', kind: { options: ['rectify', 'close'] } },
    { name: 'deadline', kind: 'date' },
  ],
  'closure-verified': [
    { name: 'verifiedOn', kind: 'date' },
    { name: 'notes', kind: 'textarea', optional: true },
  ],
  'support-plan': [{ name: 'measures', kind: 'lines' }],
  'periodic-review': [{ name: 'outcome', kind: 'textarea' }],
  'hq-rooting': [
    { name: 'measures', kind: 'lines' },
    { name: 'notes', kind: 'textarea', optional: true },
  ],
  'exit-plan': [
    { name: 'plan', kind: 'textarea' },
    { name: 'exitBy', kind: 'date' },
  ],
  'exit-verified': [
    { name: 'verifiedOn', kind: 'date' },
    { name: 'notes', kind: 'textarea', optional: true },
  ],
  'closure-decision': [
    { name: 'decisionRef', kind: 'text' },
    { name: 'closeBy', kind: 'date' },
    { name: 'legalBasis', kind: 'text', optional: true },
  ],
} as const satisfies Record<EnterpriseStep, readonly StepField[]>;
