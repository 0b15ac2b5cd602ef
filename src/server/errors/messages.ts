import type { Locale } from '../../contract/roles';
import type { TransitionBlocker } from '../../domain/engagement';

type Text = Record<Locale, string>;

/**
 * Problem codes: the stable names clients rely on, their HTTP status and what a person reads.
 * `{name}` in a text is filled from the error's params.
 */
export const problems = {
  validation_failed: {
    status: 400,
    pl: 'Formularz zawiera błędy. Popraw zaznaczone pola.',
    en: 'The form has errors. Correct the marked fields.',
  },
  invalid_json: {
    status: 400,
    pl: 'Treść żądania nie jest poprawnym JSON-em.',
    en: 'The request body is not valid JSON.',
  },
  unauthenticated: {
    status: 401,
    pl: 'Zaloguj się, aby kontynuować.',
    en: 'Sign in to continue.',
  },
  invalid_credentials: {
    status: 401,
    pl: 'Nieprawidłowy e-mail lub hasło.',
    en: 'Wrong email or password.',
  },
  forbidden: {
    status: 403,
    pl: 'Nie masz uprawnień do tej operacji.',
    en: 'You are not allowed to do this.',
  },
  csrf_failed: {
    status: 403,
    pl: 'Żądanie odrzucone ze względów bezpieczeństwa. Odśwież stronę i spróbuj ponownie.',
    en: 'The request was refused for security reasons. Reload the page and try again.',
  },
  password_change_required: {
    status: 403,
    pl: 'Przed dalszą pracą ustaw nowe hasło.',
    en: 'Set a new password before you continue.',
  },
  not_found: {
    status: 404,
    pl: 'Nie znaleziono.',
    en: 'Not found.',
  },
  conflict: {
    status: 409,
    pl: 'Ktoś inny zmienił te dane w międzyczasie. Odśwież je i wprowadź zmiany ponownie.',
    en: 'Someone else changed this in the meantime. Reload it and make your changes again.',
  },
  last_admin: {
    status: 409,
    pl: 'W ośrodku musi pozostać co najmniej jeden aktywny administrator.',
    en: 'The office must keep at least one active administrator.',
  },
  caseload_limit_reached: {
    status: 409,
    pl: 'Asystent {name} pracuje już z {active} rodzinami — ustawa pozwala najwyżej na {limit} jednocześnie (art. 15 ust. 4). Wybierz innego asystenta.',
    en: 'Assistant {name} already works with {active} families — the law allows at most {limit} at once (art. 15(4)). Choose another assistant.',
  },
  family_has_open_engagement: {
    status: 409,
    pl: 'Ta rodzina ma już przydzielonego asystenta.',
    en: 'This family already has an assistant assigned.',
  },
  request_already_pending: {
    status: 409,
    pl: 'Wniosek o asystenta dla tej rodziny czeka już na decyzję.',
    en: 'A request for an assistant for this family is already awaiting a decision.',
  },
  visit_not_planned: {
    status: 409,
    pl: 'Ta wizyta jest już odbyta albo odwołana.',
    en: 'This visit has already taken place or been cancelled.',
  },
  request_already_decided: {
    status: 409,
    pl: 'O tym wniosku już zdecydowano.',
    en: 'This request has already been decided.',
  },
  engagement_closed: {
    status: 409,
    pl: 'Ta współpraca jest już zakończona.',
    en: 'This engagement is already closed.',
  },
  invalid_transition: {
    status: 409,
    pl: 'Tego kroku nie można teraz wykonać: {reason}',
    en: 'This step cannot be taken now: {reason}',
  },
  extension_already_pending: {
    status: 409,
    pl: 'Wniosek o przedłużenie współpracy czeka już na decyzję kierownika.',
    en: 'A request to extend the engagement is already awaiting the manager’s decision.',
  },
  assessment_already_acknowledged: {
    status: 409,
    pl: 'Ta ocena okresowa została już przyjęta.',
    en: 'This assessment has already been acknowledged.',
  },
  plan_already_acknowledged: {
    status: 409,
    pl: 'Rodzina już zapoznała się z tą wersją planu.',
    en: 'The family has already acknowledged this version of the plan.',
  },
  payload_too_large: {
    status: 413,
    pl: 'Przesłane dane są zbyt duże.',
    en: 'The data sent is too large.',
  },
  file_too_large: {
    status: 413,
    pl: 'Plik jest za duży: ośrodek przyjmuje pliki do {limit} MB.',
    en: 'The file is too large: the office accepts files up to {limit} MB.',
  },
  file_type_not_allowed: {
    status: 415,
    pl: 'Tego rodzaju pliku nie można przyjąć. Dozwolone są: {allowed}. Rodzaj pliku rozpoznajemy po jego zawartości, nie po nazwie.',
    en: 'This kind of file cannot be accepted. Allowed: {allowed}. The kind of a file is recognised from its content, not its name.',
  },
  file_missing: {
    status: 400,
    pl: 'Nie przesłano pliku.',
    en: 'No file was sent.',
  },
  template_invalid: {
    status: 422,
    pl: 'Szablonu nie można użyć: {reason}. Nadal obowiązuje dotychczasowy układ dokumentu.',
    en: 'The template cannot be used: {reason}. The document keeps its current layout.',
  },
  template_unknown_placeholder: {
    status: 422,
    pl: 'Szablon zawiera nieznane pole {{placeholder}}. Użyj pól z listy dostępnych dla tego dokumentu. Nadal obowiązuje dotychczasowy układ dokumentu.',
    en: 'The template contains an unknown placeholder {{placeholder}}. Use the placeholders listed for this document. The document keeps its current layout.',
  },
  unsupported_media_type: {
    status: 415,
    pl: 'Nieobsługiwany format danych. Wyślij JSON.',
    en: 'Unsupported data format. Send JSON.',
  },
  too_many_attempts: {
    status: 429,
    pl: 'Zbyt wiele prób. Spróbuj ponownie za {minutes} min.',
    en: 'Too many attempts. Try again in {minutes} min.',
  },
  internal_error: {
    status: 500,
    pl: 'Wystąpił nieoczekiwany błąd. Podaj administratorowi identyfikator zgłoszenia: {requestId}.',
    en: 'An unexpected error occurred. Give the administrator this request id: {requestId}.',
  },
} as const satisfies Record<string, Text & { status: number }>;

