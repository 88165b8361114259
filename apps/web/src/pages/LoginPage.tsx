import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { login } from '../api/auth.ts';
import { ApiError } from '../api/client.ts';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { useI18n } from '../i18n/useT.ts';
import { navigate } from '../router/router.ts';
import { useSession } from '../session/context.ts';
import { HOME_PATH } from '../session/roles.ts';

interface LoginForm {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t, locale } = useI18n();
  const { config, signedIn } = useSession();
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const onFinish = async (values: LoginForm) => {
    setSubmitting(true);
    setError(null);
    try {
      const session = await login(values.username, values.password);
      signedIn(session);
      navigate(HOME_PATH, { replace: true });
    } catch (caught) {
      setError(caught);
    } finally {
      setSubmitting(false);
    }
  };

  // Shown in the language selected now, even if it changes after the error came back.
  const errorText =
    error === null
      ? null
      : error instanceof ApiError && error.status !== 0
        ? error.localized(locale)
        : t('error.network');

  return (
    <Flex vertical align="center" justify="center" style={{ minHeight: '100%', background: '#f0f3f8' }}>
      <Card style={{ width: 380 }}>
        <Flex justify="space-between" align="baseline">
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('app.name')}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        <Typography.Paragraph type="secondary">{t('app.tagline')}</Typography.Paragraph>
        {errorText ? (
          <Alert
            type="error"
            showIcon
            title={errorText}
            style={{ marginBottom: 16 }}
            data-testid="login-error"
          />
        ) : null}
        <Form<LoginForm> layout="vertical" onFinish={onFinish} requiredMark={false} disabled={submitting}>
          <Form.Item
            name="username"
            label={t('login.username')}
            rules={[{ required: true, message: t('login.usernameRequired') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('login.password')}
            rules={[{ required: true, message: t('login.passwordRequired') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('login.submit')}
          </Button>
        </Form>
        {config.demo ? (
          <Alert type="info" title={t('login.demoHint')} style={{ marginTop: 16 }} data-testid="demo-hint" />
        ) : null}
      </Card>
    </Flex>
  );
}
