/** The default Temporal task queue of Duban's worker; `TEMPORAL_TASK_QUEUE` overrides it. */
export const DEFAULT_TASK_QUEUE = 'duban';
