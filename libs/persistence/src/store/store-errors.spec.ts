import { MongoServerError } from 'mongodb';
import { isDuplicateKey } from './store-errors';

describe('isDuplicateKey', () => {
  it('is true only for a write refused by a unique index', () => {
    expect(isDuplicateKey(new MongoServerError({ code: 11000, errmsg: 'E11000 duplicate key error' }))).toBe(true);
    expect(isDuplicateKey({ code: 11000 })).toBe(true);
    expect(isDuplicateKey(new MongoServerError({ code: 50, errmsg: 'operation exceeded time limit' }))).toBe(false);
    expect(isDuplicateKey(new Error('E11000 in a message is not a code'))).toBe(false);
    expect(isDuplicateKey(null)).toBe(false);
    expect(isDuplicateKey('11000')).toBe(false);
  });
});
