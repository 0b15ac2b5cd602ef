import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { warsawDate } from '../../src/domain/calendar';
import { apiAs, createAccount } from './accounts';
import { launchChromium, screenshot, signIn } from './browser';
import { familyInWork } from './family-in-work';

let browser: Browser;
let page: Page;
const baseUrl = inject('baseUrl');
const PASSWORD = 'haslo-do-testow-e2e';
const YEAR = warsawDate().slice(0, 4);

const worker = { email: 'ula@raporty.e2e.example', name: 'Urszula Świątek', roles: ['social_worker'] };
const manager = { email: 'leon@raporty.e2e.example', name: 'Leon Źrebiec', roles: ['manager'] };
const assistant = { email: 'kasia@raporty.e2e.example', name: 'Katarzyna Wężyk', roles: ['assistant'] };

beforeAll(async () => {
  for (const account of [worker, manager, assistant]) await createAccount(baseUrl, account, PASSWORD);
  await familyInWork(
    baseUrl,
    PASSWORD,
    { worker, manager, assistant },
    {
      caseNumber: 'RA.613/2026',
      street: 'ul. Różana 8',
      members: [
        {
          relation: 'parent',
          person: { firstName: 'Jolanta', lastName: 'Żuraw', birthDate: '1984-08-08', sex: 'female' },
        },
        {
          relation: 'child',
          person: { firstName: 'Kuba', lastName: 'Żuraw', birthDate: '2015-03-03', sex: 'male' },
        },
      ],
    },
  );
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'pl-PL', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterAll(() => browser?.close());

describe('the team and the numbers', () => {
  it("records the assistant's employment paid by the ministry's programme", async () => {
    await signIn(page, baseUrl, manager.email, PASSWORD);
    await page.getByRole('link', { name: 'Kadra' }).click();
    await page.getByRole('link', { name: assistant.name }).click();
    await page.getByRole('button', { name: 'Dodaj okres zatrudnienia' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Forma zatrudnienia' }).click();
    await page.getByRole('option', { name: 'Umowa o pracę (zadaniowy czas pracy)' }).click();
    await dialog.getByLabel('Zatrudniony od').fill(`01.01.${YEAR}`);
    await dialog.getByRole('textbox', { name: 'Źródło finansowania' }).click();
    await page.getByRole('option', { name: 'Program ministerialny' }).click();
    await dialog.getByLabel('Nazwa programu').fill('Asystent rodziny');
    await dialog.getByLabel('Rok programu').fill(YEAR);
    await screenshot(page, 'staff-employment-form-pl');
    await dialog.getByRole('button', { name: 'Dodaj okres zatrudnienia' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Asystent rodziny').first().waitFor();
    await screenshot(page, 'staff-record-pl');
  });

  it('shows the year with the assistant and the family, and draws the charts', async () => {
    await page.getByRole('link', { name: 'Raporty' }).click();
    await page.getByRole('img', { name: 'Wykres: asystenci według źródła finansowania' }).waitFor();
    await page.getByRole('img', { name: 'Wykres: asystenci, rodziny i dzieci w kolejnych latach' }).waitFor();
    await page.getByText('Asystenci w okresie').first().waitFor();
    const asManager = await apiAs(baseUrl, manager.email, PASSWORD);
    const report = await asManager(`/api/reports/yearly?year=${YEAR}`).then((res) => res.json());
    expect(report.staff.byFunding.ministry_programme).toBeGreaterThanOrEqual(1);
    expect(report.families.children).toBeGreaterThanOrEqual(1);
    await screenshot(page, 'reports-pl');
  });
});
