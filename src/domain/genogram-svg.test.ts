import { DOMParser, type Element, onWarningStopParsing } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emotionalTies,
  type Genogram,
  type GenogramPerson,
  type GenogramRelation,
  parentageKinds,
  partnershipKinds,
} from './genogram';
import { renderGenogramSvg } from './genogram-svg';

const person = (
  id: string,
  name: string,
  sex: GenogramPerson['sex'],
  birthYear: number | null,
  patch: Partial<GenogramPerson> = {},
): GenogramPerson => ({
  id,
  name,
  sex,
  birthYear,
  deathYear: null,
  deceased: false,
  index: false,
  household: false,
  ...patch,
});

/**
 * Three generations: a grandfather who died, the mother's divorce and remarriage, two children of
 * the first marriage, one of the second and a foster child; grandmother, mother, stepfather and
 * the children share the household, the children's father and the mother's brother live elsewhere.
 */
const nowakowie: Genogram = {
  people: [
    person('stanislaw', 'Stanisław Ćwik', 'male', 1938, { deathYear: 2015, deceased: true }),
    person('halina', 'Halina Ćwik', 'female', 1941, { household: true }),
    person('anna', 'Anna Nowak', 'female', 1975, { household: true }),
    person('piotr', 'Piotr Ćwik', 'male', 1978),
    person('marek', 'Marek Nowak', 'male', 1972),
    person('tomasz', 'Tomasz Wiśniewski', 'male', 1970, { household: true }),
    person('zofia', 'Zofia Nowak', 'female', 2006, { household: true }),
    person('kacper', 'Kacper Nowak', 'male', 2010, { household: true, index: true }),
    person('lucja', 'Łucja Żółć', 'female', 2012, { household: true }),
    person('maja', 'Maja Wiśniewska', 'female', 2017, { household: true }),
  ],
  relations: [
    { id: 'r1', kind: 'partnership', type: 'marriage', a: 'stanislaw', b: 'halina', since: 1963 },
    { id: 'r2', kind: 'parentage', type: 'biological', parent: 'stanislaw', child: 'anna' },
    { id: 'r3', kind: 'parentage', type: 'biological', parent: 'halina', child: 'anna' },
    { id: 'r4', kind: 'parentage', type: 'biological', parent: 'stanislaw', child: 'piotr' },
    { id: 'r5', kind: 'parentage', type: 'biological', parent: 'halina', child: 'piotr' },
    { id: 'r6', kind: 'partnership', type: 'divorce', a: 'marek', b: 'anna', since: 2004, until: 2013 },
    { id: 'r7', kind: 'partnership', type: 'marriage', a: 'anna', b: 'tomasz', since: 2016 },
    { id: 'r8', kind: 'parentage', type: 'biological', parent: 'marek', child: 'zofia' },
    { id: 'r9', kind: 'parentage', type: 'biological', parent: 'anna', child: 'zofia' },
    { id: 'r10', kind: 'parentage', type: 'biological', parent: 'marek', child: 'kacper' },
    { id: 'r11', kind: 'parentage', type: 'biological', parent: 'anna', child: 'kacper' },
    { id: 'r12', kind: 'parentage', type: 'foster', parent: 'anna', child: 'lucja' },
    { id: 'r13', kind: 'parentage', type: 'foster', parent: 'tomasz', child: 'lucja' },
    { id: 'r14', kind: 'parentage', type: 'biological', parent: 'anna', child: 'maja' },
    { id: 'r15', kind: 'parentage', type: 'biological', parent: 'tomasz', child: 'maja' },
    { id: 'r16', kind: 'emotional', type: 'conflict', a: 'marek', b: 'anna' },
    { id: 'r17', kind: 'emotional', type: 'close', a: 'kacper', b: 'halina' },
    { id: 'r18', kind: 'emotional', type: 'cut_off', a: 'piotr', b: 'anna' },
    { id: 'r19', kind: 'emotional', type: 'violence', a: 'marek', b: 'zofia' },
    { id: 'r20', kind: 'emotional', type: 'distant', a: 'tomasz', b: 'kacper' },
  ],
};

// --- Reading the SVG back -------------------------------------------------------------------

const parse = (svg: string) =>
  new DOMParser({ onError: onWarningStopParsing }).parseFromString(svg, 'image/svg+xml').documentElement;

