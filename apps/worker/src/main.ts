import 'reflect-metadata';
import { Client, Connection } from '@temporalio/client';
import { NativeConnection, Worker } from '@temporalio/worker';
import { EventPublisher, configureTopicNamespace, createKafka, ensureTopics } from '@duban/kafka';
import { workflowBundlerOptions, workflowsPath } from '@duban/temporal';
import { loadWorkerConfig } from './worker.config';
import { createCalendarActivities } from './calendar.activities';
import { createActivities } from './publish-event.activity';

async function main(): Promise<void> {
  const config = loadWorkerConfig();
  configureTopicNamespace(config.KAFKA_TOPIC_PREFIX);
  const kafka = createKafka({ brokers: config.KAFKA_BROKERS, clientId: 'duban-worker' });
  const admin = kafka.admin();
  await admin.connect();
  await ensureTopics(admin);
  await admin.disconnect();

  const publisher = new EventPublisher(kafka);
  await publisher.connect();
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  // The calendar activities query the calendar workflow and signal running workflows: a client's work.
  const clientConnection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const client = new Client({ connection: clientConnection, namespace: config.TEMPORAL_NAMESPACE });
  try {
    const worker = await Worker.create({
      connection,
      namespace: config.TEMPORAL_NAMESPACE,
      taskQueue: config.TEMPORAL_TASK_QUEUE,
      workflowsPath,
      bundlerOptions: workflowBundlerOptions,
      activities: createActivities({ publisher, calendar: createCalendarActivities({ client, taskQueue: config.TEMPORAL_TASK_QUEUE }) }),
    });
    console.log(`duban worker polling ${config.TEMPORAL_ADDRESS} namespace=${config.TEMPORAL_NAMESPACE} queue=${config.TEMPORAL_TASK_QUEUE}`);
    // The SDK's runtime shuts the worker down gracefully on SIGINT and SIGTERM.
    await worker.run();
  } finally {
    await publisher.disconnect();
    await clientConnection.close();
    await connection.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
