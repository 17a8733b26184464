import { useEffect, useState } from 'react';
import { Alert, Button, Card, Divider, Form, Input, Tag, Typography } from 'antd';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { api, ApiProblem, unwrap } from '../../api/client';
import { useSession } from '../../auth/session';
import { problemText } from '../../common/refusal';
import { useReadyWhen } from '../../common/ready';
import { TAG } from '../../common/tag-colours';
import { unitName } from '../../common/units';
import { finishOidcSignIn, startOidcSignIn, oidcConfigured } from '../../auth/oidc';

/**
 * Sign-in. Locally the API offers its dev users (the routes exist only while the local secret is in
 * use: a 404 here means production); in production the configured OpenID Connect issuer, or a token
 * pasted from one.
 */
export function SignInPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next') ?? '/';
  const [pasted, setPasted] = useState('');
  const users = useQuery({ queryKey: ['dev-users'], queryFn: () => unwrap(api.GET('/dev/users')), retry: false });
  const devSignIn = useMutation({
    mutationFn: (userId: string) => unwrap(api.POST('/dev/token', { body: { userId } })),
    onSuccess: (answer) => {
      session.signIn(answer.token);
      void navigate(next, { replace: true });
    },
  });
  const [oidcError, setOidcError] = useState<string | null>(null);
  // Back from the issuer with ?code=…: exchange it (PKCE) and go where the user was heading.
  useEffect(() => {
    finishOidcSignIn(params)
      .then((done) => {
        if (!done) return;
        session.signIn(done.token);
        void navigate(done.next, { replace: true });
      })
      .catch((e: unknown) => setOidcError(e instanceof Error ? e.message : String(e)));
    // Once, on arrival (the search parameters are those of the return from the issuer).
  }, []);
  useReadyWhen(!users.isPending);
  if (session.me) return <Navigate to={next} replace />;
  const devAvailable = users.isSuccess;
  const devAbsent = users.error instanceof ApiProblem && users.error.status === 404;
  return (
    <main id="main" style={{ maxWidth: 720, margin: '40px auto', padding: 16 }}>
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        {t('signIn.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('signIn.lead')}</Typography.Paragraph>
      {devAvailable && (
        <Card title={t('signIn.devUsers')} extra={
            <Tag variant="solid" color={TAG.orange}>
              {t('signIn.devOnly')}
            </Tag>
          }>
          <ul className="duban-rows">
            {users.data.items.map((user) => (
              <li key={user.id}>
                <div>
                  <div className="duban-row-title">{user.name}</div>
                  <Typography.Text type="secondary">
                    {i18n.language === 'en' ? unitName(user.unit, 'en') : user.unitName} · {user.roles.map((r) => t(`roles.${r}`)).join('、')}
                  </Typography.Text>
                </div>
                <Button type="primary" loading={devSignIn.isPending && devSignIn.variables === user.id} onClick={() => devSignIn.mutate(user.id)} aria-label={t('signIn.as', { name: user.name })}>
                  {t('signIn.go')}
                </Button>
              </li>
            ))}
          </ul>
          {devSignIn.error && <Alert type="error" showIcon title={problemText(devSignIn.error, t)} />}
        </Card>
      )}
      {users.isError && !devAbsent && <Alert type="warning" showIcon title={problemText(users.error, t)} />}
      {oidcError && <Alert type="error" role="alert" showIcon title={oidcError} />}
      {oidcConfigured() && (
        <>
          <Divider />
          <Button type="primary" size="large" onClick={() => void startOidcSignIn(next)}>
            {t('signIn.oidc')}
          </Button>
        </>
      )}
      <Divider>{t('signIn.orToken')}</Divider>
      <Form
        layout="vertical"
        onFinish={() => {
          session.signIn(pasted.trim());
          void navigate(next, { replace: true });
        }}
      >
        <Form.Item label={t('signIn.token')} htmlFor="pasted-token" help={session.token && !session.me && !session.loading ? t('signIn.tokenRefused') : undefined}>
          <Input.TextArea id="pasted-token" rows={3} value={pasted} onChange={(e) => setPasted(e.target.value)} autoComplete="off" spellCheck={false} />
        </Form.Item>
        <Button htmlType="submit" disabled={pasted.trim().length < 20}>
          {t('signIn.useToken')}
        </Button>
      </Form>
    </main>
  );
}
