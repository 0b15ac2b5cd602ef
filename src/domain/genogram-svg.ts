import {
  type EdgeLabel,
  type GraphLabel,
  graphlib,
  layout,
  type NodeLabel,
  type OrderConstraint,
} from '@dagrejs/dagre';
import type {
  EmotionalTie,
  Genogram,
  GenogramPerson,
  GenogramRelation,
  ParentageKind,
  PartnershipKind,
} from './genogram';

/**
 * Draws a family's genogram as one standalone SVG string in McGoldrick's notation, for the family
 * file in the browser and for printed documents on the server. Pure and synchronous. dagre's layered
 * layout decides the generations, the order within each row and every position; this module only
 * tells it what belongs together (couples, the household) and turns the laid-out boxes into
 * symbols and lines. No DOM and no Node APIs, so the same code runs in both places.
 *
 * The markup is meant to be read by programs too: each person is a `g.person`, each relation a
 * `g.relation` with `data-type`, `data-from` and `data-to`, the household a `rect.household`.
 * Styling is in presentation attributes, not a `<style>` element, because an inline SVG's
 * stylesheet would leak into the page around it; for the same reason nothing carries an `id`.
 */

export interface GenogramSvgOptions {
  /** The accessible name, the SVG's `<title>`; "Genogram" when not given. */
  title?: string;
  /** The accessible description, `<desc>`; a list of the people when not given. */
  description?: string;
  /** Shows the age of the living inside their symbols; the caller passes it so output stays deterministic. */
  asOfYear?: number;
}

type Partnership = Extract<GenogramRelation, { kind: 'partnership' }>;
type Parentage = Extract<GenogramRelation, { kind: 'parentage' }>;
type SiblingTie = Extract<GenogramRelation, { kind: 'sibling' }>;
type Emotional = Extract<GenogramRelation, { kind: 'emotional' }>;

// --- Geometry -------------------------------------------------------------------------------

const SYMBOL = 40;
const HALF = SYMBOL / 2;
const FONT_SIZE = 12;
const SMALL_FONT_SIZE = 10;
const LINE_HEIGHT = 15;
/** Average advance of a 12px sans-serif character: widths are estimated, there is no DOM to measure with. */
const CHAR_WIDTH = 6.6;
const MAX_LINE_WIDTH = 116;
/** Leaves room between partners for the years of their relationship. */
const MIN_NODE_WIDTH = SYMBOL + 36;
const MARGIN = 24;
const BAR_LANE = 7;
const INK = '#222';
/** A white outline under the letters, so a line passing behind a label does not cross it out. */
const HALO: Attributes = {
  stroke: '#fff',
  'stroke-width': 3,
  'stroke-linejoin': 'round',
  'paint-order': 'stroke',
};

// --- Who belongs with whom ------------------------------------------------------------------

/** The parents a set of children hang from: a couple, a single parent, or none (siblings only). */
interface Union {
  node: string;
  parents: string[];
  children: string[];
  since: number;
}

interface Family {
  people: GenogramPerson[];
  relations: GenogramRelation[];
  unions: Union[];
  /** Partners left to right, one list per group of people linked by partnerships. */
  rows: string[][];
}

const personNode = (id: string) => `p:${id}`;
const HOUSEHOLD = 'household';
const WITH_HOUSEHOLD = 'with-household:';
const pairKey = (a: string, b: string) => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

function relationEnds(relation: GenogramRelation): [string, string] {
  return relation.kind === 'parentage' ? [relation.parent, relation.child] : [relation.a, relation.b];
}

/** Drops repeated people and relations that point at nobody in the drawing, rather than failing. */
function usableParts(genogram: Genogram) {
  const seen = new Set<string>();
  const people = genogram.people.filter((person) => !seen.has(person.id) && seen.add(person.id));
  const relations = genogram.relations.filter((relation) => {
    const [from, to] = relationEnds(relation);
    return from !== to && seen.has(from) && seen.has(to);
  });
  return { people, relations };
}

/** A child's parents split into couples: the two it has, or partners among several (birth and foster). */
function parentGroups(parents: string[], arePartners: (a: string, b: string) => boolean): string[][] {
  if (parents.length <= 2) return [parents];
  const groups: string[][] = [];
  const rest = [...parents];
  for (let parent = rest.shift(); parent !== undefined; parent = rest.shift()) {
    const partnerAt = rest.findIndex((other) => arePartners(parent, other));
    groups.push(partnerAt >= 0 ? [parent, ...rest.splice(partnerAt, 1)] : [parent]);
  }
  return groups;
}

function findUnions(people: GenogramPerson[], relations: GenogramRelation[]): Union[] {
  const unions = new Map<string, Union>();
  const unionOf = (parents: string[]) => {
    const key = [...parents].sort().join('\n');
    let union = unions.get(key);
    if (!union) {
      union = { node: `u:${unions.size}`, parents, children: [], since: Number.POSITIVE_INFINITY };
      unions.set(key, union);
    }
    return union;
  };
  const partnerships = relations.filter((r): r is Partnership => r.kind === 'partnership');
  for (const partnership of partnerships) {
    const union = unionOf([partnership.a, partnership.b]);
    union.since = Math.min(union.since, partnership.since ?? Number.POSITIVE_INFINITY);
  }
  const partnered = new Set(partnerships.map((p) => pairKey(p.a, p.b)));
  const parentages = relations.filter((r): r is Parentage => r.kind === 'parentage');
  for (const person of people) {
    const parents = [...new Set(parentages.filter((r) => r.child === person.id).map((r) => r.parent))];
    if (parents.length === 0) continue;
    for (const group of parentGroups(parents, (a, b) => partnered.has(pairKey(a, b)))) {
      const union = unionOf(group);
      if (!union.children.includes(person.id)) union.children.push(person.id);
    }
  }
  const siblingGroups = groupSiblingsWithoutParents(people, relations, [...unions.values()]);
  return [...unions.values(), ...siblingGroups.map((children, i) => siblingUnion(i, children))];
}

