import type { MultipartFields, MultipartValue } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';
import { AppError } from '../errors/app-error';
import { parseInput } from './validation';

export interface Upload<F> {
  content: Buffer;
  fileName: string;
  fields: F;
}

/**
 * The one file of a multipart/form-data request, read whole up to the limit, with the form's
 * fields (sent before the file) validated like any other input.
 */
export async function receiveFile<F>(
  request: FastifyRequest,
  limit: { bytes: number; mb: number },
  fieldsSchema: ZodType<F>,
): Promise<Upload<F>> {
  const part = request.isMultipart() ? await request.file({ limits: { fileSize: limit.bytes } }) : undefined;
  if (!part) throw new AppError('file_missing');
  let content: Buffer;
  try {
    content = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new AppError('file_too_large', { params: { limit: limit.mb } });
    }
    throw error;
  }
  return {
    content,
    fileName: part.filename.slice(0, 255) || 'plik',
    fields: parseInput(fieldsSchema, formFields(part.fields), request.ctx.locale, 'body'),
  };
}

/** The form's text fields; empty ones count as not sent. */
function formFields(parts: MultipartFields): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const part of Object.values(parts).flat()) {
    const field = part as MultipartValue | undefined;
    if (field?.type === 'field' && typeof field.value === 'string' && field.value !== '') {
      fields[field.fieldname] = field.value;
    }
  }
  return fields;
}

export const MB = 1_048_576;
