import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, warsawDate } from '../../src/domain/calendar';
import { apiAs, createAccount } from './accounts';
import { launchChromium, screenshot, signIn, signOut } from './browser';

let browser: Browser;
let page: Page;
const baseUrl = inject('baseUrl');
const PASSWORD = 'haslo-do-testow-e2e';

const worker = { email: 'beata@plan.e2e.example', name: 'Beata Źrebiec', roles: ['social_worker'] };
const manager = { email: 'marek@plan.e2e.example', name: 'Marek Ścisły', roles: ['manager'] };
const assistant = { email: 'ewa@plan.e2e.example', name: 'Ewa Łagodna', roles: ['assistant'] };

/** A date as the date fields take it: DD.MM.YYYY. */
const typed = (date: string) => date.split('-').reverse().join('.');
const inAWeek = addDays(warsawDate(), 7);

/** The family is registered, asked for and given to the assistant through the API: the UI path is another test's. */
async function familyGivenToTheAssistant() {
  const asWorker = await apiAs(baseUrl, worker.email, PASSWORD);
  const asManager = await apiAs(baseUrl, manager.email, PASSWORD);
  const family = await asWorker('/api/families', {
    caseNumber: 'RA.202/2026',
    street: 'ul. Żeromskiego 12',
    postalCode: '16-999',
    city: 'Lipowo',
    members: [
      {
        relation: 'parent',
        person: { firstName: 'Jadwiga', lastName: 'Ćwik', birthDate: '1990-02-02', sex: 'female' },
      },
      {
        relation: 'child',
        person: { firstName: 'Szczepan', lastName: 'Ćwik', birthDate: '2015-09-09', sex: 'male' },
      },
    ],
  }).then((res) => res.json());
  const file = await asWorker(`/api/families/${family.id}/requests`, {
    justification: 'Trudności opiekuńczo-wychowawcze.',
    legalBasis: { kind: 'consent', consentDate: warsawDate(), signedBy: 'Jadwiga Ćwik' },
  }).then((res) => res.json());
  const me = await (await apiAs(baseUrl, assistant.email, PASSWORD))('/api/auth/me').then((res) =>
    res.json(),
  );
  const approved = await asManager(`/api/requests/${file.requests[0].id}/approve`, {
    version: file.requests[0].version,
    assistantId: me.id,
  });
  expect(approved.status).toBe(200);
}

