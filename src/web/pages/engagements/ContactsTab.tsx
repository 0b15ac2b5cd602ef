import { Alert, Badge, Button, Group, List, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle, IconMessages, IconPlus } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../contract/contacts';
import type { EngagementView } from '../../../contract/engagements';
import { useContactLog, useDeleteContact, useSaveContact } from '../../api/contacts';
import { AppModal } from '../../components/AppModal';
import { Detail } from '../../components/Detail';
import { EditRemoveMenu } from '../../components/EditRemoveMenu';
import { EmptyState } from '../../components/EmptyState';
import { PagedFooter } from '../../components/PagedTable';
import { QueryError } from '../../components/QueryError';
import { ItemList, Section } from '../../components/Section';
import { useFormatters } from '../../lib/format';
import { ContactForm, contactValues, newContactValues } from '../contacts/ContactForm';
import { ConfirmModal } from '../families/ConfirmModal';

const headingId = (contact: Contact) => `contact-${contact.id}`;

/** Who took part: the family's members by name, then the others as written. */
function participantsText(contact: Contact): string | null {
  const names = contact.participants.members.map((member) => member.name);
  if (contact.participants.others) names.push(contact.participants.others);
  return names.length > 0 ? names.join(', ') : null;
}

function ContactItem({ contact, actions }: { contact: Contact; actions?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const place = t(`contacts.places.${contact.place}`);
  return (
    <Stack gap="sm" component="article" aria-labelledby={headingId(contact)}>
      <Group justify="space-between" gap="xs" align="flex-start">
        <Stack gap={6}>
          <Text fw={600} id={headingId(contact)}>
            {t('contacts.heading', {
              date: format.longDate(contact.date),
              hours: format.timeRange(contact.startTime, contact.endTime),
            })}
          </Text>
          <Group gap={6}>
            <Badge variant="light" tt="none" radius="sm">
              {t(`contacts.kinds.${contact.kind}`)}
            </Badge>
            <Badge variant="outline" color="gray" tt="none" radius="sm">
              {contact.placeNote ? `${place}: ${contact.placeNote}` : place}
            </Badge>
            {contact.plannedVisitId && (
              <Badge variant="light" color="blue" tt="none" radius="sm">
                {t('contacts.fromVisit')}
              </Badge>
            )}
          </Group>
        </Stack>
        {actions}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
        <Detail label={t('contacts.participants')}>
          {participantsText(contact) ?? (
            <Text span size="sm" c="dimmed">
              {t('contacts.noParticipants')}
            </Text>
          )}
        </Detail>
        <Detail label={t('contacts.assistant')}>{contact.assistant.name}</Detail>
      </SimpleGrid>
      <Detail label={t('contacts.fields.description')}>{contact.description}</Detail>
      {contact.actions.length > 0 && (
        <Detail label={t('contacts.fields.actions')}>
          <List size="sm" spacing={2}>
            {contact.actions.map((action) => (
              <List.Item key={action.id}>{action.description}</List.Item>
            ))}
          </List>
        </Detail>
      )}
      {contact.followUps && <Detail label={t('contacts.fields.followUps')}>{contact.followUps}</Detail>}
    </Stack>
  );
}

/** The dialog that records a contact or corrects one. */
function ContactDialog({
  view,
  contact,
  onDone,
}: {
  view: EngagementView;
  contact: Contact | null;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useSaveContact(view.engagement.id, contact);
  return (
    <ContactForm
      view={view}
      initialValues={contact ? contactValues(contact) : newContactValues(view.today)}
      mutation={mutation}
      submitLabel={contact ? t('common.saveChanges') : t('contacts.submit')}
      onDone={onDone}
    />
  );
}

/** The contact log: what was done with the family, when and where, newest first. */
export function ContactsTab({ view, canWork }: { view: EngagementView; canWork: boolean }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const log = useContactLog(view.engagement.id);
  const removeContact = useDeleteContact();
  // The contact edited (null: a new one) stays while the closing dialog fades out.
  const [editing, setEditing] = useState<Contact | null>(null);
  const [opened, setOpened] = useState(false);
  const [removing, setRemoving] = useState<Contact | null>(null);
  const contacts = log.data?.pages.flatMap((page) => page.items) ?? [];
  // Contacts are recorded once the first one has started the work with the family.
  const canRecord = canWork && view.engagement.status !== 'assigned';

  const open = (contact: Contact | null) => {
    setEditing(contact);
    setOpened(true);
  };
  const confirmRemove = () => {
    if (!removing) return;
    removeContact.mutate(removing, {
      onSuccess: () => {
        notifications.show({ color: 'asysta', message: t('contacts.removed') });
        setRemoving(null);
      },
    });
  };

  const content =
    log.isError && !log.data ? (
      <QueryError error={log.error} onRetry={() => void log.refetch()} />
    ) : log.isPending ? (
      <Group justify="center" py="xl">
        <Loader aria-label={t('app.loading')} />
      </Group>
    ) : contacts.length === 0 ? (
      <EmptyState icon={<IconMessages size={24} />} text={t('contacts.empty')} />
    ) : (
      <ItemList
        items={contacts}
        render={(contact) => (
          <ContactItem
            contact={contact}
            actions={
              canRecord && (
                <EditRemoveMenu
                  describedBy={headingId(contact)}
                  editLabel={t('contacts.edit')}
                  removeLabel={t('contacts.remove')}
                  onEdit={() => open(contact)}
                  onRemove={() => {
                    removeContact.reset();
                    setRemoving(contact);
                  }}
                />
              )
            }
          />
        )}
      />
    );

  return (
    <Stack gap="md">
      {canWork && view.engagement.status === 'assigned' && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('contacts.beforeFirstContact')}
        </Alert>
      )}
      <Section
        title={t('contacts.title')}
        action={
          canRecord && (
            <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => open(null)}>
              {t('contacts.add')}
            </Button>
          )
        }
      >
        {content}
        {contacts.length > 0 && <PagedFooter query={log} shown={contacts.length} />}
      </Section>
      {canRecord && (
        <>
          <AppModal
            opened={opened}
            onClose={() => setOpened(false)}
            title={editing ? t('contacts.editTitle') : t('contacts.addTitle')}
          >
            <ContactDialog
              key={editing?.id ?? 'new'}
              view={view}
              contact={editing}
              onDone={() => setOpened(false)}
            />
          </AppModal>
          <ConfirmModal
            opened={removing !== null}
            title={t('contacts.removeTitle')}
            text={
              removing
                ? t(removing.plannedVisitId ? 'contacts.removeVisitText' : 'contacts.removeText', {
                    date: format.date(removing.date),
                  })
                : ''
            }
            confirmLabel={t('contacts.remove')}
            loading={removeContact.isPending}
            error={removeContact.error}
            onConfirm={confirmRemove}
            onClose={() => setRemoving(null)}
          />
        </>
      )}
    </Stack>
  );
}
