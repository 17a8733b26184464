/**
 * Each feature's own catalogue (`features/<name>/<name>.messages.ts` exporting `messages`:
 * `{ namespace, zh, en }`), used as `t('<namespace>.<key>')`. Found by the bundler, so a feature
 * adds its strings without editing a shared file.
 */
export interface FeatureMessages {
  namespace: string;
  zh: Record<string, unknown>;
  en: Record<string, unknown>;
}

const modules = import.meta.glob<{ messages: FeatureMessages }>('../features/**/*.messages.ts', { eager: true });

export const FEATURE_MESSAGES: FeatureMessages[] = Object.values(modules).map((m) => m.messages);
