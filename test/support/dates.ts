/** Today's date in Asia/Shanghai (UTC+8, no daylight saving), as plans are rebased to it. */
export const today = (): string => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** The calendar date `days` after `date` (YYYY-MM-DD), as a plan's rebase shifts every deadline. */
export const daysAfter = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
