export { type FileStore, LocalFileStore } from './file-store.ts';
export { FilesErrors } from './files.errors.ts';
export { filesPolicy } from './files.policy.ts';
export { type FilesRoutesOptions, filesRoutes } from './files.routes.ts';
export { getFilesForAttach } from './get-files-for-attach.ts';
export { type FileReader, type FileRow, findReadableFile, toFileInfo } from './read-file.ts';
