import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { AuditChainVerifier, type AuditChainHead, type AuditChainReport, type AuditProblem } from './audit-chain';
import { AUDIT_CHAIN_KEYRING, AuditChainKeyring } from './audit-chain-key';
import { readCheckpoints, type CheckpointReading } from './audit-checkpoint-file';
import { AuditChainHeadRecord } from './audit-chain-head.document';
import { AuditEvent } from './audit-event.document';

export interface AuditVerification {
  /** True when no chain has a problem. */
  ok: boolean;
  chains: AuditChainReport[];
  problems: AuditProblem[];
}

/** Where verification finds the checkpoints kept outside the store: the path of their file. */
export const AUDIT_CHECKPOINT_FILE = Symbol('AUDIT_CHECKPOINT_FILE');

/**
 * Checks the audit log's hash chains against the store as it is now, with the keyring (keyed
 * records, sealed heads) and the latest checkpoint of each chain kept outside the store. Reads only.
 */
@Injectable()
export class AuditVerificationRepository {
  constructor(
    @InjectModel(AuditEvent.name) private readonly model: Model<AuditEvent>,
    @InjectModel(AuditChainHeadRecord.name) private readonly heads: Model<AuditChainHeadRecord>,
    @Inject(AUDIT_CHAIN_KEYRING) private readonly keyring: AuditChainKeyring,
    /** Unset: no checkpoints are checked (every chain reports `checkpoint: null`). */
    @Optional() @Inject(AUDIT_CHECKPOINT_FILE) private readonly checkpointFile?: string,
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
    // The checkpoints first: any the writer adds while we read the store only cover records we
    // may not have read, so they are not used against a store read before them.
    const anchors: CheckpointReading = this.checkpointFile !== undefined ? await readCheckpoints(this.checkpointFile, this.keyring) : { latest: new Map(), forged: [] };
    // A chain known only from its checkpoints (every record and its head deleted) is still walked.
    const names = chain !== undefined ? [chain] : [...new Set([...(await this.chains()), ...anchors.latest.keys()])].sort();
    const chains: AuditChainReport[] = [];
    const problems: AuditProblem[] = [];
    for (const f of anchors.forged) {
      if (chain !== undefined && f.chain !== chain) continue;
      problems.push({ chain: f.chain ?? '', seq: null, eventId: null, problem: 'checkpoint-forged', detail: `line ${f.line} of the checkpoint file is not a checkpoint signed with a configured key` });
    }
    for (const name of names) {
      const verifier = new AuditChainVerifier(name, this.keyring);
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
      const result = verifier.finish(head ? toHead(head) : null, anchors.latest.get(name) ?? null);
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
    ...(typeof doc['keyId'] === 'string' && { keyId: doc['keyId'] }),
    ...(typeof doc['mac'] === 'string' && { mac: doc['mac'] }),
  };
}
