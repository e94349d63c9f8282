/**
 * One app folder as a gzipped tar, the way RDK app managers and Lightning app
 * stores take a web app: the folder itself at the top, portable headers and a
 * fixed date, so the same build gives the same bytes.
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { create } from 'tar';

/**
 * @param {string} root the folder that holds the app folder
 * @param {string} folder the app folder's name inside `root`
 * @param {string} file the .tgz to write
 * @returns {Promise<string>} `file`
 */
export async function folderTarball(root, folder, file) {
  await mkdir(dirname(file), { recursive: true });
  await create(
    { gzip: true, file, cwd: root, portable: true, mtime: new Date('2020-01-01T00:00:00Z') },
    [folder],
  );
  return file;
}
