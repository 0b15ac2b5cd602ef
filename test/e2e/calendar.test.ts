import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, warsawDate } from '../../src/domain/calendar';
import { createAccount } from './accounts';
import { launchChromium, screenshot, signIn } from './browser';
import { familyInWork } from './family-in-work';

let browser: Browser;
let page: Page;
const baseUrl = inject('baseUrl');
const PASSWORD = 'haslo-do-testow-e2e';

const worker = { email: 'beata@kalendarz.e2e.example', name: 'Beata Żak', roles: ['social_worker'] };
const manager = { email: 'marek@kalendarz.e2e.example', name: 'Marek Śliwa', roles: ['manager'] };
const assistant = { email: 'ola@kalendarz.e2e.example', name: 'Ola Grześkowiak', roles: ['assistant'] };

const today = warsawDate();
/** A date as the date fields take it: DD.MM.YYYY. */
const typed = (date: string) => date.split('-').reverse().join('.');
const NOTE = 'Wspólne odrabianie lekcji z Józefem; rozmowa z matką o zebraniu w szkole.';

beforeAll(async () => {
  for (const account of [worker, manager, assistant]) await createAccount(baseUrl, account, PASSWORD);
  await familyInWork(
    baseUrl,
    PASSWORD,
    { worker, manager, assistant },
    {
      caseNumber: 'RA.305/2026',
      street: 'ul. Łąkowa 5',
      members: [
        {
          relation: 'parent',
          person: { firstName: 'Bożena', lastName: 'Ślęzak', birthDate: '1988-03-03', sex: 'female' },
        },
        {
          relation: 'child',
          person: { firstName: 'Józef', lastName: 'Ślęzak', birthDate: '2014-05-05', sex: 'male' },
        },
      ],
    },
  );
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'pl-PL', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterAll(() => browser?.close());

describe("the assistant's calendar", () => {
  it('plans a visit to the family', async () => {
    await signIn(page, baseUrl, assistant.email, PASSWORD);
    await page.getByRole('link', { name: 'Kalendarz' }).click();
    await page.getByRole('heading', { name: 'Kalendarz', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Zaplanuj wizytę' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nowa wizyta' });
    await expect
      .poll(() => dialog.getByRole('textbox', { name: 'Rodzina' }).inputValue())
      .toContain('Ślęzak');
    await dialog.getByRole('textbox', { name: 'Data' }).fill(typed(today));
    await dialog.getByRole('textbox', { name: 'Data' }).press('Tab');
    await dialog.getByLabel('Od godziny').fill('08:00');
    await dialog.getByLabel('Do godziny').fill('09:30');
    await dialog.getByLabel('Uwagi').fill('Pomoc w lekcjach.');
    await dialog.getByRole('button', { name: 'Zaplanuj', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: /8:00–9:30.*Ślęzak.*Zaplanowana/ }).waitFor();
    await screenshot(page, 'calendar-week-planned-pl');
  });

  it('marks the visit held with a note of what was done', async () => {
    await page.getByRole('button', { name: /8:00–9:30.*Ślęzak/ }).click();
    const panel = page.getByRole('dialog', { name: 'Wizyta', exact: true });
    await panel.getByRole('button', { name: 'Odbyła się' }).click();
    const held = page.getByRole('dialog', { name: 'Wizyta się odbyła' });
    await held.getByLabel('Bożena Ślęzak').check();
    await held.getByLabel('Co zostało zrobione').fill(NOTE);
    await screenshot(page, 'calendar-visit-held-form-pl');
    await held.getByRole('button', { name: 'Zapisz kontakt' }).click();
    await held.waitFor({ state: 'hidden' });
    await page.getByRole('link', { name: /8:00–9:30.*Ślęzak.*Odbyła się/ }).waitFor();
  });

  it("finds the contact in the engagement's contact log", async () => {
    await page.getByRole('link', { name: /8:00–9:30.*Ślęzak/ }).click();
    await page.getByRole('heading', { name: 'Dziennik kontaktów' }).waitFor();
    await page.getByText(NOTE).waitFor();
    await page.getByText('Bożena Ślęzak').first().waitFor();
    await screenshot(page, 'engagement-contact-log-pl');
  });

  it("sees the visit's hours in the month's timesheet", async () => {
    await page.getByRole('link', { name: 'Ewidencja czasu pracy' }).click();
    const table = page.getByRole('table', { name: 'Godziny w poszczególnych dniach' });
    const row = table.getByRole('row', { name: new RegExp(typed(today).replaceAll('.', '\\.')) });
    await row.getByRole('cell', { name: '1,5 h' }).first().waitFor();
    await screenshot(page, 'timesheet-pl');
    // The next day has nothing recorded.
    const tomorrow = addDays(today, 1);
    if (tomorrow.slice(0, 7) === today.slice(0, 7)) {
      const next = table.getByRole('row', { name: new RegExp(typed(tomorrow).replaceAll('.', '\\.')) });
      expect(await next.getByRole('cell', { name: '1,5 h' }).count()).toBe(0);
    }
  });
});
