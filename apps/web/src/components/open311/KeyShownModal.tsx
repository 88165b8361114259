import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Modal, Typography } from 'antd';
import type { Open311ClientCreated } from '../../api/open311.ts';
import { copyText } from '../../browser/copyText.ts';
import { useT } from '../../i18n/useT.ts';

/**
 * The key of a client just issued, shown this once: the server keeps only its hash. The window closes
 * only through its button (not by a stray click beside it or Esc), so the key is not lost by accident.
 */
export function KeyShownModal({ created, onClose }: { created: Open311ClientCreated; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const example = [
    `curl -X POST ${window.location.origin}/open311/v2/requests.json \\`,
    '  -d api_key=<api_key> -d service_code=<service_code> \\',
    '  -d lat=36.6512 -d long=117.1201 --data-urlencode "description=<…>"',
  ].join('\n');

  const copy = async () => {
    if (await copyText(created.apiKey)) message.success(t('open311.copied'));
    else message.warning(t('open311.copyFailed'));
  };

  return (
    <Modal
      open
      title={t('open311.keyTitle', { name: created.name })}
      closable={false}
      keyboard={false}
      mask={{ closable: false }}
      width={640}
      footer={
        <Button type="primary" onClick={onClose} data-testid="open311-key-done">
          {t('open311.keyDone')}
        </Button>
      }
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        title={t('open311.keyWarning')}
        description={t('open311.keyWarningDetail')}
        style={{ marginBottom: 16 }}
        data-testid="open311-key-warning"
      />
      <Typography.Text strong>{t('open311.keyLabel')}</Typography.Text>
      <Flex gap={8} style={{ marginTop: 4, marginBottom: 16 }}>
        <Input
          readOnly
          value={created.apiKey}
          onFocus={(e) => e.target.select()}
          style={{ fontFamily: 'monospace' }}
          data-testid="open311-key"
        />
        <Button type="primary" icon={<CopyOutlined />} onClick={copy} data-testid="open311-key-copy">
          {t('open311.copy')}
        </Button>
      </Flex>
      <Typography.Text type="secondary">{t('open311.keyUsage')}</Typography.Text>
      <pre
        style={{
          margin: '4px 0 0',
          padding: 8,
          fontSize: 12,
          background: 'rgba(0, 0, 0, 0.04)',
          borderRadius: 6,
          overflowX: 'auto',
        }}
      >
        {example}
      </pre>
    </Modal>
  );
}
