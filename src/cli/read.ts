/** Reads a draft for the CLI, turning every way a read can fail into one clear line. */
import { readFileSync, statSync } from 'node:fs';

export class ReadError extends Error {}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8 text; rejects binary data and invalid UTF-8. */
export function decodeDraft(bytes: Uint8Array, name: string): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new ReadError(`${name}: looks like a binary file, not a text draft`);
  try {
    return decoder.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ReadError(`${name}: is not valid UTF-8 text`);
  }
}

/** Drafts larger than this are refused by default (a reply is a few KB; 10 MB is a book). */
export const DEFAULT_MAX_MB = 10;

function checkSize(size: number, name: string, maxMb: number): void {
  if (size > maxMb * 1024 * 1024) {
    throw new ReadError(`${name}: too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxMb} MB, raise it with --max-size)`);
  }
}

export function readDraft(path: string, maxMb = DEFAULT_MAX_MB): string {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'error'})`);
  }
  if (stats.isDirectory()) throw new ReadError(`${path}: is a directory, not a file`);
  checkSize(stats.size, path, maxMb);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ReadError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return decodeDraft(bytes, path);
}

export async function readStdin(maxMb = DEFAULT_MAX_MB): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    checkSize(size, '<stdin>', maxMb);
  }
  return decodeDraft(Buffer.concat(chunks), '<stdin>');
}
