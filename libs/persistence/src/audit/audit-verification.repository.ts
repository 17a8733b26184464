import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { AuditChainVerifier, type AuditChainHead, type AuditChainReport, type AuditProblem } from './audit-chain';
import { AuditChainHeadRecord } from './audit-chain-head.document';
import { AuditEvent } from './audit-event.document';

export interface AuditVerification {
  /** True when no chain has a problem. */
  ok: boolean;
  chains: AuditChainReport[];
  problems: AuditProblem[];
}

/** Checks the audit log's hash chains against the store as it is now. Reads only. */
@Injectable()
export class AuditVerificationRepository {
  constructor(
    @InjectModel(AuditEvent.name) private readonly model: Model<AuditEvent>,
    @InjectModel(AuditChainHeadRecord.name) private readonly heads: Model<AuditChainHeadRecord>,
  ) {}

  /**
   * Walks every chain (the chains of the records and of the heads, so a chain whose records were
   * all deleted is still walked), or only `chain`. A chain that is unknown altogether is reported
   * with no records and no head, and no problem. Reads each chain's records with a cursor, lean
   * (no schema casting of what is read), so whatever was written behind the log's back is seen as
   * it is. Every read goes through mongoose so it carries the connection's `maxTimeMS`
   * (boundedQueriesPlugin); the cursor is closed in `finally` whatever happens.
   */
  async verify(chain?: string): Promise<AuditVerification> {
    const names = chain !== undefined ? [chain] : await this.chains();
    const chains: AuditChainReport[] = [];
    const problems: AuditProblem[] = [];
    for (const name of names) {
      const verifier = new AuditChainVerifier(name);
      // The head first: the consumer inserts a record before it moves the head, so records read
      // after the head include every record it counts; any newer ones show as unconfirmed, never
      // as a tail deleted while we were reading.
      const readHead = () => this.heads.findOne({ _id: { $eq: name } }).lean<Record<string, unknown>>().exec();
      let head = await readHead();
      const cursor = this.model.find({ chain: { $eq: name } }).sort({ seq: 1 }).lean<Record<string, unknown>[]>().cursor({ batchSize: 1000 });
      try {
        for await (const doc of cursor) verifier.add(doc);
      } finally {
        await cursor.close();
      }
      // A chain whose first record was appended while we read: its head appeared after our read.
      if (!head && verifier.size > 0) head = await readHead();
      const result = verifier.finish(head ? toHead(head) : null);
      chains.push(result.report);
      problems.push(...result.problems);
    }
    return { ok: problems.length === 0, chains, problems };
  }

  private async chains(): Promise<string[]> {
    const [ofRecords, ofHeads] = await Promise.all([this.model.distinct('chain').exec(), this.heads.distinct('_id').exec()]);
    return [...new Set([...ofRecords, ...ofHeads].filter((c): c is string => typeof c === 'string'))].sort();
  }
}

function toHead(doc: Record<string, unknown>): AuditChainHead {
  return {
    seq: typeof doc['seq'] === 'number' ? doc['seq'] : Number.NaN,
    hash: typeof doc['hash'] === 'string' ? doc['hash'] : '',
    eventId: typeof doc['eventId'] === 'string' ? doc['eventId'] : null,
  };
}