const siblingUnion = (index: number, children: string[]): Union => ({
  node: `s:${index}`,
  parents: [],
  children,
  since: Number.POSITIVE_INFINITY,
});

/** Siblings with no parent in common in the data still need to stand side by side in one row. */
function groupSiblingsWithoutParents(
  people: GenogramPerson[],
  relations: GenogramRelation[],
  unions: Union[],
) {
  const shareParents = (a: string, b: string) =>
    unions.some((union) => union.children.includes(a) && union.children.includes(b));
  const groupOf = new Map<string, string>();
  const root = (id: string): string => {
    const up = groupOf.get(id);
    return up === undefined || up === id ? id : root(up);
  };
  for (const tie of relations.filter((r): r is SiblingTie => r.kind === 'sibling')) {
    if (shareParents(tie.a, tie.b)) continue;
    const [a, b] = [root(tie.a), root(tie.b)];
    groupOf.set(a, b);
    groupOf.set(b, b);
  }
  const groups = new Map<string, string[]>();
  for (const person of people) {
    if (!groupOf.has(person.id)) continue;
    const group = groups.get(root(person.id)) ?? [];
    group.push(person.id);
    groups.set(root(person.id), group);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}

/** Everyone's partners, the earliest relationship first. */
function partnersOf(unions: Union[]) {
  const couples = unions
    .map((union, order) => ({ union, order }))
    .filter(({ union }) => union.parents.length === 2)
    .sort((x, y) => x.union.since - y.union.since || x.order - y.order);
  const partners = new Map<string, string[]>();
  for (const { union } of couples) {
    const [a, b] = union.parents as [string, string];
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  }
  return partners;
}

/**
 * Orders one group of partners left to right: the person with most partners in the middle, the
 * earlier partner on the left and the later on the right, a man to the left of a woman in a single
 * couple; partners of partners go further out on their side.
 */
function arrangeRow(start: string, partners: Map<string, string[]>, sexOf: (id: string) => string | null) {
  const row = [start];
  const placed = new Set(row);
  const queue = [start];
  for (let person = queue.shift(); person !== undefined; person = queue.shift()) {
    const newcomers = (partners.get(person) ?? []).filter((partner) => !placed.has(partner));
    newcomers.forEach((partner, i) => {
      const at = row.indexOf(person);
      const goesLeft =
        person === start
          ? newcomers.length === 1
            ? sexOf(partner) === 'male' && sexOf(start) !== 'male'
            : i % 2 === 0
          : at < row.indexOf(start);
      row.splice(goesLeft ? at : at + 1, 0, partner);
      placed.add(partner);
      queue.push(partner);
    });
  }
  return row;
}

function partnerRows(people: GenogramPerson[], unions: Union[]): string[][] {
  const partners = partnersOf(unions);
  const sex = new Map(people.map((person) => [person.id, person.sex]));
  const rows: string[][] = [];
  const placed = new Set<string>();
  for (const person of people) {
    if (placed.has(person.id) || !partners.has(person.id)) continue;
    const component = connected(person.id, partners);
    const most = Math.max(...component.map((id) => partners.get(id)?.length ?? 0));
    const start = people.find((p) => component.includes(p.id) && partners.get(p.id)?.length === most);
    const row = arrangeRow(start?.id ?? person.id, partners, (id) => sex.get(id) ?? null);
    for (const id of row) placed.add(id);
    rows.push(row);
  }
  return rows;
}

function connected(start: string, links: Map<string, string[]>): string[] {
  const found = [start];
  for (let i = 0; i < found.length; i++) {
    for (const next of links.get(found[i] ?? '') ?? []) if (!found.includes(next)) found.push(next);
  }
  return found;
}

/** The household is one block in every row, so its members in a row of partners must stand together. */
function householdTogether(row: string[], inHousehold: Set<string>): string[] {
  const first = row.findIndex((id) => inHousehold.has(id));
  if (first < 0) return row;
  const inside = row.filter((id) => inHousehold.has(id));
  return [...row.slice(0, first), ...inside, ...row.slice(first).filter((id) => !inHousehold.has(id))];
}

/**
 * Partners living outside the household stand beside its boundary, and two of them on the same
 * side would push each other outwards, so a row is turned round when its side is already taken.
 * Rows with more of the household keep the usual left-to-right order first.
 */
function faceRows(rows: string[][], inHousehold: Set<string>): string[][] {
  const taken = { left: 0, right: 0 };
  const gathered = rows.map((row) => householdTogether(row, inHousehold));
  const members = (row: string[]) => row.filter((id) => inHousehold.has(id)).length;
  const byWeight = gathered
    .map((row, i) => ({ row, i }))
    .sort((x, y) => members(y.row) - members(x.row) || x.i - y.i);
  const faced = [...gathered];
  for (const { row, i } of byWeight) {
    const inside = row.map((id) => inHousehold.has(id));
    if (!inside.includes(true) || !inside.includes(false)) continue;
    const outLeft = inside.indexOf(true) > 0;
    const outRight = inside.lastIndexOf(true) < row.length - 1;
    const turn = outLeft !== outRight && (outLeft ? taken.left > taken.right : taken.right > taken.left);
    faced[i] = turn ? [...row].reverse() : row;
    if (turn ? outRight : outLeft) taken.left++;
    if (turn ? outLeft : outRight) taken.right++;
  }
  return faced;
}

function readFamily(genogram: Genogram): Family {
  const { people, relations } = usableParts(genogram);
  const unions = findUnions(people, relations);
  const inHousehold = new Set(people.filter((p) => p.household).map((p) => p.id));
  return { people, relations, unions, rows: faceRows(partnerRows(people, unions), inHousehold) };
}

// --- Labels ---------------------------------------------------------------------------------

const textWidth = (text: string) => [...text].length * CHAR_WIDTH;

/** Long names wrap once, at the space that gives the most even two lines. */
function nameLines(name: string): string[] {
  const words = name.trim().split(/\s+/);
  if (textWidth(name) <= MAX_LINE_WIDTH || words.length < 2) return [name.trim()];
  const splits = words
    .slice(1)
    .map((_, i) => [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')]);
  const widest = (lines: string[]) => Math.max(...lines.map((line) => textWidth(line)));
  return splits.reduce((best, lines) => (widest(lines) < widest(best) ? lines : best));
}

function yearsLine(person: GenogramPerson): string | null {
  const born = person.birthYear === null ? null : `*${person.birthYear}`;
  const died = person.deathYear === null ? null : `†${person.deathYear}`;
  const line = [born, died].filter(Boolean).join(' ');
  return line === '' ? null : line;
}

const labelLines = (person: GenogramPerson) => [...nameLines(person.name), yearsLine(person)].filter(isText);
const isText = (line: string | null): line is string => line !== null;

function yearsOf(partnership: Partnership): string | null {
  const since = partnership.since ?? null;
  const until = partnership.until ?? null;
  if (since === null && until === null) return null;
  return until === null ? `${since}` : `${since ?? ''}–${until}`;
}

// --- Layout ---------------------------------------------------------------------------------

interface Placed {
  id: string;
  cx: number;
  cy: number;
  /** Half the width of the symbol and its label, the space the person owns in the row. */
  halfWidth: number;
  rank: number;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Layout {
  people: Map<string, Placed>;
  /** Where dagre put each union's node: its y is the level of the line the children hang from. */
  unions: Map<string, { x: number; y: number }>;
  household: Rect | null;
  /** For each person with partners, the sides (-1 left, 1 right) they stand on. */
  partnerSides: Map<string, number[]>;
  width: number;
  height: number;
}

type LayoutGraph = graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>;

/**
 * Compound clusters that keep partners side by side and the household in one block. Every couple
 * group is a cluster; when some partners live in the household and some elsewhere (a parent's
 * former partner, a grandparent who died), the household is wrapped in a cluster with those
 * outside partners, so they stand right next to the household's edge and nobody else comes between.
 */
function clusterTree(family: Family): Map<string, string> {
  const parentOf = new Map<string, string>();
  const inHousehold = new Set(family.people.filter((p) => p.household).map((p) => p.id));
  const household = inHousehold.size > 0 ? HOUSEHOLD : null;
  let outermost = household;
  family.rows.forEach((row, i) => {
    const inside = row.filter((id) => inHousehold.has(id));
    const outside = row.filter((id) => !inHousehold.has(id));
    if (household === null || inside.length === 0 || outside.length === 0) {
      const cluster = `couple:${i}`;
      if (household !== null && outside.length === 0) parentOf.set(cluster, household);
      for (const id of row) parentOf.set(personNode(id), cluster);
      return;
    }
    const insideCluster = inside.length > 1 ? `couple:${i}` : household;
    if (inside.length > 1) parentOf.set(insideCluster, household);
    for (const id of inside) parentOf.set(personNode(id), insideCluster);
    const wrapper = `${WITH_HOUSEHOLD}${i}`;
    if (outermost !== null) parentOf.set(outermost, wrapper);
    for (const id of outside) parentOf.set(personNode(id), wrapper);
    outermost = wrapper;
  });
  for (const id of inHousehold) if (!parentOf.has(personNode(id))) parentOf.set(personNode(id), HOUSEHOLD);
  return parentOf;
}

const ancestry = (node: string, parentOf: Map<string, string>) => {
  const path = [node];
  for (let up = parentOf.get(node); up !== undefined; up = parentOf.get(up)) path.push(up);
  return [...path, ''];
};

/** The innermost cluster holding all the given nodes ('' for the whole drawing). */
function commonCluster(nodes: string[], parentOf: Map<string, string>): string {
  const [first, ...rest] = nodes.map((node) => ancestry(node, parentOf).slice(1));
  return first?.find((cluster) => rest.every((path) => path.includes(cluster))) ?? '';
}

/**
 * dagre orders only siblings in the cluster tree, so "a left of b" becomes a constraint between
 * the clusters (or people) under their common cluster.
 */
function liftConstraint(left: string, right: string, parentOf: Map<string, string>): OrderConstraint | null {
  const leftPath = ancestry(left, parentOf);
  const rightPath = ancestry(right, parentOf);
  const common = leftPath.find((cluster) => rightPath.includes(cluster));
  const leftSide = leftPath[leftPath.indexOf(common ?? '') - 1];
  const rightSide = rightPath[rightPath.indexOf(common ?? '') - 1];
  if (leftSide === undefined || rightSide === undefined || leftSide === rightSide) return null;
  return { left: leftSide, right: rightSide };
}

function nodeSize(person: GenogramPerson, lines: number) {
  const widest = Math.max(...labelLines(person).map((line) => textWidth(line)));
  return {
    width: Math.max(MIN_NODE_WIDTH, Math.ceil(widest) + 12),
    height: SYMBOL + 6 + lines * LINE_HEIGHT,
  };
}

/** Older siblings to the left; the children of a parent's earlier partnership before the later one's. */
function birthOrder(family: Family) {
  const born = new Map(
    family.people.map((p, i) => [p.id, { year: p.birthYear ?? Number.POSITIVE_INFINITY, i }]),
  );
  const byBirth = (a: string, b: string) => {
    const x = born.get(a);
    const y = born.get(b);
    return x && y ? x.year - y.year || x.i - y.i : 0;
  };
  const position = new Map(family.rows.flatMap((row) => row.map((id, i) => [id, i] as const)));
  const place = (union: Union) =>
    union.parents.reduce((sum, id) => sum + (position.get(id) ?? 0), 0) / Math.max(1, union.parents.length);
  const lists: string[][] = [];
  for (const row of family.rows) {
    const unions = family.unions.filter(
      (u) => u.parents.length > 0 && u.parents.every((id) => row.includes(id)),
    );
    unions.sort((a, b) => place(a) - place(b));
    lists.push([...new Set(unions.flatMap((union) => [...union.children].sort(byBirth)))]);
  }
  for (const union of family.unions.filter((u) => u.parents.length < 2)) {
    lists.push([...union.children].sort(byBirth));
  }
  return lists;
}

const isHouseholdBlock = (node: string) => node === HOUSEHOLD || node.startsWith(WITH_HOUSEHOLD);

/**
 * A couple who both have parents in the drawing is left for dagre to face whichever way crosses
 * fewer lines (two families joined by a marriage), rather than the man on the left.
 */
const marriedIn = (row: string[], family: Family) =>
  row.length === 2 &&
  row.every((id) => family.unions.some((union) => union.parents.length > 0 && union.children.includes(id)));

/**
 * "Left of" pairs that keep a row of partners in order: each partner is tied to the one in the
 * middle, and partners from outside the household to the household's edge. A star rather than a
 * chain, because dagre loses a chain between people with no line to the next row (such entries
 * have no barycenter to sort by), while it keeps a star.
 */
function rowPairs(row: string[], inHousehold: Set<string>, partnerCount: (id: string) => number) {
  const inside = row.filter((id) => inHousehold.has(id));
  const core = inside.length > 0 && inside.length < row.length ? inside : row;
  const centre = core.reduce((best, id) => (partnerCount(id) > partnerCount(best) ? id : best));
  const [first, last] = [core[0] ?? centre, core.at(-1) ?? centre];
  return row
    .filter((id) => id !== centre)
    .map((id) => {
      const side = core.includes(id) ? centre : row.indexOf(id) < row.indexOf(first) ? first : last;
      return row.indexOf(id) < row.indexOf(side) ? [id, side] : [side, id];
    });
}

/**
 * Partners' order first, then birth order. A constraint that contradicts the ones before it (odd
 * data: partners who are also recorded as siblings) is left out, as a cycle breaks dagre's ordering.
 */
function orderConstraints(family: Family, parentOf: Map<string, string>): OrderConstraint[] {
  const rightOf = new Map<string, string[]>();
  const reaches = (from: string, to: string): boolean =>
    from === to || (rightOf.get(from) ?? []).some((next) => reaches(next, to));
  const constraints: OrderConstraint[] = [];
  const keep = (sequence: string[], mayMoveHousehold: boolean) =>
    sequence.slice(1).forEach((right, i) => {
      const lifted = liftConstraint(sequence[i] ?? '', right, parentOf);
      if (!lifted || reaches(lifted.right, lifted.left) || reaches(lifted.left, lifted.right)) return;
      if (!mayMoveHousehold && (isHouseholdBlock(lifted.left) || isHouseholdBlock(lifted.right))) return;
      rightOf.set(lifted.left, [...(rightOf.get(lifted.left) ?? []), lifted.right]);
      constraints.push(lifted);
    });
  const partners = partnersOf(family.unions);
  const inHousehold = new Set(family.people.filter((p) => p.household).map((p) => p.id));
  for (const row of family.rows) {
    if (marriedIn(row, family)) continue;
    for (const pair of rowPairs(row, inHousehold, (id) => partners.get(id)?.length ?? 0)) {
      keep(pair.map(personNode), true);
    }
  }
  // Birth order must not push the household about: an uncle born after the mother may stand on
  // its left if that is where his parents are.
  for (const siblings of birthOrder(family)) keep(siblings.map(personNode), false);
  return constraints;
}

function layoutFamily(family: Family): Layout {
  const graph: LayoutGraph = new graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({
    compound: true,
    multigraph: true,
  });
  graph.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 22, edgesep: 8, marginx: MARGIN, marginy: MARGIN });
  const lines = Math.max(1, ...family.people.map((person) => labelLines(person).length));
  for (const person of family.people) graph.setNode(personNode(person.id), nodeSize(person, lines));
  const parentOf = clusterTree(family);
  for (const union of family.unions) {
    graph.setNode(union.node, { width: 1, height: 1 });
    const members = union.parents.length > 0 ? union.parents : union.children;
    const cluster = commonCluster(members.map(personNode), parentOf);
    if (cluster !== '') parentOf.set(union.node, cluster);
    // Heavy edges up to the parents keep partners in one row; lighter ones down to the children.
    for (const parent of union.parents)
      graph.setEdge(personNode(parent), union.node, { weight: 8, minlen: 1 });
    for (const child of union.children)
      graph.setEdge(union.node, personNode(child), { weight: 2, minlen: 1 });
  }
  // Clusters get their size from dagre; they only need to exist.
  for (const [node, cluster] of parentOf) {
    if (!graph.hasNode(cluster)) graph.setNode(cluster, { width: 0, height: 0 });
    if (!graph.hasNode(node)) graph.setNode(node, { width: 0, height: 0 });
    graph.setParent(node, cluster);
  }
  layout(graph, { constraints: orderConstraints(family, parentOf) });
  return readLayout(graph, family);
}

function readLayout(graph: LayoutGraph, family: Family): Layout {
  const people = new Map<string, Placed>();
  for (const person of family.people) {
    const node = graph.node(personNode(person.id));
    const top = (node.y ?? 0) - node.height / 2;
    people.set(person.id, {
      id: person.id,
      cx: node.x ?? 0,
      cy: top + HALF,
      halfWidth: node.width / 2,
      rank: node.rank ?? 0,
    });
  }
  const unions = new Map(
    family.unions.map((union) => {
      const node = graph.node(union.node);
      return [union.node, { x: node.x ?? 0, y: node.y ?? 0 }] as const;
    }),
  );
  const box = graph.hasNode(HOUSEHOLD) ? graph.node(HOUSEHOLD) : null;
  const household = box
    ? {
        x: (box.x ?? 0) - box.width / 2,
        y: (box.y ?? 0) - box.height / 2,
        width: box.width,
        height: box.height,
      }
    : null;
  const partnerSides = new Map(
    [...partnersOf(family.unions)].map(([id, partners]) => {
      const at = people.get(id)?.cx ?? 0;
      return [id, partners.map((partner) => Math.sign((people.get(partner)?.cx ?? at) - at))] as const;
    }),
  );
  const size = graph.graph();
  return { people, unions, household, partnerSides, width: size.width ?? 0, height: size.height ?? 0 };
}

// --- SVG primitives -------------------------------------------------------------------------

/** Escapes text and attribute values, and drops control characters that XML does not allow. */
function escapeXml(text: string): string {
  return text.replace(/\p{Cc}/gu, ' ').replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);
}
const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** One decimal is plenty on screen and keeps the output identical from run to run. */
const n = (value: number) => String(Math.round(value * 10) / 10 + 0);

type Attributes = Record<string, string | number | null | undefined>;
function attrs(attributes: Attributes): string {
  return Object.entries(attributes)
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => ` ${name}="${typeof value === 'number' ? n(value) : escapeXml(String(value))}"`)
    .join('');
}
const element = (name: string, attributes: Attributes, content?: string) =>
  content === undefined
    ? `<${name}${attrs(attributes)}/>`
    : `<${name}${attrs(attributes)}>${content}</${name}>`;

