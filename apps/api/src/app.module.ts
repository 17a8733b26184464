import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { MongooseModule } from '@nestjs/mongoose';
import { LoggerModule } from 'nestjs-pino';
import { AuditChainKeyModule, AuditPersistenceModule, LivePersistenceModule, ConsolePersistenceModule, EnterprisePersistenceModule, EvidencePersistenceModule, ParkPersistenceModule, NotificationPersistenceModule, ScorePersistenceModule, TaskPersistenceModule, WebhookPersistenceModule, storeConnectionOptions } from '@duban/persistence';
import { configureKafkaLogging } from '@duban/kafka';
import { TracingShutdown, createLogger, kafkaLogCreator, logFormatOf } from '@duban/observability';
import { AssessmentModule } from '@duban/scoring';
import { API_CONFIG, type ApiConfig } from './api.config';
import { AssessmentController } from './assessment/assessment.controller';
import { AssessmentApiService } from './assessment/assessment.service';
import { AuditController } from './audit/audit.controller';
import { WorkflowHistoryService } from './audit/workflow-history.service';
import { BoardController } from './board/board.controller';
import { BoardService } from './board/board.service';
import { BriefsController } from './briefs/briefs.controller';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarFolderWatcher } from './calendar/calendar-folder.watcher';
import { CalendarService } from './calendar/calendar.service';
import { CockpitController } from './cockpit/cockpit.controller';
import { CockpitService } from './cockpit/cockpit.service';
import { AuthGuard } from './common/auth.guard';
import { DependencyTracker } from './common/dependency-tracker';
import { KnownUnitsRegistry } from './common/known-units.provider';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { RequestBudgetInterceptor } from './common/request-budget.interceptor';
import { ScoresController } from './scores/scores.controller';
import { EnterpriseWorkflows } from './enterprises/enterprise-workflows';
import { EnterprisesController } from './enterprises/enterprises.controller';
import { EnterprisesService } from './enterprises/enterprises.service';
import { ParksController } from './parks/parks.controller';
import { ParksService } from './parks/parks.service';
import { EscalationsController } from './escalations/escalations.controller';
import { EvidenceController } from './evidence/evidence.controller';
import { EvidenceService } from './evidence/evidence.service';
import { EscalationsService } from './escalations/escalations.service';
import { HealthController } from './health/health.controller';
import { CalendarInForceProvider } from './inbox/calendar-in-force';
import { InboxController } from './inbox/inbox.controller';
import { InboxService } from './inbox/inbox.service';
import { MeController } from './me/me.controller';
import { NotificationsController } from './notifications/notifications.controller';
import { NotificationsService } from './notifications/notifications.service';
import { PlansController } from './plans/plans.controller';
import { PlanDryRunService } from './plans/plan-dry-run.service';
import { PlanViewCache } from './plans/plan-view.cache';
import { PlansService } from './plans/plans.service';
import { WebhookSubscriptionsController } from './webhooks/webhook-subscriptions.controller';
import { WebhookSubscriptionsService } from './webhooks/webhook-subscriptions.service';
import { TaskWorkflows } from './tasks/task-workflows';
import { TasksController } from './tasks/tasks.controller';
import { TasksService } from './tasks/tasks.service';
import { temporalClientProvider } from './temporal/temporal.provider';
import { DevController } from './dev/dev.controller';
import { LiveController } from './live/live.controller';
import { LiveFeedService } from './live/live-feed.service';
import { ApiMetrics } from './observability/http-metrics';
import { MetricsController } from './observability/metrics.controller';
import { requestLoggingParams } from './observability/request-logging';

/** Every controller of the API: each handler serves one operation of `@duban/contracts`. */
export const API_CONTROLLERS = [HealthController, PlansController, TasksController, EvidenceController, BriefsController, EscalationsController, EnterprisesController, ParksController, CalendarController, AuditController, NotificationsController, WebhookSubscriptionsController, ScoresController, AssessmentController, MeController, InboxController, BoardController, CockpitController, LiveController, MetricsController, DevController] as const;

@Module({})
export class AppModule {
  static forConfig(config: ApiConfig): DynamicModule {
    // One tracker for the module's life: the store's query middleware and Temporal's interceptors
    // report to it, and the request budget reads it to name the dependency a slow request waits on.
    const tracker = new DependencyTracker();
    const logger = createLogger({ app: 'api', level: config.LOG_LEVEL, format: logFormatOf(config.LOG_FORMAT, process.env['NODE_ENV']) });
    // kafkajs's own lines (the health check's admin client) through the same logger.
    configureKafkaLogging(kafkaLogCreator(logger));
    return {
      module: AppModule,
      imports: [
        // One line per request (request id, route, caller, workflow) and Nest's own logs, as JSON or human lines.
        LoggerModule.forRoot(requestLoggingParams(logger)),
        MongooseModule.forRoot(config.MONGODB_URI, storeConnectionOptions(config, tracker)),
        // /audit/verify checks keyed records, sealed heads and the checkpoints kept outside the store.
        AuditChainKeyModule.forRoot({ keyring: config.auditChainKeyring, ...(config.AUDIT_CHECKPOINT_FILE !== undefined && { checkpointFile: config.AUDIT_CHECKPOINT_FILE }) }),
        AuditPersistenceModule, TaskPersistenceModule, EvidencePersistenceModule, EnterprisePersistenceModule, ParkPersistenceModule, NotificationPersistenceModule, WebhookPersistenceModule, ScorePersistenceModule, AssessmentModule, ConsolePersistenceModule, LivePersistenceModule],
      // The dev sign-in exists only with DEV_SIGN_IN=on: otherwise its paths are unknown (404).
      controllers: API_CONTROLLERS.filter((c) => c !== DevController || config.DEV_SIGN_IN === 'on'),
      providers: [
        { provide: API_CONFIG, useValue: config },
        { provide: DependencyTracker, useValue: tracker },
        // At shutdown, after the other providers' destroy hooks: the spans still held are sent.
        TracingShutdown,
        // One registry per app instance: createApp installs its HTTP hook, /metrics answers it.
        { provide: ApiMetrics, useValue: new ApiMetrics() },
        temporalClientProvider,
        KnownUnitsRegistry,
        PlanViewCache,
        PlansService,
        PlanDryRunService,
        TaskWorkflows,
        TasksService,
        EvidenceService,
        EscalationsService,
        EnterpriseWorkflows,
        EnterprisesService,
        ParksService,
        CalendarService,
        CalendarFolderWatcher,
        NotificationsService,
        WebhookSubscriptionsService,
        WorkflowHistoryService,
        AssessmentApiService,
        LiveFeedService,
        CalendarInForceProvider,
        InboxService,
        BoardService,
        CockpitService,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_INTERCEPTOR, useClass: RequestBudgetInterceptor },
      ],
    };
  }
}
