/** Today's date in Asia/Shanghai (UTC+8, no daylight saving), as plans are rebased to it. */
export const today = (): string => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
