import { z } from 'zod';
import type { Locale } from './roles';

type Text = Record<Locale, string>;

/**
 * Field error codes of the domain. Schemas name them as their message (`{ message:
 * 'password_too_short' }`); server and web translate them with `fieldMessage`.
 */
export const fieldMessages = {
  password_too_short: {
    pl: 'Hasło musi mieć co najmniej 12 znaków.',
    en: 'The password must have at least 12 characters.',
  },
  password_too_long: {
    pl: 'Hasło może mieć najwyżej 200 znaków.',
    en: 'The password may have at most 200 characters.',
  },
  password_same_as_current: {
    pl: 'Nowe hasło musi różnić się od obecnego.',
    en: 'The new password must differ from the current one.',
  },
  password_wrong: {
    pl: 'Obecne hasło jest nieprawidłowe.',
    en: 'The current password is wrong.',
  },
  email_invalid: {
    pl: 'Podaj poprawny adres e-mail.',
    en: 'Enter a valid email address.',
  },
  email_taken: {
    pl: 'Konto z tym adresem e-mail już istnieje.',
    en: 'An account with this email already exists.',
  },
  roles_required: {
    pl: 'Wybierz co najmniej jedną rolę.',
    en: 'Choose at least one role.',
  },
  pesel_format: {
    pl: 'PESEL składa się z 11 cyfr.',
    en: 'A PESEL has 11 digits.',
  },
  pesel_checksum: {
    pl: 'Ten PESEL ma błędną cyfrę kontrolną — sprawdź, czy nie ma literówki.',
    en: 'This PESEL has a wrong check digit — check it for a typo.',
  },
  pesel_date: {
    pl: 'Ten PESEL zawiera datę urodzenia, która nie istnieje.',
    en: 'This PESEL encodes a birth date that does not exist.',
  },
  pesel_birth_date_mismatch: {
    pl: 'Data urodzenia nie zgadza się z numerem PESEL.',
    en: 'The birth date does not match the PESEL.',
  },
  pesel_sex_mismatch: {
    pl: 'Płeć nie zgadza się z numerem PESEL.',
    en: 'The sex does not match the PESEL.',
  },
  pesel_taken: {
    pl: 'Osoba z tym numerem PESEL jest już w rejestrze — wybierz ją zamiast dodawać ponownie.',
    en: 'A person with this PESEL is already registered — choose them instead of adding them again.',
  },
  birth_date_required: {
    pl: 'Podaj datę urodzenia osoby, która nie ma numeru PESEL.',
    en: 'Enter the birth date of a person without a PESEL.',
  },
  case_number_taken: {
    pl: 'Rodzina o tym numerze sprawy jest już zarejestrowana.',
    en: 'A family with this case number is already registered.',
  },
  postal_code_format: {
    pl: 'Podaj kod pocztowy w formacie 00-000.',
    en: 'Enter the postal code as 00-000.',
  },
  staff_invalid: {
    pl: 'Wybierz aktywną osobę z ośrodka o właściwej roli.',
    en: 'Choose an active person of the office with the right role.',
  },
  problem_type_invalid: {
    pl: 'Wybierz problem ze słownika ośrodka.',
    en: 'Choose a problem from the office dictionary.',
  },
  person_not_member: {
    pl: 'Wybierz członka tej rodziny.',
    en: 'Choose a member of this family.',
  },
  same_person: {
    pl: 'Dziecko i rodzic muszą być różnymi osobami.',
    en: 'The child and the parent must be different people.',
  },
  date_in_future: {
    pl: 'Data nie może być z przyszłości.',
    en: 'The date cannot be in the future.',
  },
  interview_invalid: {
    pl: 'Wybierz wywiad środowiskowy tej rodziny.',
    en: 'Choose an environmental interview of this family.',
  },
  problem_type_taken: {
    pl: 'Taki problem jest już w słowniku.',
    en: 'This problem is already in the dictionary.',
  },
  member_already_added: {
    pl: 'Ta osoba jest już członkiem rodziny.',
    en: 'This person is already a member of the family.',
  },
  child_not_minor: {
    pl: 'Wybierz niepełnoletnie dziecko z tej rodziny.',
    en: 'Choose a minor child of this family.',
  },
  date_before_assignment: {
    pl: 'Data nie może być wcześniejsza niż przydzielenie asystenta.',
    en: 'The date cannot be earlier than the assignment of the assistant.',
  },
  date_before_first_contact: {
    pl: 'Data nie może być wcześniejsza niż pierwszy kontakt z rodziną.',
    en: 'The date cannot be earlier than the first contact with the family.',
  },
  due_before_received: {
    pl: 'Termin nie może być wcześniejszy niż data wpływu.',
    en: 'The due date cannot be earlier than the date received.',
  },
  goal_not_in_plan: {
    pl: 'Wybierz cel z obowiązującego planu pracy.',
    en: 'Choose a goal of the work plan in force.',
  },
  time_invalid: {
    pl: 'Podaj godzinę w formacie GG:MM, np. 09:30.',
    en: 'Enter the time as HH:MM, e.g. 09:30.',
  },
  month_invalid: {
    pl: 'Podaj miesiąc w formacie RRRR-MM.',
    en: 'Enter the month as YYYY-MM.',
  },
  end_before_start: {
    pl: 'Koniec musi być później niż początek.',
    en: 'The end must come after the start.',
  },
  range_too_long: {
    pl: 'Wybierz okres najwyżej dwóch miesięcy.',
    en: 'Choose a period of at most two months.',
  },
  time_overlaps: {
    pl: 'W tym czasie masz już zapisany kontakt lub inną pracę.',
    en: 'You already have a contact or other work recorded at this time.',
  },
  action_not_in_plan: {
    pl: 'Wybierz działanie z planu pracy tej rodziny.',
    en: "Choose an action of this family's work plan.",
  },
  partner_who_required: {
    pl: 'Podaj osobę albo wybierz instytucję.',
    en: 'Enter a person or choose an institution.',
  },
  institution_invalid: {
    pl: 'Wybierz instytucję z katalogu ośrodka.',
    en: "Choose an institution from the office's directory.",
  },
  institution_name_taken: {
    pl: 'Instytucja o tej nazwie jest już w katalogu.',
    en: 'An institution of this name is already in the directory.',
  },
  closure_incomplete: {
    pl: 'Podaj datę i podstawę zakończenia procedury.',
    en: 'Enter the date and the ground of the closure.',
  },
  genogram_person_unknown: {
    pl: 'Wybierz osobę z genogramu.',
    en: 'Choose a person of the genogram.',
  },
  genogram_person_is_member: {
    pl: 'Członków rodziny genogram zawiera sam — dodaj tylko osoby spoza rodziny.',
    en: 'Members of the family are in the genogram already — add only people beyond them.',
  },
  engagement_not_of_family: {
    pl: 'Wybierz współpracę tej rodziny.',
    en: 'Choose an engagement of this family.',
  },
  programme_required: {
    pl: 'Podaj nazwę i rok programu, z którego finansowane jest zatrudnienie.',
    en: 'Enter the name and year of the programme that pays for the employment.',
  },
  project_required: {
    pl: 'Podaj nazwę projektu, z którego finansowane jest zatrudnienie.',
    en: 'Enter the name of the project that pays for the employment.',
  },
  record_not_of_engagement: {
    pl: 'Wybierz dokument tej współpracy.',
    en: 'Choose a record of this engagement.',
  },
} as const satisfies Record<string, Text>;

