/**
 * The topic of the audit chains' signed checkpoints (ours; issue 12): one message per checkpoint,
 * keyed by the chain (`duban.tasks.v1/0`), the value the JSON of the checkpoint
 * (`{chain, seq, hash, eventId, time, keyId, mac}`: the chain had reached `seq` with `hash` at
 * `time`; `mac` is HMAC-SHA256 under the audit chain key `keyId`). Not an event topic: it is not
 * in `ALL_TOPICS`, carries no CloudEvents, and the audit log does not record it. Whoever holds the
 * key can check the store's chains against it from outside (see docs/security.md).
 */
export const AUDIT_CHECKPOINT_TOPIC = 'duban.audit.checkpoints';