async function choose(scope: Locator, label: string, option: string) {
  await scope.getByRole('textbox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Fills one goal of the plan editor with its single action. */
async function fillGoal(n: number, goal: string, action: string, who: string, institution?: string) {
  const group = page.getByRole('group', { name: `Cel ${n}`, exact: true });
  await group.getByRole('textbox', { name: 'Cel', exact: true }).fill(goal);
  const first = group.getByRole('group', { name: `Działanie ${n}.1` });
  await first.getByRole('textbox', { name: 'Działanie', exact: true }).fill(action);
  await choose(first, 'Kto realizuje', who);
  if (institution) await first.getByRole('textbox', { name: 'Nazwa instytucji' }).fill(institution);
  await first.getByRole('textbox', { name: 'Termin' }).fill(typed(inAWeek));
  await first.getByRole('textbox', { name: 'Termin' }).press('Tab');
  await first.getByRole('textbox', { name: 'Oczekiwany efekt' }).fill('Rodzina radzi sobie samodzielnie.');
}

beforeAll(async () => {
  for (const account of [worker, manager, assistant]) await createAccount(baseUrl, account, PASSWORD);
  await familyGivenToTheAssistant();
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'pl-PL', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterAll(() => browser?.close());

describe("the assistant's work with a family", () => {
  it('opens the engagement from the family file and records the first contact', async () => {
    await signIn(page, baseUrl, assistant.email, PASSWORD);
    await page.getByRole('link', { name: 'Rodziny' }).click();
    await page.getByRole('link', { name: 'Ćwik' }).click();
    await page.getByRole('tab', { name: 'Współpraca z asystentem' }).click();
    await page.getByRole('link', { name: 'Otwórz pracę z rodziną' }).click();
    await page.getByRole('heading', { name: 'Praca z rodziną: Ćwik' }).waitFor();

    await page.getByLabel('Data pierwszego kontaktu').fill(typed(warsawDate()));
    await page.getByLabel('Data pierwszego kontaktu').press('Tab');
    await page.getByLabel('Pierwsza wizyta wspólnie z pracownikiem socjalnym').check();
    await page.getByLabel('Zasady współpracy').fill('Wizyty we wtorki i czwartki o 16:00.');
    await page.getByRole('button', { name: 'Zapisz pierwszy kontakt' }).click();
    await page.getByRole('button', { name: 'Zmień zasady współpracy' }).waitFor();
    await page.getByText('Wizyty we wtorki i czwartki o 16:00.').waitFor();
    await screenshot(page, 'engagement-first-contact-pl');
  });

  it('writes a work plan with two goals', async () => {
    await page.getByRole('tab', { name: 'Plan pracy' }).click();
    await page.getByRole('button', { name: 'Opracuj plan pracy' }).click();
    const dialog = page.getByRole('dialog', { name: 'Plan pracy z rodziną' });
    await dialog.waitFor();
    await fillGoal(1, 'Uregulowanie zaległości czynszowych', 'Ułożenie budżetu domowego', 'Asystent rodziny');
    await dialog.getByRole('button', { name: 'Dodaj cel' }).click();
    await fillGoal(
      2,
      'Szczepan regularnie chodzi do szkoły',
      'Rozmowa z wychowawczynią',
      'Instytucja',
      'SP nr 2',
    );
    await screenshot(page, 'engagement-plan-editor-pl');
    await dialog.getByRole('button', { name: 'Zapisz plan pracy' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('heading', { name: 'Plan pracy w wersji 1' }).waitFor();
    await page.getByRole('heading', { name: 'Cel 1: Uregulowanie zaległości czynszowych' }).waitFor();
    await page.getByRole('heading', { name: 'Cel 2: Szczepan regularnie chodzi do szkoły' }).waitFor();
    expect(await page.getByRole('cell', { name: 'Rozmowa z wychowawczynią' }).count()).toBe(1);
    await screenshot(page, 'engagement-plan-pl');
  });

  it("sees the plan's actions in „Moje terminy”", async () => {
    await page.getByRole('link', { name: 'Strona główna' }).click();
    await page.getByRole('heading', { name: 'Moje terminy' }).waitFor();
    const soon = page.getByRole('table', { name: 'W ciągu 14 dni' });
    await soon.getByText('Ułożenie budżetu domowego', { exact: false }).waitFor();
    await soon.getByText('Rozmowa z wychowawczynią', { exact: false }).waitFor();
    expect(await soon.getByRole('link', { name: 'Ćwik' }).count()).toBe(2);
    expect(await soon.getByText(typed(inAWeek)).count()).toBe(2);
    await screenshot(page, 'home-deadlines-pl');
  });
});

describe('the closure', () => {
  it('the assistant asks the manager to close the engagement, with its reason', async () => {
    // From „Moje terminy”, where the family's name leads to its engagement.
    await page
      .getByRole('table', { name: 'W ciągu 14 dni' })
      .getByRole('link', { name: 'Ćwik' })
      .first()
      .click();
    await page.getByRole('tab', { name: 'Przebieg' }).click();
    await page.getByRole('button', { name: 'Wniosek o zakończenie' }).click();
    const dialog = page.getByRole('dialog', { name: 'Wniosek o zakończenie współpracy' });
    await choose(dialog, 'Powód zakończenia', 'Rezygnacja rodziny ze współpracy');
    await dialog.getByLabel('Uzasadnienie').fill('Rodzina pisemnie zrezygnowała ze współpracy.');
    await dialog.getByRole('button', { name: 'Wyślij wniosek' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Wniosek o zakończenie współpracy czeka na decyzję kierownika.').waitFor();
    await signOut(page, assistant.name);
  });

  it('the manager approves it on the decisions page', async () => {
    await signIn(page, baseUrl, manager.email, PASSWORD);
    await page.getByRole('link', { name: /Decyzje/ }).click();
    const card = page.getByRole('article', { name: 'Ćwik Zakończenie współpracy' });
    await card.getByText('Rezygnacja rodziny ze współpracy').waitFor();
    await screenshot(page, 'decisions-closure-pl');
    await card.getByRole('button', { name: 'Zatwierdź', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Zatwierdzenie wniosku' });
    await dialog.getByRole('button', { name: 'Zatwierdź wniosek' }).click();
    await page.getByText('Zakończono współpracę z rodziną Ćwik.').waitFor();
    await card.waitFor({ state: 'hidden' });
  });
});
