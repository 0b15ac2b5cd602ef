import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, toPage } from './cursor';

describe('cursors', () => {
  it('round-trips the sort key and rejects garbage', () => {
    expect(decodeCursor(encodeCursor(['kowalska', 'id-1']))).toEqual(['kowalska', 'id-1']);
    expect(decodeCursor('not base64 json')).toBeNull();
    expect(decodeCursor(undefined)).toBeNull();
  });

  it('gives a next cursor only when there is a next page', () => {
    const rows = [{ k: 1 }, { k: 2 }, { k: 3 }];
    expect(toPage(rows, 2, (r) => [r.k])).toEqual({
      items: [{ k: 1 }, { k: 2 }],
      nextCursor: encodeCursor([2]),
    });
    expect(toPage(rows, 3, (r) => [r.k]).nextCursor).toBeNull();
  });
});
