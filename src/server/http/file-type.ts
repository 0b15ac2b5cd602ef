import { fileTypeFromBuffer } from 'file-type';
import { type AttachmentExtension, attachmentMediaTypes } from '../../domain/documents';

/**
 * What a file is, from its content (its magic numbers and, for DOCX, the parts inside the zip),
 * never from its name; null for anything that is not one of the accepted kinds.
 */
export async function detectFileType(content: Buffer): Promise<AttachmentExtension | null> {
  const type = await fileTypeFromBuffer(content);
  return type && Object.hasOwn(attachmentMediaTypes, type.ext) ? (type.ext as AttachmentExtension) : null;
}
