import { z } from 'zod';
import { DISTRICT_CODES, ENTERPRISE_ID_PATTERN, ENTERPRISE_STEPS, TRACKS, enterpriseRegistrationSchema, type EnterpriseClassification } from '@duban/domain';
import { planIdField } from '../http/fields';
import { ENTERPRISE_LIST_KEYSET, pageFields, refinePaging, type PageInfo } from '../pagination';

// Request bodies, query strings and answers of the enterprises API (strict schemas).

/** The most rows one bulk import takes (CSV data rows or JSON items). */
export const ENTERPRISE_IMPORT_MAX_ROWS = 1000;

/** `POST /enterprises`: one registration, for a plan whose evaluation index (T1) classifies it. */
export const registerEnterpriseSchema = z.object({ planId: planIdField, enterprise: enterpriseRegistrationSchema }).strict();
export type RegisterEnterpriseRequest = z.infer<typeof registerEnterpriseSchema>;

/** `POST /enterprises/import?planId=…` with a CSV body: the plan comes from the query string. */
export const enterpriseImportQuerySchema = z.object({ planId: planIdField.optional() }).strict();
export type EnterpriseImportQuery = z.infer<typeof enterpriseImportQuerySchema>;

/**
 * `POST /enterprises/import` with a JSON body. The items are validated one by one (a bad item is a
 * rejected row of the report, not a 400), so here they are only required to be objects.
 */
export const enterpriseImportBodySchema = z
  .object({
    planId: planIdField,
    enterprises: z.array(z.record(z.unknown())).min(1).max(ENTERPRISE_IMPORT_MAX_ROWS),
  })
  .strict();
export type EnterpriseImportBody = z.infer<typeof enterpriseImportBodySchema>;

/** `POST /enterprises/:id/steps/:step`: what completing the step records (see STEP_PAYLOAD_SCHEMAS). */
export const completeEnterpriseStepSchema = z.object({ payload: z.record(z.unknown()) }).strict();
export type CompleteEnterpriseStepRequest = z.infer<typeof completeEnterpriseStepSchema>;

export const ENTERPRISE_STATUSES = ['awaiting-index', 'active', 'closed'] as const;
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];

/** `GET /enterprises`: the enterprise list. Every filter is optional; filters combine with AND. */
export const enterpriseListQuerySchema = z
  .object({
    district: z.enum(DISTRICT_CODES).optional(),
    track: z.enum(TRACKS).optional(),
    /** Enterprises where this step is open. */
    step: z.enum(ENTERPRISE_STEPS).optional(),
    /** `true`: an open step's deadline has passed; `false`: none has. */
    overdue: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
    /** The destination park chosen at the destination step. */
    park: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'is not a park id').optional(),
    status: z.enum(ENTERPRISE_STATUSES).optional(),
    planId: planIdField.optional(),
    ...pageFields(50, 500, ENTERPRISE_LIST_KEYSET),
  })
  .strict()
  .superRefine(refinePaging);
export type EnterpriseListQuery = z.infer<typeof enterpriseListQuerySchema>;

export const ENTERPRISE_ROLLUP_KEYS = ['district', 'park', 'track'] as const;
export type EnterpriseRollupKey = (typeof ENTERPRISE_ROLLUP_KEYS)[number];
export const enterpriseRollupQuerySchema = z.object({ by: z.enum(ENTERPRISE_ROLLUP_KEYS), planId: planIdField.optional() }).strict();
export type EnterpriseRollupQuery = z.infer<typeof enterpriseRollupQuerySchema>;

/** An enterprise id in a path: see ENTERPRISE_ID_PATTERN. */
export const isEnterpriseId = (id: string): boolean => ENTERPRISE_ID_PATTERN.test(id);

/** One open step of an enterprise in the list. */
export interface EnterpriseOpenStep {
  step: string;
  stepId: string;
  unit: string;
  due: string;
  /** The end of `due`, Asia/Shanghai (ISO-8601, UTC). */
  deadline: string;
  overdue: boolean;
}

/** One row of `GET /enterprises`, from the enterprise projection. */
export interface EnterpriseListItem {
  enterpriseId: string;
  planId: string;
  name: string;
  district: string;
  industry: string;
  status: EnterpriseStatus;
  track?: string;
  score?: number;
  intention?: 'transfer' | 'upgrade';
  park?: { parkId: string; parkName: string; region: string };
  currentSteps: EnterpriseOpenStep[];
  completedSteps: string[];
  /** Some open step's deadline has passed. */
  overdue: boolean;
  /** Escalation levels raised on open steps and not yet resolved. */
  yellowCard: boolean;
  redCard: boolean;
  leadingGroup: boolean;
  openEscalations: number;
  outcome?: string;
  registeredAt: string;
  classifiedAt?: string;
  closedAt?: string;
  updatedAt: string;
  lastEventSequence: number;
}

export interface EnterpriseListPage extends PageInfo {
  items: EnterpriseListItem[];
}

/** One key of a roll-up (a district, a park or a track; `none` for enterprises without one). */
export interface EnterpriseRollupRow {
  key: string;
  total: number;
  byStatus: Record<string, number>;
  byTrack: Record<string, number>;
  overdue: number;
}

export interface EnterpriseRollup {
  by: EnterpriseRollupKey;
  rows: EnterpriseRollupRow[];
  total: number;
}

/** One rejected row of a bulk import; `code` is set for a rejection that is not a field problem of the row. */
export interface EnterpriseImportRejection {
  /** 1-based: the first data row (the line after the CSV header, or the first JSON item) is row 1. */
  row: number;
  id?: string;
  problems: { field: string; rule: string; code?: string }[];
}

export interface EnterpriseImportReport {
  planId: string;
  registered: string[];
  rejected: EnterpriseImportRejection[];
}

/** `GET /enterprises/:id/classification`. */
export type EnterpriseClassificationResponse = EnterpriseClassification & { enterpriseId: string };
