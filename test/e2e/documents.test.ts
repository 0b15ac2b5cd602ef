import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { addDays, warsawDate } from '../../src/domain/calendar';
import { createAccount } from './accounts';
import { launchChromium, SCREENSHOTS, screenshot, signIn } from './browser';
import { familyInWork } from './family-in-work';

let browser: Browser;
let page: Page;
const baseUrl = inject('baseUrl');
const PASSWORD = 'haslo-do-testow-e2e';
const DOWNLOADS = path.resolve('test-output/downloads');

const worker = { email: 'ola@dokumenty.e2e.example', name: 'Aleksandra Wąs', roles: ['social_worker'] };
const manager = { email: 'jan@dokumenty.e2e.example', name: 'Jan Żółtek', roles: ['manager'] };
const assistant = { email: 'ewa@dokumenty.e2e.example', name: 'Ewa Kłęk', roles: ['assistant'] };
const GOAL = 'Zdrowe posiłki dla dzieci każdego dnia';

beforeAll(async () => {
  for (const account of [worker, manager, assistant]) await createAccount(baseUrl, account, PASSWORD);
  const { engagementId, asAssistant } = await familyInWork(
    baseUrl,
    PASSWORD,
    { worker, manager, assistant },
    {
      caseNumber: 'RA.512/2026',
      street: 'ul. Źródlana 5',
      members: [
        {
          relation: 'parent',
          person: { firstName: 'Bożena', lastName: 'Ślązak', birthDate: '1985-07-07', sex: 'female' },
        },
        {
          relation: 'child',
          person: { firstName: 'Łukasz', lastName: 'Ślązak', birthDate: '2014-01-01', sex: 'male' },
        },
      ],
    },
  );
  const plan = await asAssistant(`/api/engagements/${engagementId}/work-plans`, {
    version: null,
    goals: [
      {
        title: GOAL,
        area: 'care_upbringing',
        actions: [
          {
            description: 'Wspólne planowanie jadłospisu na tydzień',
            responsible: { kind: 'assistant' },
            deadline: addDays(warsawDate(), 30),
            expectedEffect: 'Matka sama układa jadłospis.',
          },
        ],
      },
    ],
    coauthors: { memberIds: [] },
  });
  expect(plan.status).toBe(200);
  browser = await launchChromium();
  const context = await browser.newContext({
    locale: 'pl-PL',
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
  });
  page = await context.newPage();
});
afterAll(() => browser?.close());

describe('documents of an engagement', () => {
  it('prints the work plan as a PDF with the family and the goal, and keeps its picture', async () => {
    await signIn(page, baseUrl, assistant.email, PASSWORD);
    await page.getByRole('listitem').getByRole('link', { name: 'Ślązak' }).click();
    await page.getByRole('tab', { name: 'Współpraca z asystentem' }).click();
    await page.getByRole('link', { name: 'Otwórz pracę z rodziną' }).click();
    await page.getByRole('tab', { name: 'Dokumenty' }).click();
    await screenshot(page, 'engagement-documents-pl');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Plan pracy z rodziną — PDF' }).click(),
    ]);
    mkdirSync(DOWNLOADS, { recursive: true });
    const pdf = path.join(DOWNLOADS, 'plan-pracy.pdf');
    await download.saveAs(pdf);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain('Plan pracy z rodziną');
    expect(text).toContain('RA.512/2026');
    expect(text).toContain('Bożena Ślązak');
    expect(text).toContain(GOAL);

    // The first page as a picture, kept with the screenshots and looked at.
    mkdirSync(SCREENSHOTS, { recursive: true });
    const prefix = path.join(DOWNLOADS, 'plan-pracy');
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
    renameSync(`${prefix}.png`, path.join(SCREENSHOTS, 'work-plan-pdf-page-1.png'));
  });

  it('attaches the signed plan as a scan and lists it', async () => {
    const scan = path.join(DOWNLOADS, 'podpisany-plan.pdf');
    writeFileSync(scan, readFileSync(path.join(DOWNLOADS, 'plan-pracy.pdf')));
    await page.getByRole('textbox', { name: 'Rodzaj dokumentu' }).click();
    await page.getByRole('option', { name: 'Podpisany plan pracy' }).click();
    await page.getByLabel('Opis').fill('Plan podpisany przez Bożenę Ślązak');
    await page.getByLabel('Plik').setInputFiles(scan);
    await page.getByRole('button', { name: 'Dodaj załącznik' }).click();
    await page.getByText('podpisany-plan.pdf').first().waitFor();
    await page.getByText('Plan podpisany przez Bożenę Ślązak').first().waitFor();
    await screenshot(page, 'engagement-attachments-pl');
  });
});
