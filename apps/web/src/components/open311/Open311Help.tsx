import { Alert, Descriptions, Typography } from 'antd';
import { useT } from '../../i18n/useT.ts';

/** Where the Open311 API is and what a client needs to file a request, for the administrator to pass on. */
export function Open311Help() {
  const t = useT();
  const origin = window.location.origin;
  const link = (path: string, testId?: string) => (
    <Typography.Link
      href={path}
      target="_blank"
      rel="noreferrer"
      copyable={{ text: origin + path }}
      data-testid={testId}
    >
      <code>{origin + path}</code>
    </Typography.Link>
  );
  return (
    <Alert
      type="info"
      showIcon
      data-testid="open311-help"
      title={t('open311.help.intro')}
      description={
        <>
          <Descriptions
            size="small"
            column={1}
            style={{ marginTop: 8 }}
            items={[
              {
                key: 'endpoint',
                label: t('open311.help.endpoint'),
                children: (
                  <Typography.Text copyable={{ text: `${origin}/open311/v2` }} data-testid="open311-endpoint">
                    <code>{`${origin}/open311/v2`}</code>
                  </Typography.Text>
                ),
              },
              {
                key: 'discovery',
                label: t('open311.help.discovery'),
                children: link('/open311/discovery.json', 'open311-discovery'),
              },
              {
                key: 'services',
                label: t('open311.help.services'),
                children: link('/open311/v2/services.json'),
              },
              { key: 'docs', label: t('open311.help.docs'), children: link('/api/docs#/open311') },
            ]}
          />
          <Typography.Paragraph style={{ margin: '8px 0 0' }}>{t('open311.help.key')}</Typography.Paragraph>
        </>
      }
    />
  );
}
