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

export function readDraft(path: string): string {
  let stats;
  try {
    stats = statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReadError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? 'error'})`);
  }
  if (stats.isDirectory()) throw new ReadError(`${path}: is a directory, not a file`);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    throw new ReadError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return decodeDraft(bytes, path);
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeDraft(Buffer.concat(chunks), '<stdin>');
}
