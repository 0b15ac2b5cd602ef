import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Institution,
  type InstitutionBody,
  type InstitutionKind,
  InstitutionList,
  type PartnerBody,
  PartnersView,
  type ReferralBody,
  type ReferralOutcomeBody,
  type TeamMeetingBody,
  type UpdateInstitutionBody,
  type UpdatePartnerBody,
} from '../../contract/partners';
import { api } from './client';
import type { Versioned } from './contacts';
import { problemCode } from './errors';
import { familiesKeys } from './families';
import { useInfiniteList } from './infiniteList';

export interface InstitutionFilters {
  q: string;
  kind: InstitutionKind | null;
  /** `true`: in the directory, `false`: retired, null: both. */
  active: boolean | null;
}

export const partnersKeys = {
  institutions: ['institutions'] as const,
  institutionList: (filters: InstitutionFilters) => ['institutions', 'list', filters] as const,
  institutionChoices: (q: string) => ['institutions', 'choices', q] as const,
  view: (engagementId: string) => ['partners', engagementId] as const,
};

const path = (collection: string, id: string, rest = '') =>
  `/api/${collection}/${encodeURIComponent(id)}${rest ? `/${rest}` : ''}`;

// ── the directory ────────────────────────────────────────────────────────────────────────────

/** The office's directory of institutions by name, matching the filters, a page at a time. */
export function useInstitutionList(filters: InstitutionFilters) {
  return useInfiniteList({
    queryKey: partnersKeys.institutionList(filters),
    path: '/api/institutions',
    schema: InstitutionList,
    query: {
      q: filters.q,
      kind: filters.kind,
      active: filters.active === null ? null : String(filters.active),
    },
  });
}

/** How many institutions a picker offers at once: typing narrows them. */
const CHOICES = 30;

/** The institutions still in the directory whose name matches what is typed: a picker's choices. */
export function useInstitutionChoices(q: string) {
  return useQuery({
    queryKey: partnersKeys.institutionChoices(q),
    queryFn: ({ signal }) =>
      api('/api/institutions', {
        schema: InstitutionList,
        signal,
        query: { q, active: 'true', limit: CHOICES },
      }),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
  });
}

/**
 * Adds an institution to the directory or, given it as it was read, changes or retires it. The
 * lists and pickers reload either way: a refusal may come from someone's change meanwhile.
 */
export function useSaveInstitution(institution: Versioned | null) {
  const queryClient = useQueryClient();
  return useMutation({
    // A new institution is always in the directory: `active` matters only to a change.
    mutationFn: ({ active, ...body }: InstitutionBody & { active: boolean }) =>
      institution
        ? api(path('institutions', institution.id), {
            method: 'PUT',
            body: { ...body, active, version: institution.version } satisfies UpdateInstitutionBody,
            schema: Institution,
          })
        : api('/api/institutions', { method: 'POST', body, schema: Institution }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: partnersKeys.institutions }),
  });
}

// ── an engagement's partners ─────────────────────────────────────────────────────────────────

/** Who works with the family, its referrals and the team's meetings; each opening is audited. */
export function usePartners(engagementId: string) {
  return useQuery({
    queryKey: partnersKeys.view(engagementId),
    queryFn: ({ signal }) =>
      api(path('engagements', engagementId, 'partners'), { schema: PartnersView, signal }),
  });
}

/**
 * A change to the engagement's partners: every such endpoint answers with all of them after the
 * change, which replaces the cached view; the family's file (its referrals) follows. A refusal
 * because someone changed a record meanwhile reloads the view.
 */
function usePartnersMutation<Input>(engagementId: string, call: (input: Input) => Promise<PartnersView>) {
  const queryClient = useQueryClient();
  const viewKey = partnersKeys.view(engagementId);
  return useMutation({
    mutationFn: call,
    onSuccess: async (view) => {
      queryClient.setQueryData(viewKey, view);
      await queryClient.invalidateQueries({ queryKey: familiesKeys.all, refetchType: 'inactive' });
    },
    onError: (error) => {
      if (problemCode(error) === 'conflict') void queryClient.invalidateQueries({ queryKey: viewKey });
    },
  });
}

const callForView = (url: string, method: 'POST' | 'PUT', body: unknown) =>
  api(url, { method, body, schema: PartnersView });

/** Adds a person or institution working with the family or, given one as it was read, changes it. */
export function useSavePartner(engagementId: string, partner: Versioned | null) {
  return usePartnersMutation(engagementId, (body: PartnerBody) =>
    partner
      ? callForView(path('partners', partner.id), 'PUT', {
          ...body,
          version: partner.version,
        } satisfies UpdatePartnerBody)
      : callForView(path('engagements', engagementId, 'partners'), 'POST', body),
  );
}

/** Refers a member of the family (or the whole family) to an institution's service. */
export function useAddReferral(engagementId: string) {
  return usePartnersMutation(engagementId, (body: ReferralBody) =>
    callForView(path('engagements', engagementId, 'referrals'), 'POST', body),
  );
}

/** Records what came of a referral, given it as it was read. */
export function useRecordReferralOutcome(engagementId: string, referral: Versioned) {
  return usePartnersMutation(engagementId, (body: Omit<ReferralOutcomeBody, 'version'>) =>
    callForView(path('referrals', referral.id, 'outcome'), 'PUT', {
      ...body,
      version: referral.version,
    } satisfies ReferralOutcomeBody),
  );
}

/** Records a meeting of the interdisciplinary team or a diagnostic-support group about the family. */
export function useAddTeamMeeting(engagementId: string) {
  return usePartnersMutation(engagementId, (body: TeamMeetingBody) =>
    callForView(path('engagements', engagementId, 'team-meetings'), 'POST', body),
  );
}
