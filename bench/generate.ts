import { sql } from 'drizzle-orm';
import type { Database } from '../src/server/db/client';
import { contacts } from '../src/server/db/schema';
import { CONTACT_EVERY_HOURS, type ScaleSize } from './scales';

/*
 * Fictional data at a benchmark scale, in bulk SQL (generate_series), reproducible from a seed:
 * the same seed gives the same ids (md5 of the seed and the row's number) and the same rows.
 * Offices, their assistants, a manager and a social worker each; families with a parent and
 * one to three children; one engagement each, spread over the years, closed after 12 to 18
 * months or still in work; a plan for those in work; contacts about twice a week.
 */

const SURNAMES = [
  'Nowak',
  'Kowalska',
  'Wiśniewski',
  'Wójcik',
  'Kowalczyk',
  'Kamińska',
  'Lewandowski',
  'Zielińska',
  'Szymański',
  'Woźniak',
  'Dąbrowska',
  'Kozłowski',
  'Jankowska',
  'Mazur',
  'Kwiatkowski',
  'Krawczyk',
  'Piotrowska',
  'Grabowski',
  'Nowakowska',
  'Pawłowski',
  'Michalska',
  'Król',
  'Wieczorek',
  'Jabłońska',
  'Wróbel',
  'Majewski',
  'Olszewska',
  'Stępień',
  'Malinowski',
  'Jaworska',
];
const FIRST_NAMES = [
  'Anna',
  'Piotr',
  'Katarzyna',
  'Tomasz',
  'Magdalena',
  'Paweł',
  'Agnieszka',
  'Marcin',
  'Joanna',
  'Łukasz',
  'Zofia',
  'Jakub',
  'Julia',
  'Szymon',
  'Lena',
  'Filip',
  'Maja',
  'Kacper',
  'Hanna',
  'Antoni',
];
const REASONS = [
  'goals_achieved',
  'family_withdrew',
  'no_effects',
  'method_change',
  'child_of_age',
  'court_decision',
];

const array = (values: string[]) => `array[${values.map((v) => `'${v}'`).join(',')}]`;
/** A version-4-shaped uuid from the md5 of the seed, the kind and the row's number. */
const id = (seed: number, kind: string, n: string) =>
  `overlay(overlay(md5('${seed}:${kind}:' || ${n}) placing '4' from 13) placing '8' from 17)::uuid`;

export interface Generated {
  families: number;
  contacts: number;
  seconds: number;
}

