import type { Role } from '../../contract/roles';

/** A fictional office: any likeness to a real centre or person is accidental. */
export const demoOffice = {
  name: 'Miejski Ośrodek Pomocy Społecznej w Lipowie Podlaskim',
  street: 'ul. Źródlana 7',
  postalCode: '16-999',
  city: 'Lipowo Podlaskie',
  phone: '85 000 00 00',
  email: 'sekretariat@mops-lipowo.example',
};

export const demoPassword = 'Demo-Asysta-2026';

export const demoStaff: { email: string; name: string; roles: Role[] }[] = [
  { email: 'admin@mops-lipowo.example', name: 'Grażyna Wiśniewska', roles: ['admin'] },
  { email: 'kierownik@mops-lipowo.example', name: 'Tadeusz Żółkiewski', roles: ['manager'] },
  { email: 'koordynator@mops-lipowo.example', name: 'Małgorzata Łęcka', roles: ['team_lead', 'assistant'] },
  { email: 'asystentka@mops-lipowo.example', name: 'Joanna Ślusarczyk', roles: ['assistant'] },
  { email: 'asystent@mops-lipowo.example', name: 'Paweł Dąbrowski', roles: ['assistant'] },
  { email: 'pracownik.socjalny@mops-lipowo.example', name: 'Agnieszka Kościuszko', roles: ['social_worker'] },
  { email: 'iod@mops-lipowo.example', name: 'Ewa Jędrzejczak', roles: ['dpo'] },
];
