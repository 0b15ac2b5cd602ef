import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { encodePesel } from '../../src/domain/pesel';
import { createAccount } from './accounts';
import { launchChromium, screenshot, signIn, signOut } from './browser';

let browser: Browser;
let page: Page;
const baseUrl = inject('baseUrl');
const PASSWORD = 'haslo-do-testow-e2e';

const worker = { email: 'agnieszka@e2e.example', name: 'Agnieszka Kościuszko', roles: ['social_worker'] };
const manager = { email: 'tadeusz@e2e.example', name: 'Tadeusz Żółkiewski', roles: ['manager'] };
const assistant = { email: 'joanna@e2e.example', name: 'Joanna Ślusarczyk', roles: ['assistant'] };
const motherPesel = encodePesel('1988-08-08', 'female', 417);

beforeAll(async () => {
  for (const account of [worker, manager, assistant]) await createAccount(baseUrl, account, PASSWORD);
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'pl-PL', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterAll(() => browser?.close());

/** A field inside one member's group of the registration form. */
const member = (n: number) => page.getByRole('group', { name: `Członek rodziny ${n}` });

async function choose(scope: ReturnType<Page['getByRole']> | Page, label: string, option: string) {
  await scope.getByRole('textbox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

describe("from the social worker's request to an assigned assistant", () => {
  it('the social worker registers a family with two members', async () => {
    await signIn(page, baseUrl, worker.email, PASSWORD);
    await page.getByRole('link', { name: 'Rodziny' }).click();
    await page.getByRole('link', { name: 'Zarejestruj rodzinę' }).click();
    await page.getByLabel('Numer sprawy').fill('RA.101/2026');
    await page.getByLabel('Ulica i numer domu').fill('ul. Źródlana 5/2');
    await page.getByLabel('Kod pocztowy').fill('16999');
    await page.getByLabel('Miejscowość').fill('Lipowo Podlaskie');

    await member(1).getByLabel('Imię').fill('Łucja');
    await member(1).getByLabel('Nazwisko').fill('Żółć');
    await choose(member(1), 'Rola w rodzinie', 'rodzic');
    await member(1).getByLabel('PESEL').fill(motherPesel);
    await page.getByRole('button', { name: 'Dodaj kolejną osobę' }).click();
    await member(2).getByLabel('Imię').fill('Ignaś');
    await member(2).getByLabel('Nazwisko').fill('Żółć');
    await choose(member(2), 'Rola w rodzinie', 'dziecko');
    await member(2).getByLabel('Data urodzenia').fill('03.05.2017');
    await screenshot(page, 'family-register-pl');
    await page.getByRole('button', { name: 'Zarejestruj rodzinę' }).click();

    await page.getByRole('tab', { name: 'Członkowie rodziny' }).waitFor();
    await page.getByRole('cell', { name: motherPesel }).waitFor();
    expect(await page.getByRole('cell', { name: /Ignaś/ }).count()).toBeGreaterThan(0);
    await screenshot(page, 'family-file-members-pl');
  });

  it('finds the family typed without diacritics', async () => {
    await page.getByRole('link', { name: 'Rodziny' }).click();
    await page.getByLabel('Szukaj').fill('ignas zolc');
    await page.getByRole('link', { name: 'Żółć' }).waitFor();
    await screenshot(page, 'families-search-pl');
    await page.getByRole('link', { name: 'Żółć' }).click();
  });

  it('records the environmental interview and files the request with consent', async () => {
    await page.getByRole('tab', { name: 'Wywiad i wnioski' }).click();
    await page.getByRole('button', { name: 'Dodaj wywiad środowiskowy' }).click();
    let dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('Diagnoza problemów opiekuńczo-wychowawczych')
      .fill('Matka samotnie wychowuje syna; zaległości szkolne.');
    await dialog.getByRole('button', { name: 'Zapisz wywiad' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.getByRole('button', { name: 'Złóż wniosek o asystenta' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('Zgoda rodziny').check();
    await dialog.getByLabel('Data wyrażenia zgody').fill('02.11.2026');
    await dialog.getByLabel('Zgodę podpisał(a)').fill('Łucja Żółć');
    await dialog.getByLabel('Uzasadnienie').fill('Rodzina potrzebuje wsparcia w organizacji dnia dziecka.');
    await screenshot(page, 'family-request-pl');
    await dialog.getByRole('button', { name: 'Wyślij wniosek' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('Czeka na decyzję').first().waitFor();
    await screenshot(page, 'family-intake-pl');
    await signOut(page, worker.name);
  });

  it('the manager approves the request, choosing the assistant by her caseload', async () => {
    await signIn(page, baseUrl, manager.email, PASSWORD);
    await page.getByRole('link', { name: 'Wnioski o asystenta' }).click();
    const card = page.getByRole('article', { name: 'Żółć' });
    await card.getByRole('button', { name: 'Zatwierdź i przydziel asystenta' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(assistant.name).check();
    await screenshot(page, 'requests-approve-pl');
    await dialog.getByRole('button', { name: 'Zatwierdź wniosek' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card.waitFor({ state: 'detached' });
    await screenshot(page, 'requests-queue-pl');
    await signOut(page, manager.name);
  });

  it('the assistant now lists the family and opens its file', async () => {
    await signIn(page, baseUrl, assistant.email, PASSWORD);
    await page.getByRole('link', { name: 'Rodziny' }).click();
    await page.getByRole('link', { name: 'Żółć' }).click();
    await page.getByRole('tab', { name: 'Współpraca z asystentem' }).click();
    await page.getByText('Przydzielony').first().waitFor();
    expect(await page.getByText(assistant.name).count()).toBeGreaterThan(0);
    await screenshot(page, 'family-engagement-assistant-pl');
  });
});