interface Point {
  x: number;
  y: number;
}
const pathData = (points: Point[]) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${n(p.x)} ${n(p.y)}`).join(' ');

const line = (d: string, stroke: Attributes, className = 'line') =>
  element('path', { class: className, d, fill: 'none', stroke: INK, 'stroke-width': 1.6, ...stroke });

// --- People ---------------------------------------------------------------------------------

function symbolShape(
  sex: GenogramPerson['sex'],
  cx: number,
  cy: number,
  half: number,
  attributes: Attributes,
) {
  switch (sex) {
    case 'male':
      return element('rect', {
        ...attributes,
        x: cx - half,
        y: cy - half,
        width: 2 * half,
        height: 2 * half,
      });
    case 'female':
      return element('circle', { ...attributes, cx, cy, r: half });
    case null: {
      const points = [
        `${n(cx)},${n(cy - half)}`,
        `${n(cx + half)},${n(cy)}`,
        `${n(cx)},${n(cy + half)}`,
        `${n(cx - half)},${n(cy)}`,
      ];
      return element('polygon', { ...attributes, points: points.join(' ') });
    }
  }
}

function deceasedCross(sex: GenogramPerson['sex'], cx: number, cy: number) {
  const reach = sex === 'male' ? HALF + 3 : HALF * 0.78;
  const d = `M${n(cx - reach)} ${n(cy - reach)} L${n(cx + reach)} ${n(cy + reach)} M${n(cx - reach)} ${n(cy + reach)} L${n(cx + reach)} ${n(cy - reach)}`;
  return element('path', { class: 'deceased-cross', d, stroke: INK, 'stroke-width': 1.6, fill: 'none' });
}

function drawPerson(person: GenogramPerson, at: Placed, options: GenogramSvgOptions): string {
  const { cx, cy } = at;
  const parts = [
    symbolShape(person.sex, cx, cy, HALF, { class: 'symbol', fill: '#fff', stroke: INK, 'stroke-width': 2 }),
  ];
  if (person.index) {
    parts.push(
      symbolShape(person.sex, cx, cy, HALF - 4, {
        class: 'index-outline',
        fill: 'none',
        stroke: INK,
        'stroke-width': 1.6,
      }),
    );
  }
  if (person.deceased) parts.push(deceasedCross(person.sex, cx, cy));
  const age =
    options.asOfYear !== undefined && !person.deceased && person.birthYear !== null
      ? options.asOfYear - person.birthYear
      : null;
  if (age !== null && age >= 0) {
    parts.push(
      element(
        'text',
        { class: 'age', x: cx, y: cy + 4, 'text-anchor': 'middle', 'font-size': FONT_SIZE },
        `${age}`,
      ),
    );
  }
  const names = nameLines(person.name);
  const firstLine = cy + HALF + 4 + FONT_SIZE;
  // A space ends every line but the last, so the text read out or copied is the whole name.
  const tspans = names.map((text, i) =>
    element(
      'tspan',
      { x: cx, y: firstLine + i * LINE_HEIGHT },
      escapeXml(i < names.length - 1 ? `${text} ` : text),
    ),
  );
  parts.push(
    element(
      'text',
      {
        class: 'name',
        'text-anchor': 'middle',
        'font-size': FONT_SIZE,
        'font-weight': person.index ? 700 : null,
        fill: INK,
        ...HALO,
      },
      tspans.join(''),
    ),
  );
  const years = yearsLine(person);
  if (years !== null) {
    const y = firstLine + names.length * LINE_HEIGHT;
    parts.push(
      element(
        'text',
        {
          class: 'years',
          x: cx,
          y,
          'text-anchor': 'middle',
          'font-size': SMALL_FONT_SIZE + 1,
          fill: '#444',
          ...HALO,
        },
        escapeXml(years),
      ),
    );
  }
  const classes = ['person', person.index ? 'index' : null, person.deceased ? 'deceased' : null]
    .filter(isText)
    .join(' ');
  return element(
    'g',
    {
      class: classes,
      'data-person-id': person.id,
      'data-sex': person.sex ?? 'unknown',
      'data-household': person.household ? 'true' : null,
    },
    parts.join(''),
  );
}

// --- Couples and children -------------------------------------------------------------------

/** Every relation is one group that says what it is and whom it links, whatever its lines look like. */
const relationGroup = (relation: GenogramRelation, type: string, content: string) => {
  const [from, to] = relationEnds(relation);
  return element(
    'g',
    {
      class: `relation relation-${relation.kind}`,
      'data-relation-id': relation.id,
      'data-type': type,
      'data-from': from,
      'data-to': to,
    },
    content,
  );
};

/** Partners stand side by side when no one else in their row stands between them. */
function sideBySide(a: Placed, b: Placed, layout: Layout) {
  if (Math.abs(a.cy - b.cy) > 0.5) return false;
  const [left, right] = a.cx < b.cx ? [a, b] : [b, a];
  return ![...layout.people.values()].some((p) => p.rank === a.rank && p.cx > left.cx && p.cx < right.cx);
}

/**
 * The partnership line: straight between neighbours, over the top when someone stands between;
 * then the children's line drops beside the outer partner, clear of the one in the middle.
 */
function coupleLine(a: Placed, b: Placed, layout: Layout, offset: number) {
  const [left, right] = a.cx < b.cx ? [a, b] : [b, a];
  if (sideBySide(a, b, layout)) {
    const y = left.cy + offset;
    const mid = { x: (left.cx + right.cx) / 2, y };
    return {
      d: pathData([
        { x: left.cx + HALF, y },
        { x: right.cx - HALF, y },
      ]),
      mid,
      drop: mid,
    };
  }
  const top = Math.min(left.cy, right.cy) - HALF - 12 - offset;
  const d = pathData([
    { x: left.cx, y: left.cy - HALF },
    { x: left.cx, y: top },
    { x: right.cx, y: top },
    { x: right.cx, y: right.cy - HALF },
  ]);
  const between = [...layout.people.values()]
    .filter((p) => p.rank === left.rank && p.cx > left.cx && p.cx < right.cx)
    .map((p) => p.cx);
  const partnersCount = (p: Placed) => layout.partnerSides.get(p.id)?.length ?? 0;
  const outer = partnersCount(left) <= partnersCount(right);
  const dropX = outer
    ? (left.cx + Math.min(...between, right.cx)) / 2
    : (right.cx + Math.max(...between, left.cx)) / 2;
  return { d, mid: { x: (left.cx + right.cx) / 2, y: top }, drop: { x: dropX, y: top } };
}

const partnershipStroke: Record<PartnershipKind, Attributes> = {
  marriage: {},
  cohabitation: { 'stroke-dasharray': '7 4' },
  separation: {},
  divorce: {},
};
const slashCount: Record<PartnershipKind, number> = {
  marriage: 0,
  cohabitation: 0,
  separation: 1,
  divorce: 2,
};

function drawPartnership(relation: Partnership, nth: number, layout: Layout, hasChildren: boolean): string {
  const a = layout.people.get(relation.a);
  const b = layout.people.get(relation.b);
  if (!a || !b) return '';
  const couple = coupleLine(a, b, layout, nth * 6);
  const parts = [line(couple.d, { ...partnershipStroke[relation.type], 'stroke-width': 2 })];
  const gap = Math.abs(a.cx - b.cx) - SYMBOL;
  const slashAt = couple.mid.x + (hasChildren ? Math.min(14, gap / 4) : 0);
  for (let i = 0; i < slashCount[relation.type]; i++) {
    const x = slashAt + (i - (slashCount[relation.type] - 1) / 2) * 6;
    const d = pathData([
      { x: x - 4, y: couple.mid.y + 6 },
      { x: x + 4, y: couple.mid.y - 6 },
    ]);
    parts.push(line(d, { 'stroke-width': 1.8 }, 'slash'));
  }
  const years = yearsOf(relation);
  if (years !== null) {
    const attributes = {
      class: 'relation-years',
      x: couple.mid.x,
      y: couple.mid.y - 8,
      'text-anchor': 'middle',
      'font-size': SMALL_FONT_SIZE,
      fill: '#444',
      ...HALO,
    };
    parts.push(element('text', attributes, escapeXml(years)));
  }
  return relationGroup(relation, relation.type, parts.join(''));
}

/**
 * Where the children's line leaves the parents: the middle of the partnership line, or beside a
 * single parent on a side with no partner, which reads as "other parent not known". A parent with
 * partners on both sides has it leave from the bottom of the symbol instead.
 */
function descentStart(union: Union, layout: Layout): Point[] {
  const [first, second] = union.parents.map((id) => layout.people.get(id));
  if (first && second) return [coupleLine(first, second, layout, 0).drop];
  if (!first) return [];
  const sides = layout.partnerSides.get(union.parents[0] ?? '') ?? [];
  if (sides.includes(-1) && sides.includes(1)) return [{ x: first.cx, y: first.cy + HALF }];
  const side = sides.includes(1) ? -1 : 1;
  const stub = first.cx + side * (first.halfWidth + 8);
  return [
    { x: first.cx + side * HALF, y: first.cy },
    { x: stub, y: first.cy },
  ];
}

/** Bars of different families in one row shift to their own level when they would overlap. */
function barLevels(unions: Union[], layout: Layout): Map<string, number> {
  const levels = new Map<string, number>();
  const rows = new Map<number, { union: Union; from: number; to: number }[]>();
  for (const union of unions) {
    const start = descentStart(union, layout).at(-1);
    const at = layout.unions.get(union.node);
    if (!start || !at || union.children.length === 0) continue;
    const xs = [start.x, ...union.children.map((id) => layout.people.get(id)?.cx ?? start.x)];
    const row = rows.get(Math.round(at.y)) ?? [];
    row.push({ union, from: Math.min(...xs), to: Math.max(...xs) });
    rows.set(Math.round(at.y), row);
  }
  for (const [y, spans] of rows) {
    const lanes: number[] = [];
    for (const span of spans.sort((p, q) => p.from - q.from || p.to - q.to)) {
      let lane = lanes.findIndex((end) => end < span.from - 4);
      if (lane < 0) lane = lanes.length;
      lanes[lane] = span.to;
      levels.set(span.union.node, lane);
    }
    for (const span of spans) {
      const lane = levels.get(span.union.node) ?? 0;
      levels.set(span.union.node, y + (lane - (lanes.length - 1) / 2) * BAR_LANE);
    }
  }
  return levels;
}

const parentageStroke: Record<ParentageKind, Attributes> = {
  biological: {},
  adoptive: { 'stroke-dasharray': '7 4' },
  foster: { 'stroke-dasharray': '1.5 3.5', 'stroke-linecap': 'round', 'stroke-width': 2 },
};

/**
 * A child hangs from its parents' line; when the two parents' bonds differ (a stepfather who
 * adopted his wife's child), the last stretch down to the child is doubled, each line on its
 * parent's side.
 */
function drawParentage(relation: Parentage, family: Family, bars: Map<string, number>, layout: Layout) {
  const union = family.unions.find(
    (u) => u.parents.includes(relation.parent) && u.children.includes(relation.child),
  );
  const child = layout.people.get(relation.child);
  const barY = union ? bars.get(union.node) : undefined;
  const start = union ? descentStart(union, layout) : [];
  const last = start.at(-1);
  if (!union || !child || barY === undefined || !last) return '';
  const otherParent = union.parents.find((id) => id !== relation.parent);
  const other = family.relations.find(
    (r): r is Parentage => r.kind === 'parentage' && r.parent === otherParent && r.child === relation.child,
  );
  const side = Math.sign(
    (layout.people.get(relation.parent)?.cx ?? 0) - (layout.people.get(otherParent ?? '')?.cx ?? 0),
  );
  const shift = other && other.type !== relation.type ? side * 2.5 : 0;
  // An only child almost under the parents' line hangs straight, without a one-pixel step.
  const straight = union.children.length === 1 && Math.abs(last.x - child.cx) < HALF / 2;
  const x = (straight ? last.x : child.cx) + shift;
  const points = [...start, { x: last.x, y: barY }, { x, y: barY }, { x, y: child.cy - HALF }];
  return relationGroup(relation, relation.type, line(pathData(points), parentageStroke[relation.type]));
}

function drawSibling(relation: SiblingTie, unions: Union[], layout: Layout) {
  const a = layout.people.get(relation.a);
  const b = layout.people.get(relation.b);
  if (!a || !b) return '';
  const own = unions.find(
    (u) => u.parents.length === 0 && u.children.includes(relation.a) && u.children.includes(relation.b),
  );
  const over = own ? (layout.unions.get(own.node)?.y ?? 0) : Math.min(a.cy, b.cy) - HALF - 10;
  const points = [
    { x: a.cx, y: a.cy - HALF },
    { x: a.cx, y: over },
    { x: b.cx, y: over },
    { x: b.cx, y: b.cy - HALF },
  ];
  const stroke = { stroke: '#666', 'stroke-width': 1.2, 'stroke-dasharray': '2 3' };
  return relationGroup(relation, 'sibling', line(pathData(points), stroke));
}

// --- Emotional ties -------------------------------------------------------------------------

const emotionalColour: Record<EmotionalTie, string> = {
  close: '#2e7d32',
  distant: '#8a8a8a',
  conflict: '#e07b00',
  violence: '#c62828',
  cut_off: '#555',
};

interface Curve {
  start: Point;
  control: Point;
  end: Point;
  /** The centres of the two symbols it links. */
  from: Point;
  to: Point;
}

const sub = (p: Point, q: Point) => ({ x: p.x - q.x, y: p.y - q.y });
const add = (p: Point, q: Point, k = 1) => ({ x: p.x + q.x * k, y: p.y + q.y * k });
const unit = (p: Point) => {
  const length = Math.hypot(p.x, p.y) || 1;
  return { x: p.x / length, y: p.y / length };
};
/** The left-hand normal: for a line drawn rightwards it points up. */
const normal = (p: Point) => unit({ x: p.y, y: -p.x });

/** The point on a symbol's outline in the given direction from its centre. */
function outline(sex: GenogramPerson['sex'], centre: Point, towards: Point): Point {
  const d = unit(sub(towards, centre));
  const reach =
    sex === 'female'
      ? HALF
      : sex === 'male'
        ? HALF / Math.max(Math.abs(d.x), Math.abs(d.y))
        : HALF / (Math.abs(d.x) + Math.abs(d.y));
  return add(centre, d, reach);
}

/**
 * Ties leave a symbol at one of its four diagonal points, the one facing the curve: the top, the
 * bottom and the sides are where the children's and partnership lines meet it.
 */
function diagonalOutline(sex: GenogramPerson['sex'], centre: Point, towards: Point): Point {
  const d = sub(towards, centre);
  return outline(sex, centre, add(centre, { x: d.x < 0 ? -1 : 1, y: d.y < 0 ? -1 : 1 }));
}

/** Ties bow away from the straight line so they do not sit on partnership or children's lines. */
function tieCurve(a: GenogramPerson, at: Placed, b: GenogramPerson, bt: Placed, nth: number): Curve {
  const p: Point = { x: at.cx, y: at.cy };
  const q: Point = { x: bt.cx, y: bt.cy };
  const [first, second] = p.x < q.x || (p.x === q.x && p.y < q.y) ? [p, q] : [q, p];
  const chord = sub(second, first);
  const bow = Math.min(56, Math.max(36, Math.hypot(chord.x, chord.y) * 0.2)) + nth * 24;
  const control = add(add(first, chord, 0.5), normal(chord), bow);
  const start = diagonalOutline(a.sex, p, control);
  return { start, control, end: diagonalOutline(b.sex, q, control), from: p, to: q };
}

const pointOn = (c: Curve, t: number): Point => ({
  x: (1 - t) ** 2 * c.start.x + 2 * (1 - t) * t * c.control.x + t ** 2 * c.end.x,
  y: (1 - t) ** 2 * c.start.y + 2 * (1 - t) * t * c.control.y + t ** 2 * c.end.y,
});
const withinSymbol = (p: Point, centre: Point) => ({
  x: Math.min(Math.max(p.x, centre.x - HALF), centre.x + HALF),
  y: Math.min(Math.max(p.y, centre.y - HALF), centre.y + HALF),
});

/** The direction of travel along the curve at t (its derivative, normalised). */
const tangentAt = (c: Curve, t: number) =>
  unit({
    x: (1 - t) * (c.control.x - c.start.x) + t * (c.end.x - c.control.x),
    y: (1 - t) * (c.control.y - c.start.y) + t * (c.end.y - c.control.y),
  });

const curveData = (c: Curve) =>
  `M${n(c.start.x)} ${n(c.start.y)} Q${n(c.control.x)} ${n(c.control.y)} ${n(c.end.x)} ${n(c.end.y)}`;
const curveLength = (c: Curve) => Math.hypot(c.end.x - c.start.x, c.end.y - c.start.y);

function sample(c: Curve, from: number, to: number, steps: number): Point[] {
  return Array.from({ length: steps + 1 }, (_, i) => pointOn(c, from + ((to - from) * i) / steps));
}

function zigzag(c: Curve, amplitude: number): Point[] {
  const steps = Math.max(6, Math.round(curveLength(c) / 8));
  return sample(c, 0, 1, steps).map((point, i) =>
    i === 0 || i === steps
      ? point
      : add(point, normal(tangentAt(c, i / steps)), i % 2 === 0 ? amplitude : -amplitude),
  );
}

function tieMarks(type: EmotionalTie, c: Curve): string {
  const stroke = { stroke: emotionalColour[type], 'stroke-width': 1.6 };
  switch (type) {
    case 'close': {
      const shift = normal(sub(c.end, c.start));
      const moved = (k: number) => ({
        ...c,
        start: withinSymbol(add(c.start, shift, k), c.from),
        control: add(c.control, shift, k),
        end: withinSymbol(add(c.end, shift, k), c.to),
      });
      return line(curveData(moved(2.5)), stroke, 'tie') + line(curveData(moved(-2.5)), stroke, 'tie');
    }
    case 'distant':
      return line(curveData(c), { ...stroke, 'stroke-dasharray': '6 5' }, 'tie');
    case 'conflict':
      return line(pathData(zigzag(c, 4)), stroke, 'tie');
    case 'violence': {
      const tip = c.end;
      const back = tangentAt(c, 1);
      const side = normal(back);
      const base = add(tip, back, -10);
      const head = pathData([add(base, side, 5), tip, add(base, side, -5)]);
      return (
        line(pathData(zigzag(c, 4)), { ...stroke, 'stroke-width': 2 }, 'tie') +
        element('path', { class: 'arrow', d: `${head} Z`, fill: emotionalColour.violence, stroke: 'none' })
      );
    }
    case 'cut_off': {
      const steps = Math.max(4, Math.round(curveLength(c) / 12));
      const bars = [0.44, 0.56].map((t) => {
        const at = pointOn(c, t);
        const across = normal(tangentAt(c, t));
        return pathData([add(at, across, 7), add(at, across, -7)]);
      });
      return (
        line(`${pathData(sample(c, 0, 0.44, steps))} ${pathData(sample(c, 0.56, 1, steps))}`, stroke, 'tie') +
        line(bars.join(' '), stroke, 'bar')
      );
    }
  }
}

function drawEmotional(relation: Emotional, nth: number, family: Family, layout: Layout) {
  const a = family.people.find((p) => p.id === relation.a);
  const b = family.people.find((p) => p.id === relation.b);
  const at = layout.people.get(relation.a);
  const bt = layout.people.get(relation.b);
  if (!a || !b || !at || !bt) return '';
  return relationGroup(relation, relation.type, tieMarks(relation.type, tieCurve(a, at, b, bt, nth)));
}

// --- The drawing ----------------------------------------------------------------------------

/** The nth relation of its kind between the same two people, so repeated ones are drawn apart. */
function repeatIndex(relations: GenogramRelation[]) {
  const counts = new Map<string, number>();
  return new Map(
    relations.map((relation) => {
      const key = `${relation.kind}\n${pairKey(...relationEnds(relation))}`;
      const nth = counts.get(key) ?? 0;
      counts.set(key, nth + 1);
      return [relation, nth] as const;
    }),
  );
}

function describe(family: Family): string {
  return family.people.map((person) => [person.name, yearsLine(person)].filter(isText).join(' ')).join('; ');
}

function svgDocument(
  width: number,
  height: number,
  options: GenogramSvgOptions,
  description: string,
  body: string,
) {
  const root = {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${n(width)} ${n(height)}`,
    width,
    height,
    role: 'img',
    class: 'genogram',
    'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif',
  };
  const head =
    element('title', {}, escapeXml(options.title ?? 'Genogram')) +
    element('desc', {}, escapeXml(description));
  return element('svg', root, head + body);
}

