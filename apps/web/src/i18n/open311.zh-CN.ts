/** Chinese texts of the Open311 client keys page (merged into zh-CN.ts). */
export const open311ZhCN = {
  'menu.open311': '开放接口',

  'open311.title': '开放接口（Open311）',
  'open311.total': '共 {total} 个接入应用，{active} 个有效',
  'open311.issue': '发放密钥',
  'open311.empty': '还没有接入应用',

  'open311.help.intro':
    '第三方应用（如 12345 热线、政务 App、小程序）可通过 Open311 GeoReport v2 标准接口查询事件分类和公开诉求，并向本平台提交诉求。',
  'open311.help.endpoint': '接口地址',
  'open311.help.discovery': '服务发现',
  'open311.help.services': '服务类型（事件分类）',
  'open311.help.docs': '接口文档',
  'open311.help.key':
    '提交诉求（POST requests.json，表单格式）须带 api_key 参数，且须给出 lat / long；查询无需密钥。每个密钥只能提交其所属区县内的诉求，且每小时提交数有上限。',

  'open311.column.name': '应用名称',
  'open311.column.contact': '联系人 / 方式',
  'open311.column.key': '密钥',
  'open311.column.district': '区县',
  'open311.column.created': '发放时间',
  'open311.column.createdBy': '发放人',
  'open311.column.lastUsed': '最近使用',
  'open311.column.status': '状态',
  'open311.neverUsed': '从未使用',
  'open311.active': '有效',
  'open311.revoked': '已吊销',
  'open311.revokedAt': '吊销于 {time}',

  'open311.revoke': '吊销',
  'open311.revokeConfirm': '吊销“{name}”的密钥？',
  'open311.revokeExplain': '该应用此后的提交会被拒绝，此操作不能撤销；如需继续接入，请重新发放密钥。',
  'open311.revokedDone': '已吊销“{name}”的密钥',

  'open311.issueTitle': '发放 Open311 密钥',
  'open311.issueExplain': '为一个接入应用发放一把密钥。密钥只在发放后显示一次，平台只保存其摘要。',
  'open311.issueSubmit': '发放',
  'open311.name': '应用名称',
  'open311.nameHint': '2–100 个字，例如“历下区 12345 热线”',
  'open311.contact': '联系人 / 联系方式',
  'open311.contactHint': '选填，便于密钥出问题时联系对方，例如“王工 0531-12345678”',
  'open311.district': '所属区县',
  'open311.districtHint': '密钥只能提交该区县内的诉求',
  'open311.districtPlaceholder': '选择区县',

  'open311.keyTitle': '密钥已发放：{name}',
  'open311.keyWarning': '请立即复制并妥善保存此密钥：它只显示这一次',
  'open311.keyWarningDetail':
    '关闭此窗口后，任何人（包括管理员）都无法再次查看。如果遗失，请吊销后重新发放。请通过安全渠道交给对方，不要通过公开群聊发送。',
  'open311.keyLabel': 'api_key',
  'open311.copy': '复制密钥',
  'open311.copied': '已复制到剪贴板',
  'open311.copyFailed': '无法自动复制，请手动选中密钥复制',
  'open311.keyUsage': '提交诉求示例',
  'open311.keyDone': '我已保存，关闭',
};
