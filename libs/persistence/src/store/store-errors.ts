/** MongoDB's (and FerretDB's) error code for a write refused by a unique index. */
export const DUPLICATE_KEY = 11000;

/** Whether `e` is a write refused by a unique index (`_id` or another), from the driver or mongoose. */
export function isDuplicateKey(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && (e as { code: unknown }).code === DUPLICATE_KEY;
}