type Root = NonNullable<ReturnType<typeof parse>>;

function draw(genogram: Genogram): Root {
  const root = parse(renderGenogramSvg(genogram, { title: 'Genogram rodziny Nowak' }));
  if (!root) throw new Error('no document element');
  return root;
}

const all = (root: Element, tag: string) => Array.from(root.getElementsByTagName(tag));
const classes = (element: Element) => (element.getAttribute('class') ?? '').split(' ');
const withClass = (root: Element, tag: string, name: string) =>
  all(root, tag).filter((element) => classes(element).includes(name));
const children = (group: Element) =>
  Array.from(group.childNodes).filter((node): node is Element => node.nodeType === 1);
const attr = (element: Element, name: string) => Number(element.getAttribute(name));

function personGroup(root: Element, id: string): Element {
  const group = withClass(root, 'g', 'person').find((g) => g.getAttribute('data-person-id') === id);
  if (!group) throw new Error(`no person ${id}`);
  return group;
}

function relationGroup(root: Element, id: string): Element {
  const group = withClass(root, 'g', 'relation').find((g) => g.getAttribute('data-relation-id') === id);
  if (!group) throw new Error(`no relation ${id}`);
  return group;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The bounding box of a person's symbol, whatever its shape. */
function symbolBox(root: Element, id: string): Box {
  const symbol = children(personGroup(root, id)).find((element) => classes(element).includes('symbol'));
  if (!symbol) throw new Error(`no symbol for ${id}`);
  switch (symbol.tagName) {
    case 'rect': {
      const [x, y] = [attr(symbol, 'x'), attr(symbol, 'y')];
      return { left: x, top: y, right: x + attr(symbol, 'width'), bottom: y + attr(symbol, 'height') };
    }
    case 'circle': {
      const [cx, cy, r] = [attr(symbol, 'cx'), attr(symbol, 'cy'), attr(symbol, 'r')];
      return { left: cx - r, top: cy - r, right: cx + r, bottom: cy + r };
    }
    default: {
      const numbers = (symbol.getAttribute('points') ?? '').split(/[ ,]/).map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
    }
  }
}

const middleY = (box: Box) => (box.top + box.bottom) / 2;

/** The corner points of a path drawn with M, L and Q commands (control points included). */
function points(path: Element) {
  const numbers = (path.getAttribute('d') ?? '').match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
  return numbers.flatMap((_, i) => (i % 2 === 0 ? [{ x: numbers[i] ?? 0, y: numbers[i + 1] ?? 0 }] : []));
}

function ends(path: Element) {
  const all = points(path);
  const [first, last] = [all[0], all.at(-1)];
  if (!first || !last) throw new Error('empty path');
  return { first, last };
}

const touches = (point: { x: number; y: number }, box: Box) =>
  point.x >= box.left - 1 && point.x <= box.right + 1 && point.y >= box.top - 1 && point.y <= box.bottom + 1;

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const lines = (group: Element, name = 'line') => withClass(group, 'path', name);
function onlyLine(group: Element): Element {
  const [line, ...more] = lines(group);
  if (!line || more.length > 0) throw new Error('expected exactly one line');
  return line;
}

// --- The tests ------------------------------------------------------------------------------

describe('the genogram drawing', () => {
  it('is a well-formed, accessible SVG document with a title and a description', () => {
    const root = draw(nowakowie);
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('viewBox')).toMatch(/^0 0 \d+(\.\d)? \d+(\.\d)?$/);
    expect(children(root)[0]?.tagName).toBe('title');
    expect(all(root, 'title')[0]?.textContent).toBe('Genogram rodziny Nowak');
    expect(all(root, 'desc')[0]?.textContent).toContain('Stanisław Ćwik *1938 †2015');
  });

  it('draws a square for each man, a circle for each woman, and one group per person', () => {
    const root = draw(nowakowie);
    expect(withClass(root, 'g', 'person')).toHaveLength(nowakowie.people.length);
    for (const { id, sex } of nowakowie.people) {
      const symbol = children(personGroup(root, id)).find((element) => classes(element).includes('symbol'));
      expect(symbol?.tagName).toBe(sex === 'male' ? 'rect' : 'circle');
      expect(personGroup(root, id).getAttribute('data-sex')).toBe(sex);
    }
  });

  it('draws a person of unknown sex as a diamond', () => {
    const root = draw({ people: [person('x', 'Dziecko', null, 2020)], relations: [] });
    expect(personGroup(root, 'x').getAttribute('data-sex')).toBe('unknown');
    expect(withClass(personGroup(root, 'x'), 'polygon', 'symbol')).toHaveLength(1);
  });

  it('marks the index person with a double outline and the deceased grandfather with a cross', () => {
    const root = draw(nowakowie);
    const kacper = personGroup(root, 'kacper');
    expect(classes(kacper)).toContain('index');
    expect(withClass(kacper, 'rect', 'index-outline')).toHaveLength(1);
    expect(withClass(root, 'g', 'index')).toHaveLength(1);

    const stanislaw = personGroup(root, 'stanislaw');
    expect(withClass(stanislaw, 'path', 'deceased-cross')).toHaveLength(1);
    expect(withClass(stanislaw, 'text', 'years')[0]?.textContent).toBe('*1938 †2015');
    expect(withClass(root, 'path', 'deceased-cross')).toHaveLength(1);
    expect(withClass(personGroup(root, 'halina'), 'text', 'years')[0]?.textContent).toBe('*1941');
  });

  it('puts parents above their children and partners side by side in one row', () => {
    const root = draw(nowakowie);
    for (const relation of nowakowie.relations) {
      if (relation.kind === 'parentage') {
        expect(symbolBox(root, relation.parent).bottom).toBeLessThan(symbolBox(root, relation.child).top);
      }
      if (relation.kind === 'partnership') {
        expect(middleY(symbolBox(root, relation.a))).toBe(middleY(symbolBox(root, relation.b)));
      }
    }
    const rows = new Set(nowakowie.people.map(({ id }) => middleY(symbolBox(root, id))));
    expect(rows.size).toBe(3);
  });

  it('draws the divorce with two slashes and the remarriage as a plain solid line', () => {
    const root = draw(nowakowie);
    const divorce = relationGroup(root, 'r6');
    expect(classes(divorce)).toEqual(['relation', 'relation-partnership']);
    expect(divorce.getAttribute('data-type')).toBe('divorce');
    expect([divorce.getAttribute('data-from'), divorce.getAttribute('data-to')]).toEqual(['marek', 'anna']);
    expect(lines(divorce, 'slash')).toHaveLength(2);
    expect(all(divorce, 'text')[0]?.textContent).toBe('2004–2013');

    const remarriage = relationGroup(root, 'r7');
    expect(remarriage.getAttribute('data-type')).toBe('marriage');
    expect(lines(remarriage, 'slash')).toHaveLength(0);
    expect(onlyLine(remarriage).getAttribute('stroke-dasharray')).toBeNull();
  });

  it('draws one slash for a separation and a dashed line for living together', () => {
    const couple = (type: (typeof partnershipKinds)[number]): Genogram => ({
      people: [person('a', 'Adam', 'male', 1980), person('b', 'Beata', 'female', 1982)],
      relations: [{ id: 'p', kind: 'partnership', type, a: 'a', b: 'b' }],
    });
    const slashes = partnershipKinds.map(
      (type) => lines(relationGroup(draw(couple(type)), 'p'), 'slash').length,
    );
    expect(slashes).toEqual([0, 0, 1, 2]);
    expect(
      onlyLine(relationGroup(draw(couple('cohabitation')), 'p')).getAttribute('stroke-dasharray'),
    ).not.toBeNull();
  });

  it("draws the foster child's line dotted and a born child's line solid", () => {
    const root = draw(nowakowie);
    const foster = relationGroup(root, 'r12');
    expect(foster.getAttribute('data-type')).toBe('foster');
    expect([foster.getAttribute('data-from'), foster.getAttribute('data-to')]).toEqual(['anna', 'lucja']);
    expect(onlyLine(foster).getAttribute('stroke-dasharray')).toMatch(/^[\d.]+ [\d.]+$/);
    expect(onlyLine(relationGroup(root, 'r14')).getAttribute('stroke-dasharray')).toBeNull();
  });

  it('draws adoption dashed, unlike fostering', () => {
    const family = (type: (typeof parentageKinds)[number]): Genogram => ({
      people: [person('m', 'Matka', 'female', 1980), person('c', 'Dziecko', 'male', 2010)],
      relations: [{ id: 'c', kind: 'parentage', type, parent: 'm', child: 'c' }],
    });
    const dashes = parentageKinds.map((type) =>
      onlyLine(relationGroup(draw(family(type)), 'c')).getAttribute('stroke-dasharray'),
    );
    expect(dashes[0]).toBeNull();
    expect(new Set(dashes).size).toBe(3);
  });

  it("joins partners' symbols and hangs each child from the middle of the parents' line", () => {
    const root = draw(nowakowie);
    for (const relation of nowakowie.relations) {
      if (relation.kind !== 'partnership') continue;
      const { first, last } = ends(onlyLine(relationGroup(root, relation.id)));
      const [a, b] = [symbolBox(root, relation.a), symbolBox(root, relation.b)];
      expect(touches(first, a) || touches(first, b)).toBe(true);
      expect(touches(last, a) || touches(last, b)).toBe(true);
    }
    const couple = ends(onlyLine(relationGroup(root, 'r7')));
    const foster = ends(onlyLine(relationGroup(root, 'r12')));
    expect(foster.first.x).toBeCloseTo((couple.first.x + couple.last.x) / 2, 0);
    expect(foster.first.y).toBe(couple.first.y);
    expect(touches(foster.last, symbolBox(root, 'lucja'))).toBe(true);
    expect(foster.last.y).toBe(symbolBox(root, 'lucja').top);
  });

  it('hangs a child with one known parent from beside that parent', () => {
    const root = draw({
      people: [person('m', 'Matka', 'female', 1980), person('c', 'Dziecko', 'male', 2010)],
      relations: [{ id: 'c', kind: 'parentage', type: 'biological', parent: 'm', child: 'c' }],
    });
    const { first, last } = ends(onlyLine(relationGroup(root, 'c')));
    expect(touches(first, symbolBox(root, 'm'))).toBe(true);
    expect(touches(last, symbolBox(root, 'c'))).toBe(true);
  });

  it('draws the household boundary around exactly the people who live in the household', () => {
    const root = draw(nowakowie);
    const [household, ...more] = withClass(root, 'rect', 'household');
    if (!household) throw new Error('no household boundary');
    expect(more).toHaveLength(0);
    const boundary = {
      left: attr(household, 'x'),
      top: attr(household, 'y'),
      right: attr(household, 'x') + attr(household, 'width'),
      bottom: attr(household, 'y') + attr(household, 'height'),
    };
    for (const { id, household: lives } of nowakowie.people) {
      const box = symbolBox(root, id);
      const inside =
        box.left > boundary.left &&
        box.right < boundary.right &&
        box.top > boundary.top &&
        box.bottom < boundary.bottom;
      expect({ id, inside }).toEqual({ id, inside: lives });
      if (!lives) expect({ id, overlaps: overlaps(box, boundary) }).toEqual({ id, overlaps: false });
    }
  });

  it('draws no household boundary when nobody is marked as living in the household', () => {
    const root = draw({ ...nowakowie, people: nowakowie.people.map((p) => ({ ...p, household: false })) });
    expect(withClass(root, 'rect', 'household')).toHaveLength(0);
  });

  it('draws each emotional tie with its type, between the two people', () => {
    const root = draw(nowakowie);
    const ties = withClass(root, 'g', 'relation-emotional');
    expect(ties.map((tie) => tie.getAttribute('data-type')).sort()).toEqual([...emotionalTies].sort());
    for (const tie of ties) {
      const [from, to] = [tie.getAttribute('data-from') ?? '', tie.getAttribute('data-to') ?? ''];
      for (const line of lines(tie, 'tie')) {
        const { first, last } = ends(line);
        expect(touches(first, symbolBox(root, from))).toBe(true);
        expect(touches(last, symbolBox(root, to))).toBe(true);
      }
    }
    const tie = (type: string) => ties.find((t) => t.getAttribute('data-type') === type) as Element;
    expect(lines(tie('close'), 'tie')).toHaveLength(2);
    expect(lines(tie('distant'), 'tie')[0]?.getAttribute('stroke-dasharray')).not.toBeNull();
    expect(withClass(tie('violence'), 'path', 'arrow')).toHaveLength(1);
    expect(lines(tie('cut_off'), 'bar')).toHaveLength(1);
    expect(lines(tie('conflict'), 'tie')[0]?.getAttribute('stroke')).not.toBe(
      lines(tie('violence'), 'tie')[0]?.getAttribute('stroke'),
    );
  });

  it('links siblings whose parents are not in the data', () => {
    const root = draw({
      people: [person('a', 'Jerzy', 'male', 1950), person('b', 'Henryk', 'male', 1953)],
      relations: [{ id: 's', kind: 'sibling', a: 'a', b: 'b' }],
    });
    const { first, last } = ends(onlyLine(relationGroup(root, 's')));
    expect(touches(first, symbolBox(root, 'a')) && touches(last, symbolBox(root, 'b'))).toBe(true);
    expect(middleY(symbolBox(root, 'a'))).toBe(middleY(symbolBox(root, 'b')));
  });

  it('writes Polish names as text and escapes the characters XML reserves', () => {
    const svg = renderGenogramSvg(nowakowie);
    expect(svg).toContain('Łucja Żółć');
    expect(svg).toContain('Stanisław Ćwik');
    const name = `Kowalska & <Syn> "Junior" 'Ćwik'`;
    const odd = renderGenogramSvg({ people: [person('x&"<', name, 'female', 1990)], relations: [] });
    expect(odd).toContain('Kowalska &amp; &lt;Syn&gt; &quot;Junior&quot; &apos;Ćwik&apos;');
    const root = parse(odd) as Root;
    expect(withClass(root, 'text', 'name')[0]?.textContent).toBe(name);
    expect(personGroup(root, 'x&"<').getAttribute('data-person-id')).toBe('x&"<');
  });

  it('draws an empty genogram as a valid picture with nothing in it', () => {
    const root = parse(renderGenogramSvg({ people: [], relations: [] })) as Root;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(children(root).map((element) => element.tagName)).toEqual(['title', 'desc']);
    expect(all(root, 'text')).toHaveLength(0);
  });

  it('gives the same text for the same family', () => {
    expect(renderGenogramSvg(nowakowie)).toBe(renderGenogramSvg(structuredClone(nowakowie)));
  });

  it('shows ages only when told the year, to stay deterministic', () => {
    expect(all(draw(nowakowie), 'text').some((text) => classes(text).includes('age'))).toBe(false);
    const root = parse(renderGenogramSvg(nowakowie, { asOfYear: 2026 })) as Root;
    expect(withClass(personGroup(root, 'kacper'), 'text', 'age')[0]?.textContent).toBe('16');
    expect(withClass(personGroup(root, 'stanislaw'), 'text', 'age')).toHaveLength(0);
  });

  it('still draws everyone when the data is odd: unknown people, self-links, cycles, repeats', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const people = fc.uniqueArray(
      fc.record({
        id: fc.constantFrom(...ids),
        name: fc.string(),
        sex: fc.constantFrom('female' as const, 'male' as const, null),
        birthYear: fc.option(fc.integer({ min: 1900, max: 2025 })),
        deathYear: fc.option(fc.integer({ min: 1900, max: 2025 })),
        deceased: fc.boolean(),
        index: fc.boolean(),
        household: fc.boolean(),
      }),
      { selector: (p) => p.id, maxLength: ids.length },
    );
    const someone = fc.constantFrom(...ids, 'nobody');
    const relation: fc.Arbitrary<GenogramRelation> = fc.oneof(
      fc.record({
        id: fc.string(),
        kind: fc.constant('partnership' as const),
        type: fc.constantFrom(...partnershipKinds),
        a: someone,
        b: someone,
      }),
      fc.record({
        id: fc.string(),
        kind: fc.constant('parentage' as const),
        type: fc.constantFrom(...parentageKinds),
        parent: someone,
        child: someone,
      }),
      fc.record({ id: fc.string(), kind: fc.constant('sibling' as const), a: someone, b: someone }),
      fc.record({
        id: fc.string(),
        kind: fc.constant('emotional' as const),
        type: fc.constantFrom(...emotionalTies),
        a: someone,
        b: someone,
      }),
    );
    fc.assert(
      fc.property(people, fc.array(relation, { maxLength: 12 }), (people, relations) => {
        const svg = renderGenogramSvg({ people, relations });
        expect(withClass(parse(svg) as Root, 'g', 'person')).toHaveLength(people.length);
        expect(svg).not.toMatch(/NaN|Infinity/);
      }),
      { numRuns: 300 },
    );
  });
});
