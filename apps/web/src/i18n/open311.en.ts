import type { open311ZhCN } from './open311.zh-CN.ts';

/** English texts of the Open311 client keys page; the type keeps the keys in step with the Chinese. */
export const open311En: Record<keyof typeof open311ZhCN, string> = {
  'menu.open311': 'Open311 API',

  'open311.title': 'Open311 API',
  'open311.total': '{total} client applications, {active} active',
  'open311.issue': 'Issue a key',
  'open311.empty': 'No client applications yet',

  'open311.help.intro':
    'Third-party applications (the 12345 hotline, government apps, mini-programs) can read the case categories and public service requests, and file requests, through the standard Open311 GeoReport v2 API.',
  'open311.help.endpoint': 'Endpoint',
  'open311.help.discovery': 'Discovery',
  'open311.help.services': 'Services (case categories)',
  'open311.help.docs': 'API reference',
  'open311.help.key':
    'Filing a request (POST requests.json, form-encoded) needs the api_key parameter and lat / long; reading needs no key. A key files requests inside its own district only, and only so many an hour.',

  'open311.column.name': 'Application',
  'open311.column.contact': 'Contact',
  'open311.column.key': 'Key',
  'open311.column.district': 'District',
  'open311.column.created': 'Issued',
  'open311.column.createdBy': 'Issued by',
  'open311.column.lastUsed': 'Last used',
  'open311.column.status': 'Status',
  'open311.neverUsed': 'Never',
  'open311.active': 'Active',
  'open311.revoked': 'Revoked',
  'open311.revokedAt': 'Revoked {time}',

  'open311.revoke': 'Revoke',
  'open311.revokeConfirm': 'Revoke the key of “{name}”?',
  'open311.revokeExplain':
    'Its next submissions are refused and this cannot be undone; issue a new key to let it back in.',
  'open311.revokedDone': 'The key of “{name}” is revoked',

  'open311.issueTitle': 'Issue an Open311 key',
  'open311.issueExplain':
    'Issues one key to a client application. The key is shown once, right after it is issued; only its hash is kept.',
  'open311.issueSubmit': 'Issue',
  'open311.name': 'Application name',
  'open311.nameHint': '2–100 characters, e.g. “Lixia 12345 hotline”',
  'open311.contact': 'Contact person / details',
  'open311.contactHint':
    'Optional: whom to call when something is wrong with the key, e.g. “Mr Wang 0531-12345678”',
  'open311.district': 'District',
  'open311.districtHint': 'The key files requests inside this district only',
  'open311.districtPlaceholder': 'Choose a district',

  'open311.keyTitle': 'Key issued: {name}',
  'open311.keyWarning': 'Copy this key now and keep it safe: it is shown this once only',
  'open311.keyWarningDetail':
    'Once this window is closed nobody, administrators included, can see it again. If it is lost, revoke it and issue a new one. Hand it over through a safe channel, never in an open group chat.',
  'open311.keyLabel': 'api_key',
  'open311.copy': 'Copy key',
  'open311.copied': 'Copied to the clipboard',
  'open311.copyFailed': 'Could not copy: select the key and copy it by hand',
  'open311.keyUsage': 'Filing a request, for example',
  'open311.keyDone': 'I have saved it, close',
};
