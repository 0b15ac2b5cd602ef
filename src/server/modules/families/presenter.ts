import type { FamilyFile, FamilySummary } from '../../../contract/families';
import type { AssistanceRequest, Engagement, EnvironmentalInterview } from '../../../contract/intake';
import type { Member, Relation } from '../../../contract/people';
import type { contactBansOf, FamilyRow, familyProblemsOf, listFamilies, membersOf } from './queries';

type SummaryRow = Awaited<ReturnType<typeof listFamilies>>[number];

export function presentSummary(row: SummaryRow | FamilyRow): FamilySummary {
  return {
    id: row.id,
    caseNumber: row.caseNumber,
    name: row.name,
    street: row.street,
    city: row.city,
    status: row.status,
    memberCount: row.memberCount,
    assistant: row.assistant,
    socialWorker: row.socialWorker,
    hasContactBan: row.hasContactBan,
  };
}

type MemberRow = Awaited<ReturnType<typeof membersOf>>[number];

export function presentMember(row: MemberRow): Member {
  return { ...row, relation: row.relation as Relation, sex: row.sex as Member['sex'] };
}

export function presentFamilyFile(parts: {
  family: FamilyRow;
  problems: Awaited<ReturnType<typeof familyProblemsOf>>;
  members: MemberRow[];
  bans: Awaited<ReturnType<typeof contactBansOf>>;
  interviews: EnvironmentalInterview[];
  requests: AssistanceRequest[];
  engagements: Engagement[];
  referrals: FamilyFile['referrals'];
}): FamilyFile {
  const { family, members } = parts;
  const nameOf = (personId: string) => {
    const member = members.find((m) => m.personId === personId);
    return { id: personId, name: member ? `${member.firstName} ${member.lastName}` : '' };
  };
  return {
    ...presentSummary(family),
    postalCode: family.postalCode,
    phone: family.phone,
    courtSupervision: family.courtSupervision,
    probationOfficer: family.probationOfficer,
    limitedParentalAuthority: family.limitedParentalAuthority,
    fosterCare: family.fosterCare,
    fosterCareCoordinator: family.fosterCareCoordinator,
    zaZyciem: family.zaZyciem,
    problems: parts.problems,
    members: members.map(presentMember),
    contactBans: parts.bans.map((ban) => ({
      id: ban.id,
      child: nameOf(ban.childId),
      parent: nameOf(ban.parentId),
      court: ban.court,
      rulingDate: ban.rulingDate,
      note: ban.note,
    })),
    interviews: parts.interviews,
    requests: parts.requests,
    engagements: parts.engagements,
    referrals: parts.referrals,
    createdAt: family.createdAt.toISOString(),
    version: family.version,
  };
}
