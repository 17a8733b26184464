import dayjs from 'dayjs';

export const formatTime = (iso: string | undefined): string => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');
export const formatDate = (iso: string | undefined): string => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');

/** An actor as the API gives it: who did it, for which unit. */
export const formatActor = (actor: { sub?: string; unit?: string } | undefined): string => (actor ? [actor.sub, actor.unit].filter(Boolean).join(' · ') : '—');
