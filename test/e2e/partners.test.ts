import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiAs, createAccount } from './accounts';
import { launchChromium, screenshot, signIn } from './browser';
import { familyInWork } from './family-in-work';

let browser: Browser;
let page: Page;
const baseUrl = inject('baseUrl');
const PASSWORD = 'haslo-do-testow-e2e';

const worker = { email: 'beata@partnerzy.e2e.example', name: 'Beata Źrebiec', roles: ['social_worker'] };
const manager = { email: 'marek@partnerzy.e2e.example', name: 'Marek Ścisły', roles: ['manager'] };
const assistant = { email: 'iza@partnerzy.e2e.example', name: 'Izabela Łęcka', roles: ['assistant'] };
const SERVICE = 'terapia logopedyczna';

/** The directory holds the counselling centre the child is referred to. */
async function counsellingCentre() {
  const asManager = await apiAs(baseUrl, manager.email, PASSWORD);
  const institution = await asManager('/api/institutions', {
    name: 'Poradnia Psychologiczno-Pedagogiczna w Żółkiewce',
    kind: 'counselling_centre',
    services: [SERVICE, 'diagnoza psychologiczna'],
    contacts: [],
  });
  expect(institution.status).toBe(201);
}

beforeAll(async () => {
  for (const account of [worker, manager, assistant]) await createAccount(baseUrl, account, PASSWORD);
  await counsellingCentre();
  await familyInWork(
    baseUrl,
    PASSWORD,
    { worker, manager, assistant },
    {
      caseNumber: 'RA.411/2026',
      street: 'ul. Ogrodowa 3',
      members: [
        {
          relation: 'parent',
          person: { firstName: 'Grażyna', lastName: 'Ćwiek', birthDate: '1987-04-04', sex: 'female' },
        },
        {
          relation: 'child',
          person: { firstName: 'Jędrzej', lastName: 'Ćwiek', birthDate: '2016-02-02', sex: 'male' },
        },
      ],
    },
  );
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'pl-PL', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterAll(() => browser?.close());

describe("the family's partners", () => {
  it("refers the child to the counselling centre's speech therapy", async () => {
    await signIn(page, baseUrl, assistant.email, PASSWORD);
    // From „Twoje rodziny” on the home page to the family's file.
    await page.getByRole('listitem').getByRole('link', { name: 'Ćwiek' }).click();
    await page.getByRole('tab', { name: 'Współpraca z asystentem' }).click();
    await page.getByRole('link', { name: 'Otwórz pracę z rodziną' }).click();
    await page.getByRole('tab', { name: 'Partnerzy' }).click();
    await page.getByRole('button', { name: 'Skieruj do instytucji' }).click();
    const dialog = page.getByRole('dialog', { name: 'Skierowanie do instytucji' });
    await dialog.getByRole('textbox', { name: 'Członek rodziny' }).click();
    await page.getByRole('option', { name: 'Jędrzej Ćwiek' }).click();
    await dialog.getByRole('textbox', { name: 'Instytucja' }).fill('Poradnia');
    await page.getByRole('option', { name: /Poradnia Psychologiczno-Pedagogiczna w Żółkiewce/ }).click();
    await dialog.getByRole('textbox', { name: 'Usługa' }).fill(SERVICE);
    await screenshot(page, 'partners-referral-pl');
    await dialog.getByRole('button', { name: 'Skieruj', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { name: 'Skierowania' }).waitFor();
    await page.getByText(SERVICE).first().waitFor();
    await page.getByText('Skierowano').first().waitFor();
    await screenshot(page, 'partners-tab-pl');
  });

  it("shows the referral on the family's file", async () => {
    await page.getByRole('link', { name: 'Wróć do akt rodziny' }).click();
    await page.getByRole('tab', { name: 'Skierowania' }).click();
    await page.getByRole('heading', { name: 'Skierowania do instytucji' }).waitFor();
    await page.getByText(SERVICE).first().waitFor();
    await page.getByText('Jędrzej Ćwiek').first().waitFor();
    await screenshot(page, 'family-referrals-pl');
  });
});

describe("the family's genogram", () => {
  it('adds a deceased grandmother and draws her above her daughter', async () => {
    await page.getByRole('tab', { name: 'Genogram' }).click();
    await page.getByRole('button', { name: 'Edytuj genogram' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edycja genogramu' });
    await dialog.getByRole('button', { name: 'Dodaj osobę' }).click();
    const grandmother = dialog.getByRole('group', { name: 'Osoba 1' });
    await grandmother.getByLabel('Imię').fill('Stefania');
    await grandmother.getByLabel('Nazwisko').fill('Ćwiek');
    await grandmother.getByRole('textbox', { name: 'Płeć' }).click();
    await page.getByRole('option', { name: 'kobieta' }).click();
    await grandmother.getByLabel('Rok urodzenia').fill('1950');
    await grandmother.getByLabel('Rok śmierci').fill('2020');
    await dialog.getByRole('button', { name: 'Dodaj relację' }).click();
    const relation = dialog.getByRole('group', { name: 'Relacja 1' });
    await relation.getByRole('textbox', { name: 'Rodzaj' }).click();
    await page.getByRole('option', { name: 'Rodzic – dziecko' }).click();
    await relation.getByRole('textbox', { name: 'Rodzic' }).click();
    await page.getByRole('option', { name: /Stefania Ćwiek/ }).click();
    await relation.getByRole('textbox', { name: 'Dziecko' }).click();
    await page.getByRole('option', { name: /Grażyna Ćwiek/ }).click();
    await dialog.getByRole('button', { name: 'Zapisz genogram' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const drawing = page.locator('svg.genogram');
    await drawing.waitFor();
    expect(await drawing.locator('g.person').count()).toBe(3);
    expect(await drawing.locator('g.person.deceased').count()).toBe(1);
    expect(await drawing.locator('g.relation[data-type="biological"]').count()).toBe(1);
    await screenshot(page, 'genogram-pl');
  });
});