function householdBoundary(box: Rect) {
  return element('rect', {
    class: 'household',
    ...box,
    rx: 16,
    fill: 'none',
    stroke: '#5b7fa6',
    'stroke-width': 1.5,
    'stroke-dasharray': '8 5',
  });
}

/** Lines in layers, children's lines at the back and emotional ties over the rest; people on top. */
function drawRelations(family: Family, layout: Layout): string[] {
  const bars = barLevels(family.unions, layout);
  const nth = repeatIndex(family.relations);
  const hasChildren = (relation: Partnership) =>
    family.unions.some(
      (u) => u.children.length > 0 && u.parents.includes(relation.a) && u.parents.includes(relation.b),
    );
  const drawn = (relation: GenogramRelation): [number, string] => {
    switch (relation.kind) {
      case 'parentage':
        return [0, drawParentage(relation, family, bars, layout)];
      case 'sibling':
        return [1, drawSibling(relation, family.unions, layout)];
      case 'partnership':
        return [2, drawPartnership(relation, nth.get(relation) ?? 0, layout, hasChildren(relation))];
      case 'emotional':
        return [3, drawEmotional(relation, nth.get(relation) ?? 0, family, layout)];
    }
  };
  const layered = family.relations.map(drawn);
  return [0, 1, 2, 3].flatMap((layer) => layered.filter(([at]) => at === layer).map(([, svg]) => svg));
}

/** The family's genogram as an SVG document; the same input always gives the same text. */
export function renderGenogramSvg(genogram: Genogram, options: GenogramSvgOptions = {}): string {
  const family = readFamily(genogram);
  if (family.people.length === 0) {
    return svgDocument(2 * MARGIN, 2 * MARGIN, options, options.description ?? '', '');
  }
  const layout = layoutFamily(family);
  const people = family.people.map((person) => {
    const at = layout.people.get(person.id);
    return at ? drawPerson(person, at, options) : '';
  });
  const body = [
    layout.household ? householdBoundary(layout.household) : '',
    ...drawRelations(family, layout),
    ...people,
  ].join('');
  return svgDocument(layout.width, layout.height, options, options.description ?? describe(family), body);
}
