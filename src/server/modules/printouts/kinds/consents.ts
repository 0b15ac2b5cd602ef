import type { FamilyFile } from '../../../../contract/families';
import type { OfficeValues } from '../office';
import { printoutTitles } from '../titles';
import type { Built } from '../values';
import { familyBlocks, familyReference, familySignatures, familyValues } from './family';

/* The family's three consents: to the assistant, to the processing of its data, to group work. */

export interface ConsentSource {
  office: OfficeValues;
  file: FamilyFile;
  assistant: string | null;
}

const ACT = 'ustawy z dnia 9 czerwca 2011 r. o wspieraniu rodziny i systemie pieczy zastępczej';

export function consentAssistance({ file, assistant }: ConsentSource): Built {
  const v = familyValues(file, assistant);
  return {
    values: v,
    printout: {
      title: printoutTitles.consent_assistance,
      reference: familyReference(v),
      blocks: [
        ...familyBlocks(v),
        {
          kind: 'paragraph',
          text: `Wyrażam zgodę na objęcie mojej rodziny wsparciem asystenta rodziny na podstawie art. 11 i art. 15 ${ACT}. Zobowiązuję się do współpracy z asystentem rodziny, w tym do udziału w opracowaniu i realizacji planu pracy z rodziną.`,
        },
        {
          kind: 'paragraph',
          text: 'Przyjmuję do wiadomości, że współpraca jest dobrowolna, a wycofanie zgody nie wpływa na zgodność z prawem działań podjętych przed jej wycofaniem.',
        },
      ],
      signatures: [...familySignatures(file), 'Asystent rodziny'],
    },
  };
}

export function consentData({ office, file, assistant }: ConsentSource): Built {
  const v = familyValues(file, assistant);
  const controller = [office.urzad_nazwa, office.urzad_adres].filter(Boolean).join(', ');
  return {
    values: v,
    printout: {
      title: printoutTitles.consent_data,
      reference: familyReference(v),
      blocks: [
        ...familyBlocks(v),
        { kind: 'heading', text: 'Informacja o przetwarzaniu danych osobowych (art. 13 RODO)' },
        {
          kind: 'list',
          items: [
            `Administratorem danych osobowych jest ${controller}${office.urzad_kontakt ? ` (${office.urzad_kontakt})` : ''}.`,
            'Administrator wyznaczył inspektora ochrony danych, z którym można się skontaktować pod adresem ośrodka we wszystkich sprawach dotyczących danych osobowych.',
            `Dane są przetwarzane w celu realizacji zadań asystenta rodziny, na podstawie art. 6 ust. 1 lit. c i e oraz art. 9 ust. 2 lit. b, g i h RODO w związku z przepisami ${ACT}.`,
            'Odbiorcami danych mogą być podmioty uprawnione na podstawie przepisów prawa, w szczególności sąd, kurator sądowy, zespół interdyscyplinarny i instytucje współpracujące z rodziną w zakresie planu pracy.',
            'Dane będą przechowywane przez okres wynikający z przepisów o archiwizacji dokumentacji.',
            'Przysługuje Pani/Panu prawo dostępu do danych, ich sprostowania, ograniczenia przetwarzania, a w przypadkach przewidzianych prawem — wniesienia sprzeciwu i usunięcia danych, a także prawo wniesienia skargi do Prezesa Urzędu Ochrony Danych Osobowych.',
            'Podanie danych jest wymogiem ustawowym w zakresie, w jakim wynika z ustawy; w pozostałym zakresie jest dobrowolne.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Oświadczam, że zapoznałam/zapoznałem się z powyższą informacją oraz wyrażam zgodę na przetwarzanie danych osobowych moich i członków mojej rodziny, w tym danych dotyczących zdrowia, w zakresie niezbędnym do pracy asystenta rodziny.',
        },
      ],
      signatures: familySignatures(file),
    },
  };
}

export function consentGroup({ file, assistant }: ConsentSource): Built {
  const v = familyValues(file, assistant);
  return {
    values: v,
    printout: {
      title: printoutTitles.consent_group,
      reference: familyReference(v),
      blocks: [
        ...familyBlocks(v),
        {
          kind: 'paragraph',
          text: `Wyrażam zgodę na udział w konsultacjach i zajęciach grupowych (w tym grupach wsparcia i warsztatach dla rodziców) prowadzonych w ramach pracy asystenta rodziny na podstawie art. 15 ust. 1 ${ACT}.`,
        },
        {
          kind: 'paragraph',
          text: 'Przyjmuję do wiadomości, że sprawy omawiane na zajęciach grupowych są poufne, i zobowiązuję się nie ujawniać informacji o innych uczestnikach.',
        },
      ],
      signatures: [...familySignatures(file), 'Asystent rodziny'],
    },
  };
}
