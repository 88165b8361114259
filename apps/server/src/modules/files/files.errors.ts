import { defineErrors } from '../../http/errors.ts';

export const FilesErrors = defineErrors({
  FILES_MISSING: {
    status: 400,
    'zh-CN': '请选择要上传的文件（表单字段 file）',
    en: 'No file was sent (form field "file")',
  },
  FILES_MULTIPART_REQUIRED: {
    status: 415,
    'zh-CN': '请以 multipart/form-data 表单上传文件',
    en: 'Upload files as multipart/form-data',
  },
  FILES_FORM_INVALID: {
    status: 400,
    'zh-CN': '上传表单格式错误（每次只能上传一个文件）',
    en: 'The upload form is malformed (one file per request)',
  },
  FILES_TOO_LARGE: {
    status: 413,
    'zh-CN': '文件过大，单个文件不能超过 {limitMiB} MB',
    en: 'The file is too large; the limit is {limitMiB} MiB per file',
  },
  FILES_TYPE_UNSUPPORTED: {
    status: 415,
    'zh-CN': '仅支持 JPEG、PNG、WebP 格式的图片',
    en: 'Only JPEG, PNG and WebP images are accepted',
  },
  FILES_HEIC_UNSUPPORTED: {
    status: 415,
    'zh-CN':
      '暂不支持 HEIC/HEIF 格式的照片。请在手机“设置 → 相机 → 格式”中选择“兼容性最佳”后重新拍摄，或先将照片转换为 JPEG 再上传',
    en:
      'HEIC/HEIF photos are not supported. On the phone choose Settings → Camera → Formats → "Most Compatible" ' +
      '(JPEG) and take the photo again, or convert it to JPEG before uploading',
  },
  FILES_IMAGE_CORRUPT: {
    status: 422,
    'zh-CN': '图片已损坏或不完整，无法读取',
    en: 'The image is damaged or incomplete and cannot be read',
  },
  FILES_IMAGE_TOO_LARGE: {
    status: 422,
    'zh-CN': '图片像素过多（上限 {megapixels} 百万像素），请降低分辨率后再上传',
    en: 'The image has too many pixels (limit {megapixels} megapixels); lower its resolution and retry',
  },
  FILES_NOT_FOUND: { status: 404, 'zh-CN': '文件不存在', en: 'No such file' },
});
