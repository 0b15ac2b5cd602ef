import { plDate } from './labels';
import type { Letterhead } from './layout';
import { placeholder } from './values';

/* The office's part of every printout: its header, and the place and date of the paper. */

export const officePlaceholders = [
  placeholder('urzad_nazwa', 'Nazwa ośrodka'),
  placeholder('urzad_adres', 'Adres ośrodka'),
  placeholder('urzad_kontakt', 'Telefon i e-mail ośrodka'),
  placeholder('miejscowosc_i_data', 'Miejscowość i data, np. „Białystok, dnia 25.11.2026 r.”'),
  placeholder('data_wydruku', 'Data wydruku, np. „25.11.2026”'),
];

export interface OfficeParticulars {
  name: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  phone: string | null;
  email: string | null;
}

export function officeValues(office: OfficeParticulars, today: string) {
  const town = [office.postalCode, office.city].filter(Boolean).join(' ');
  return {
    urzad_nazwa: office.name,
    urzad_adres: [office.street, town].filter(Boolean).join(', '),
    urzad_kontakt: [office.phone && `tel. ${office.phone}`, office.email && `e-mail: ${office.email}`]
      .filter(Boolean)
      .join(', '),
    miejscowosc_i_data: `${office.city ? `${office.city}, ` : ''}dnia ${plDate(today)} r.`,
    data_wydruku: plDate(today),
  };
}
export type OfficeValues = ReturnType<typeof officeValues>;

export const letterheadOf = (v: OfficeValues, logo: Letterhead['logo']): Letterhead => ({
  name: v.urzad_nazwa,
  address: v.urzad_adres || null,
  contact: v.urzad_kontakt || null,
  placeAndDate: v.miejscowosc_i_data,
  logo,
});
