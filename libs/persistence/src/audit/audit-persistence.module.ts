import { Global, Module, type DynamicModule, type Provider } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditChainHeadRecord, AuditChainHeadSchema } from './audit-chain-head.document';
import { AUDIT_CHAIN_KEYRING, type AuditChainKeyring } from './audit-chain-key';
import { AuditEvent, AuditEventSchema } from './audit-event.document';
import { AUDIT_CHECKPOINT_SINK, AuditEventRepository, type AuditCheckpointSink } from './audit-event.repository';
import { AUDIT_CHECKPOINT_FILE, AuditVerificationRepository } from './audit-verification.repository';
import { LIST_POSITION_MODELS } from '../store/list-sequence';

/**
 * The audit collection, for any app that has `MongooseModule.forRoot*` configured and imports
 * {@link AuditChainKeyModule} once (the repositories need the chain's keyring).
 */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: AuditEvent.name, schema: AuditEventSchema },
      { name: AuditChainHeadRecord.name, schema: AuditChainHeadSchema },
      ...LIST_POSITION_MODELS,
    ]),
  ],
  providers: [AuditEventRepository, AuditVerificationRepository],
  exports: [AuditEventRepository, AuditVerificationRepository],
})
export class AuditPersistenceModule {}

/**
 * The audit chain's keyring, and optionally where checkpoints go (the writer's sink) and where
 * verification reads them (their file), for the whole app: imported once by its root module.
 */
@Global()
@Module({})
export class AuditChainKeyModule {
  static forRoot(options: { keyring: AuditChainKeyring; checkpointSink?: Provider; checkpointFile?: string }): DynamicModule {
    const providers: Provider[] = [{ provide: AUDIT_CHAIN_KEYRING, useValue: options.keyring }];
    if (options.checkpointSink) providers.push(options.checkpointSink);
    if (options.checkpointFile !== undefined) providers.push({ provide: AUDIT_CHECKPOINT_FILE, useValue: options.checkpointFile });
    return { module: AuditChainKeyModule, providers, exports: providers.map((p) => ('provide' in p ? p.provide : p)) };
  }
}

export type { AuditCheckpointSink };
export { AUDIT_CHECKPOINT_SINK };
