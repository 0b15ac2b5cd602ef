import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshot, signIn as signInAs, signOut as signOutOf } from './browser';
import { E2E_ADMIN } from './global-setup';

let browser: Browser;
let page: Page;
const baseUrl = inject('baseUrl');

beforeAll(async () => {
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'pl-PL', viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
});
afterAll(() => browser?.close());

const signIn = (email: string, password: string) => signInAs(page, baseUrl, email, password);
const signOut = (name: string) => signOutOf(page, name);

describe('the first day in the office', () => {
  const assistant = {
    name: 'Żaneta Łoś-Kępińska',
    email: 'zaneta.los@e2e.example',
    password: 'pierwsze-haslo-123',
  };

  it('the administrator signs in and creates an assistant account', async () => {
    await signIn(E2E_ADMIN.email, E2E_ADMIN.password);
    await page.getByRole('heading', { name: /Dzień dobry/ }).waitFor();
    await screenshot(page, 'home-admin-pl');

    await page.getByRole('link', { name: 'Użytkownicy' }).click();
    await page.getByRole('button', { name: 'Dodaj użytkownika' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Imię i nazwisko').fill(assistant.name);
    await dialog.getByLabel('E-mail').fill(assistant.email);
    await dialog.getByLabel('Hasło tymczasowe').fill(assistant.password);
    await dialog.getByRole('checkbox', { name: 'Asystent rodziny' }).check();
    await screenshot(page, 'users-create-pl');
    await dialog.getByRole('button', { name: 'Utwórz konto' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('cell', { name: assistant.email }).waitFor();
    await screenshot(page, 'users-list-pl');

    await signOut('Administrator');
  });

  it('the assistant signs in, sets her own password and sees her empty home page in Polish', async () => {
    await signIn(assistant.email, assistant.password);
    await page.getByLabel('Obecne hasło').fill(assistant.password);
    await page.getByLabel('Nowe hasło', { exact: true }).fill('moje-nowe-haslo-456');
    await page.getByLabel('Powtórz nowe hasło').fill('moje-nowe-haslo-456');
    await screenshot(page, 'change-password-pl');
    await page.getByRole('button', { name: 'Zmień hasło' }).click();

    const heading = page.getByRole('heading', { name: /Dzień dobry/ });
    await heading.waitFor();
    expect(await heading.textContent()).toContain('Żaneta');
    expect(await page.locator('html').getAttribute('lang')).toBe('pl');
    await expect(page.getByRole('link', { name: 'Użytkownicy' }).count()).resolves.toBe(0);
    await screenshot(page, 'home-assistant-pl');
  });

  it('switches to English and keeps it after a reload', async () => {
    await page.goto(`${baseUrl}/account`);
    await page.getByRole('textbox', { name: 'Język' }).click();
    await page.getByRole('option', { name: 'English' }).click();
    await page.getByRole('link', { name: /Home/ }).first().click();
    await page.getByRole('heading', { name: /Hello/ }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: /Hello/ }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await screenshot(page, 'home-assistant-en');
  });
});