export type FieldCode = keyof typeof fieldMessages;

export function isFieldCode(value: string): value is FieldCode {
  return Object.hasOwn(fieldMessages, value);
}

const generic = {
  required: { pl: 'To pole jest wymagane.', en: 'This field is required.' },
  tooShort: { pl: 'Wpisz co najmniej {n} znaków.', en: 'Enter at least {n} characters.' },
  tooLong: { pl: 'Wpisz najwyżej {n} znaków.', en: 'Enter at most {n} characters.' },
  tooSmall: { pl: 'Wartość musi wynosić co najmniej {n}.', en: 'The value must be at least {n}.' },
  tooBig: { pl: 'Wartość może wynosić najwyżej {n}.', en: 'The value may be at most {n}.' },
  tooFew: { pl: 'Wybierz co najmniej {n}.', en: 'Choose at least {n}.' },
  tooMany: { pl: 'Wybierz najwyżej {n}.', en: 'Choose at most {n}.' },
  wrongType: { pl: 'Nieprawidłowy typ wartości.', en: 'Wrong type of value.' },
  email: fieldMessages.email_invalid,
  date: { pl: 'Podaj datę w formacie RRRR-MM-DD.', en: 'Enter a date as YYYY-MM-DD.' },
  id: { pl: 'Nieprawidłowy identyfikator.', en: 'Invalid identifier.' },
  option: { pl: 'Wybierz jedną z dostępnych wartości.', en: 'Choose one of the available values.' },
  unknownKeys: { pl: 'Nieznane pole.', en: 'Unknown field.' },
} as const satisfies Record<string, Text>;

const fill = (text: string, n: unknown) => text.replace('{n}', String(n));

/** Plain-language validation texts for people filling in forms, in their language. */
export function validationErrorMap(locale: Locale): z.core.$ZodErrorMap {
  const fallback = (locale === 'pl' ? z.locales.pl() : z.locales.en()).localeError;
  return (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined || issue.input === null
          ? generic.required[locale]
          : generic.wrongType[locale];
      case 'too_small':
        if (issue.origin === 'string') {
          return Number(issue.minimum) <= 1
            ? generic.required[locale]
            : fill(generic.tooShort[locale], issue.minimum);
        }
        if (issue.origin === 'array' || issue.origin === 'set')
          return fill(generic.tooFew[locale], issue.minimum);
        return fill(generic.tooSmall[locale], issue.minimum);
      case 'too_big':
        if (issue.origin === 'string') return fill(generic.tooLong[locale], issue.maximum);
        if (issue.origin === 'array' || issue.origin === 'set')
          return fill(generic.tooMany[locale], issue.maximum);
        return fill(generic.tooBig[locale], issue.maximum);
      case 'invalid_format':
        if (issue.format === 'email') return generic.email[locale];
        if (issue.format === 'date' || issue.format === 'datetime') return generic.date[locale];
        if (issue.format === 'uuid' || issue.format === 'guid') return generic.id[locale];
        return fallback(issue);
      case 'invalid_value':
        return generic.option[locale];
      case 'unrecognized_keys':
        return generic.unknownKeys[locale];
      default:
        return fallback(issue);
    }
  };
}

/** The text of a field error: a domain code is looked up, anything else is already a text. */
export function fieldMessage(message: string, locale: Locale): string {
  return isFieldCode(message) ? fieldMessages[message][locale] : message;
}
