import { AUDIT_TIME_KEYSET, ENTERPRISE_LIST_KEYSET, NOTIFICATION_KEYSET, TASK_INBOX_KEYSET } from '@duban/contracts';
import { keysetAfter, keysetSort, keysetValues, withKeyset } from './keyset';

describe('keyset pagination', () => {
  const at = new Date('2026-03-01T00:00:00Z');

  it('sorts by the keyset fields, _id last', () => {
    expect(keysetSort(NOTIFICATION_KEYSET)).toEqual({ createdAt: -1, _id: 1 });
    expect(Object.keys(keysetSort(AUDIT_TIME_KEYSET))).toEqual(['time', 'subject', 'sequence', '_id']);
  });

  it('selects what follows the last item: ties on a key broken by the next, descending keys with $lt', () => {
    expect(keysetAfter(ENTERPRISE_LIST_KEYSET, [9])).toEqual({ listSeq: { $gt: 9 } });
    expect(keysetAfter(NOTIFICATION_KEYSET, [at, 'n-1'])).toEqual({ $or: [{ createdAt: { $lt: at } }, { createdAt: { $eq: at }, _id: { $gt: 'n-1' } }] });
    expect(keysetAfter(AUDIT_TIME_KEYSET, [at, 's', 2, 'x'])).toEqual({
      $or: [
        { time: { $gt: at } },
        { time: { $eq: at }, subject: { $gt: 's' } },
        { time: { $eq: at }, subject: { $eq: 's' }, sequence: { $gt: 2 } },
        { time: { $eq: at }, subject: { $eq: 's' }, sequence: { $eq: 2 }, _id: { $gt: 'x' } },
      ],
    });
  });

  it('keeps the filter’s equalities at the top level and moves only a clash under $and', () => {
    const after = keysetAfter(TASK_INBOX_KEYSET, [at, 't']);
    expect(withKeyset({ planId: { $eq: 'p' } }, after)).toEqual({ planId: { $eq: 'p' }, ...after });
    const unit = { $or: [{ unit: { $eq: 'STIIC' } }, { coUnits: { $eq: 'STIIC' } }] };
    expect(withKeyset({ planId: { $eq: 'p' }, ...unit }, after)).toEqual({ planId: { $eq: 'p' }, ...unit, $and: [after] });
    expect(withKeyset({ planId: { $eq: 'p' } }, undefined)).toEqual({ planId: { $eq: 'p' } });
  });

  it('reads the cursor values off a document and refuses one without a sort key', () => {
    expect(keysetValues(TASK_INBOX_KEYSET, { _id: 't', deadline: at, other: 1 })).toEqual([at, 't']);
    expect(() => keysetValues(TASK_INBOX_KEYSET, { _id: 't', deadline: null })).toThrow(/deadline of a listed document is null/);
  });
});
