import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { assessments, courtOpinions, engagementRequests } from '../../db/schema';

/** The engagement a record of it belongs to; none for an unknown id or one of another kind. */
export async function engagementOfRecord(
  db: Executor,
  record: 'assessment' | 'extension_request' | 'closure_request' | 'court_opinion',
  id: string,
): Promise<string | undefined> {
  const [row] =
    record === 'assessment'
      ? await db.select({ id: assessments.engagementId }).from(assessments).where(eq(assessments.id, id))
      : record === 'court_opinion'
        ? await db
            .select({ id: courtOpinions.engagementId })
            .from(courtOpinions)
            .where(eq(courtOpinions.id, id))
        : await db
            .select({ id: engagementRequests.engagementId })
            .from(engagementRequests)
            .where(
              and(
                eq(engagementRequests.id, id),
                eq(engagementRequests.kind, record === 'closure_request' ? 'closure' : 'extension'),
              ),
            );
  return row?.id;
}
