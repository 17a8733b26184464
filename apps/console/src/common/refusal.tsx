import { Result, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { TFunction } from 'i18next';
import { ApiProblem } from '../api/client';

/**
 * What a page shows when the API refuses or cannot answer: nothing of the object, only why. A 404
 * also stands for "another unit's" (the API answers both alike, issue 12), so the text says both.
 */
export function Refusal({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const status = error instanceof ApiProblem ? error.status : 0;
  const title =
    status === 404 ? t('refusal.notFound') : status === 403 ? t('refusal.forbidden') : status === 401 ? t('refusal.signIn') : status === 503 || status === 429 ? t('refusal.unavailable') : t('refusal.failed');
  const detail = error instanceof ApiProblem ? `${error.problem.code}: ${error.problem.detail}` : String(error);
  return (
    <Result
      role="alert"
      data-testid="refusal"
      status={status === 403 ? '403' : status === 404 ? '404' : status >= 500 ? '500' : 'warning'}
      title={title}
      subTitle={detail}
      extra={
        <Link to="/">
          <Button type="primary">{t('refusal.home')}</Button>
        </Link>
      }
    />
  );
}

/** A server refusal of a form or action, in the user's language, with the API's code. */
export function problemText(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiProblem)) return t('refusal.failed');
  const known = t(`errors.${error.problem.code}`, { defaultValue: '' });
  return `${known || error.problem.detail}（${error.problem.code}）`;
}