export type ProblemCode = keyof typeof problems;

/** What is missing for an engagement's step: the `{reason}` of `invalid_transition`. */
export const transitionBlockerTexts = {
  engagement_closed: {
    pl: 'współpraca z rodziną jest już zakończona.',
    en: 'the engagement is already closed.',
  },
  first_contact_already_recorded: {
    pl: 'pierwszy kontakt z rodziną jest już zapisany.',
    en: 'the first contact is already recorded.',
  },
  first_contact_date_required: {
    pl: 'podaj datę pierwszego kontaktu.',
    en: 'enter the date of the first contact.',
  },
  first_contact_required: {
    pl: 'najpierw zapisz pierwszy kontakt z rodziną.',
    en: 'record the first contact with the family first.',
  },
  work_plan_required: {
    pl: 'najpierw opracuj plan pracy z rodziną.',
    en: 'write the work plan with the family first.',
  },
  plan_actions_open: {
    pl: 'w planie pracy są jeszcze niezakończone działania — oznacz je jako zrealizowane lub niezrealizowane.',
    en: 'the work plan still has open actions — mark them done or not done.',
  },
  monitoring_already_started: {
    pl: 'monitoring już trwa.',
    en: 'monitoring has already started.',
  },
  monitoring_required: {
    pl: 'rodzina nie jest w okresie monitoringu.',
    en: 'the family is not being monitored.',
  },
  closure_pending: {
    pl: 'wniosek o zakończenie współpracy czeka na decyzję kierownika.',
    en: 'a closure request is awaiting the manager’s decision.',
  },
  closure_not_requested: {
    pl: 'nie złożono wniosku o zakończenie współpracy.',
    en: 'no closure has been requested.',
  },
} as const satisfies Record<TransitionBlocker, Text>;

export function fillParams(text: string, params: Record<string, string | number> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