/** Fills an empty, migrated database; `today` ends the period the data covers. */
export async function generate(
  db: Database,
  size: ScaleSize,
  options: { seed: number; today: string; passwordHash: string },
) {
  const started = Date.now();
  const { seed, today } = options;
  const F = size.familiesPerYear * size.years;
  const O = size.offices;
  const A = size.assistants;
  const days = size.years * 365;
  const office = (n: string) => id(seed, 'office', `(1 + (${n} - 1) % ${O})`);
  // The k-th family of an office goes to one of its assistants (assistant a serves office 1 + (a-1) % O).
  const assistantOf = (n: string) =>
    id(
      seed,
      'assistant',
      `((1 + (${n} - 1) % ${O}) + ${O} * ((((${n} - 1) / ${O})) % ((${A} - (1 + (${n} - 1) % ${O})) / ${O} + 1)))`,
    );
  const run = (statement: string) => db.execute(sql.raw(statement));

  await run(`insert into offices (id, name, street, postal_code, city)
    select ${id(seed, 'office', 'n')}, 'Ośrodek Pomocy Społecznej nr ' || n, 'ul. Główna ' || n, '00-001', 'Gmina ' || n
    from generate_series(1, ${O}) n`);
  await run(`insert into users (id, office_id, email, name, password_hash)
    select ${id(seed, 'assistant', 'a')}, ${id(seed, 'office', `(1 + (a - 1) % ${O})`)}, 'asystent' || a || '@bench.example',
      (${array(FIRST_NAMES)})[1 + a % ${FIRST_NAMES.length}] || ' ' || (${array(SURNAMES)})[1 + (a * 7) % ${SURNAMES.length}] || ' ' || a,
      '${options.passwordHash}'
    from generate_series(1, ${A}) a`);
  await run(`insert into users (id, office_id, email, name, password_hash)
    select ${id(seed, 'manager', 'n')}, ${id(seed, 'office', 'n')}, 'kierownik' || n || '@bench.example', 'Kierownik ' || n, '${options.passwordHash}'
    from generate_series(1, ${O}) n
    union all
    select ${id(seed, 'worker', 'n')}, ${id(seed, 'office', 'n')}, 'pracownik' || n || '@bench.example', 'Pracownik socjalny ' || n, '${options.passwordHash}'
    from generate_series(1, ${O}) n`);
  await run(`insert into user_roles (user_id, role)
    select ${id(seed, 'assistant', 'a')}, 'assistant' from generate_series(1, ${A}) a
    union all select ${id(seed, 'manager', 'n')}, 'manager' from generate_series(1, ${O}) n
    union all select ${id(seed, 'worker', 'n')}, 'social_worker' from generate_series(1, ${O}) n`);

  await run(`insert into families (id, office_id, case_number, name, street, postal_code, city, registered_by, social_worker_id, court_supervision, za_zyciem)
    select ${id(seed, 'family', 'n')}, ${office('n')}, 'RA.' || n, (${array(SURNAMES)})[1 + n % ${SURNAMES.length}],
      'ul. Lipowa ' || (n % 200 + 1), '00-001', 'Gmina ' || (1 + (n - 1) % ${O}),
      ${id(seed, 'worker', `(1 + (n - 1) % ${O})`)}, ${id(seed, 'worker', `(1 + (n - 1) % ${O})`)}, n % 9 = 0, n % 13 = 0
    from generate_series(1, ${F}) n`);
  // The parent (m = 0) and one to three children.
  await run(`insert into people (id, office_id, first_name, last_name, birth_date, sex)
    select ${id(seed, 'person', `n || ':' || m`)}, ${office('n')}, (${array(FIRST_NAMES)})[1 + (n + m) % ${FIRST_NAMES.length}],
      (${array(SURNAMES)})[1 + n % ${SURNAMES.length}],
      case when m = 0 then make_date(1975 + n % 20, 1 + n % 12, 1 + n % 28) else make_date(2008 + (n + m) % 15, 1 + m * 3, 1 + n % 28) end,
      case when (n + m) % 2 = 0 then 'female' else 'male' end
    from generate_series(1, ${F}) n cross join lateral generate_series(0, 1 + n % 3) m`);
  await run(`insert into family_members (family_id, person_id, relation)
    select ${id(seed, 'family', 'n')}, ${id(seed, 'person', `n || ':' || m`)}, case when m = 0 then 'parent' else 'child' end
    from generate_series(1, ${F}) n cross join lateral generate_series(0, 1 + n % 3) m`);

  // Engagements spread evenly over the years; 12–18 months long, or still in work.
  await run(`create temporary table bench_engagements as
    select n, ${id(seed, 'engagement', 'n')} as id, ${id(seed, 'family', 'n')} as family_id, ${office('n')} as office_id,
      ${assistantOf('n')} as assistant_id, ${id(seed, 'manager', `(1 + (n - 1) % ${O})`)} as manager_id,
      '${today}'::date - ${days} + (n::bigint * ${days} / ${F})::int as assigned_on,
      (365 + n % 180) as length
    from generate_series(1, ${F}) n`);
  await run(`insert into assistance_requests (id, office_id, family_id, justification, legal_basis, consent_date, consent_signed_by, status, filed_by, filed_at, decided_by, decided_at)
    select ${id(seed, 'request', 'n')}, office_id, family_id, 'Trudności opiekuńczo-wychowawcze.', 'consent', assigned_on - 3, 'Rodzic', 'approved',
      ${id(seed, 'worker', `(1 + (n - 1) % ${O})`)}, assigned_on - 2, manager_id, assigned_on
    from bench_engagements`);
  await run(`insert into engagements (id, office_id, family_id, request_id, assistant_id, status, assigned_by, assigned_at, first_contact_date, closed_on, closure_reason)
    select id, office_id, family_id, ${id(seed, 'request', 'n')}, assistant_id,
      case when assigned_on + length < '${today}'::date then 'closed' else 'implementation' end,
      manager_id, assigned_on + time '10:00', assigned_on + 3,
      case when assigned_on + length < '${today}'::date then assigned_on + length end,
      case when assigned_on + length < '${today}'::date then (${array(REASONS)})[1 + n % ${REASONS.length}] end
    from bench_engagements`);
  await run(`insert into engagement_assignments (engagement_id, assistant_id, assigned_by, started_at)
    select id, assistant_id, manager_id, assigned_on + time '10:00' from bench_engagements`);
  await run(`insert into work_plan_versions (engagement_id, number, goals, coauthors, created_by, created_at)
    select id, 1, jsonb_build_array(jsonb_build_object('id', ${id(seed, 'goal', 'n')}, 'title', 'Uregulowanie opłat', 'area', 'finances_work',
        'actions', jsonb_build_array(jsonb_build_object('id', ${id(seed, 'action', 'n')}, 'description', 'Budżet domowy',
          'responsible', jsonb_build_object('kind', 'assistant'), 'deadline', (assigned_on + 90 + n % 400)::text,
          'expectedEffect', 'Opłaty na bieżąco', 'status', 'planned', 'result', null)))),
      jsonb_build_object('memberIds', '[]'::jsonb, 'socialWorkerId', null, 'fosterCareCoordinator', null, 'childAssistancePlan', null),
      assistant_id, assigned_on + 20
    from bench_engagements where assigned_on + length >= '${today}'::date`);
  // About two contacts a week from the first contact to the closure or today, an hour each.
  await run(`insert into contacts (engagement_id, assistant_id, date, start_time, end_time, kind, place, participants, description, action_ids)
    select e.id, e.assistant_id, d::date, lpad((8 + e.n % 10)::text, 2, '0') || ':00', lpad((9 + e.n % 10)::text, 2, '0') || ':00',
      'home_visit', 'family_home', '{"memberIds": [], "others": null}'::jsonb, 'Rozmowa o planie dnia i budżecie.', '[]'::jsonb
    from bench_engagements e
    cross join lateral generate_series((e.assigned_on + 3)::timestamp, least(e.assigned_on + e.length, '${today}'::date)::timestamp, interval '${CONTACT_EVERY_HOURS} hours') d`);
  await run('drop table bench_engagements');
  await run('analyze');

  return {
    families: F,
    contacts: await db.$count(contacts),
    seconds: (Date.now() - started) / 1000,
  } satisfies Generated;
}
