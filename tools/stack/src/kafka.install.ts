import { join } from 'node:path';
import type { Component } from './component';
import { copyMavenDependencies } from './maven';
import type { StackConfig } from './stack.config';

/**
 * The Apache Kafka broker's classpath, from Maven Central (`kafka_<scala>` plus the logging
 * binding the binary distribution would ship). The cache directory carries both the Scala
 * binary version and the Kafka version, like the distribution's `kafka_2.13-3.9.1`.
 */
export function kafkaComponent(config: StackConfig): Component {
  const { kafka: version, scalaBinary } = config.versions;
  const dir = join(config.cacheDir, `kafka_${scalaBinary}-${version}`);
  const libs = join(dir, 'libs');
  return {
    name: `kafka_${scalaBinary}`,
    version,
    dir,
    artifact: libs,
    async install({ logFile }) {
      await copyMavenDependencies(
        join(config.toolsDir, 'maven', 'kafka', 'pom.xml'),
        { 'kafka.version': version, 'scala.binary.version': scalaBinary },
        libs,
        logFile,
      );
    },
  };
}

/** The `-cp` value for the broker and its tools; the JVM expands the wildcard itself. */
export function kafkaClasspath(component: Component): string {
  return join(component.artifact, '*');
}
