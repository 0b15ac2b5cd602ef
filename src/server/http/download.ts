import type { FastifyReply } from 'fastify';

/** A file name's safe form of Polish words: "Łucja Żak" → "lucja-zak". */
export const slug = (words: string) =>
  words
    .toLowerCase()
    .replaceAll('ł', 'l')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * The Content-Disposition of a download: the name as it is (RFC 5987) for browsers that read
 * it, and its safe form for those that do not.
 */
export function attachmentDisposition(filename: string): string {
  const dot = filename.lastIndexOf('.');
  const safe =
    dot > 0
      ? `${slug(filename.slice(0, dot)) || 'plik'}${filename.slice(dot).toLowerCase()}`
      : slug(filename);
  return `attachment; filename="${safe}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

/** Sends a file for download under its name. */
export const sendDownload = (
  reply: FastifyReply,
  file: { content: Buffer; mediaType: string; fileName: string },
) =>
  reply
    .header('content-type', file.mediaType)
    .header('content-disposition', attachmentDisposition(file.fileName))
    .header('cache-control', 'no-store')
    .send(file.content);
