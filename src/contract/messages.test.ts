import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldMessage, validationErrorMap } from './messages';

const schema = z.object({
  name: z.string().trim().min(1).max(5),
  password: z.string().min(12, { message: 'password_too_short' }),
  email: z.email(),
  count: z.number().max(3),
});

function messages(input: unknown, locale: 'pl' | 'en') {
  const result = schema.safeParse(input, { error: validationErrorMap(locale) });
  return Object.fromEntries(
    result.error?.issues.map((i) => [i.path.join('.'), fieldMessage(i.message, locale)]) ?? [],
  );
}

describe('validation messages', () => {
  it('speaks plain Polish', () => {
    expect(messages({ name: '', password: 'short', email: 'x', count: 9 }, 'pl')).toEqual({
      name: 'To pole jest wymagane.',
      password: 'Hasło musi mieć co najmniej 12 znaków.',
      email: 'Podaj poprawny adres e-mail.',
      count: 'Wartość może wynosić najwyżej 3.',
    });
  });

  it('speaks English when asked', () => {
    expect(messages({ name: 'too long', password: 'x'.repeat(12), email: 'a@b.pl', count: 1 }, 'en')).toEqual(
      {
        name: 'Enter at most 5 characters.',
      },
    );
  });

  it('calls a missing field required', () => {
    expect(messages({}, 'pl').email).toBe('To pole jest wymagane.');
  });
});
