import { Anchor, Badge, Button, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Institution } from '../../../contract/partners';
import { Detail } from '../../components/Detail';

/** "ul. Źródlana 7, 16-999 Lipowo Podlaskie", or null when no part of it is known. */
export function addressOf({ street, postalCode, city }: Institution): string | null {
  const town = [postalCode, city].filter(Boolean).join(' ');
  return [street, town].filter(Boolean).join(', ') || null;
}

/** Long names of services wrap inside their badges instead of being cut off. */
const wrappingBadge = {
  root: { display: 'block', height: 'auto', minWidth: 0, maxWidth: '100%', paddingBlock: 2 },
  label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.4 },
} as const;

/** What an institution offers, as badges. */
export function ServiceBadges({ services }: { services: string[] }) {
  return (
    <Group gap={4}>
      {services.map((service) => (
        <Badge key={service} variant="light" color="gray" tt="none" radius="sm" styles={wrappingBadge}>
          {service}
        </Badge>
      ))}
    </Group>
  );
}

/** A web address opens only when written with its protocol; anything else stays text. */
function Website({ url }: { url: string }) {
  return /^https?:\/\//i.test(url) ? (
    <Anchor href={url} target="_blank" rel="noopener noreferrer" size="sm">
      {url}
    </Anchor>
  ) : (
    url
  );
}

/** An institution of the directory as those who do not manage it read it. */
export function InstitutionDetails({
  institution,
  onClose,
}: {
  institution: Institution;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const none = t('families.none');
  return (
    <Stack gap="md">
      <Group gap="sm">
        <Text fw={600}>{institution.name}</Text>
        {!institution.active && (
          <Badge color="gray" variant="light" tt="none" radius="sm">
            {t('institutions.retired')}
          </Badge>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md" verticalSpacing="sm">
        <Detail label={t('institutions.fields.kind')}>{t(`institutions.kinds.${institution.kind}`)}</Detail>
        <Detail label={t('institutions.colAddress')}>{addressOf(institution) ?? none}</Detail>
        <Detail label={t('institutions.fields.phone')}>{institution.phone ?? none}</Detail>
        <Detail label={t('institutions.fields.email')}>{institution.email ?? none}</Detail>
        <Detail label={t('institutions.fields.website')}>
          {institution.website ? <Website url={institution.website} /> : none}
        </Detail>
        <Detail label={t('institutions.fields.hours')}>{institution.hours ?? none}</Detail>
      </SimpleGrid>
      <Detail label={t('institutions.fields.services')}>
        {institution.services.length > 0 ? <ServiceBadges services={institution.services} /> : none}
      </Detail>
      <Detail label={t('institutions.fields.contacts')}>
        {institution.contacts.length > 0 ? (
          <List size="sm" spacing={4}>
            {institution.contacts.map((contact) => (
              <List.Item key={`${contact.name}-${contact.role}`}>
                {[contact.name, contact.role, contact.phone, contact.email].filter(Boolean).join(' · ')}
              </List.Item>
            ))}
          </List>
        ) : (
          none
        )}
      </Detail>
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose} data-autofocus>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}
