import { Box, Button, Card, Center, Group, Image, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhoto, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { logoUrl, useLogoInfo, useRemoveLogo, useUploadLogo } from '../../api/documents';
import { WithQuery } from '../../components/WithQuery';
import { useFormatters } from '../../lib/format';
import { ConfirmModal } from '../families/ConfirmModal';
import { UploadButton, UploadFailure } from './UploadButton';

const IMAGES = 'image/png,image/jpeg,.png,.jpg,.jpeg';

/** The office's logo on its printouts' header: the one in use, a new one, or none. */
export function LogoCard() {
  const { t } = useTranslation();
  const format = useFormatters();
  const info = useLogoInfo();
  const upload = useUploadLogo();
  const remove = useRemoveLogo();
  const [confirming, setConfirming] = useState(false);

  const send = (file: File) =>
    upload.mutate(file, {
      onSuccess: () => notifications.show({ color: 'asysta', message: t('documents.logo.uploaded') }),
    });
  const confirmRemove = () =>
    remove.mutate(undefined, {
      onSuccess: () => {
        notifications.show({ color: 'asysta', message: t('documents.logo.removed') });
        setConfirming(false);
      },
    });

  return (
    <Card component="section" aria-labelledby="office-logo">
      <Title order={2} fz="h4" mb="xs" id="office-logo">
        {t('documents.logo.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('documents.logo.text')}
      </Text>
      <WithQuery query={info}>
        {(logo) => (
          <Stack gap="md">
            <Group gap="lg" align="center">
              <Box
                w={220}
                h={110}
                p="xs"
                style={{
                  border: '1px solid var(--mantine-color-default-border)',
                  borderRadius: 'var(--mantine-radius-md)',
                }}
              >
                {logo.present ? (
                  <Image
                    src={logoUrl(logo.uploadedAt)}
                    alt={t('documents.logo.alt')}
                    fit="contain"
                    h="100%"
                    w="100%"
                  />
                ) : (
                  <Center h="100%">
                    <Stack gap={4} align="center">
                      <IconPhoto size={28} color="var(--mantine-color-gray-5)" aria-hidden />
                      <Text size="xs" c="dimmed" ta="center">
                        {t('documents.logo.none')}
                      </Text>
                    </Stack>
                  </Center>
                )}
              </Box>
              <Stack gap="xs">
                {logo.present && logo.uploadedAt && (
                  <Text size="sm" c="dimmed">
                    {t('documents.logo.since', { time: format.dateTime(logo.uploadedAt) })}
                  </Text>
                )}
                <Group gap="xs">
                  <UploadButton
                    accept={IMAGES}
                    upload={upload}
                    onFile={send}
                    variant={logo.present ? 'default' : 'filled'}
                  >
                    {logo.present ? t('documents.logo.replace') : t('documents.logo.upload')}
                  </UploadButton>
                  {logo.present && (
                    <Button
                      variant="subtle"
                      color="red"
                      leftSection={<IconTrash size={18} aria-hidden />}
                      onClick={() => {
                        remove.reset();
                        setConfirming(true);
                      }}
                    >
                      {t('documents.logo.remove')}
                    </Button>
                  )}
                </Group>
                <Text size="xs" c="dimmed">
                  {t('documents.logo.hint')}
                </Text>
              </Stack>
            </Group>
            <UploadFailure upload={upload} title={t('documents.logo.uploadFailed')} />
          </Stack>
        )}
      </WithQuery>
      <ConfirmModal
        opened={confirming}
        title={t('documents.logo.removeTitle')}
        text={t('documents.logo.removeText')}
        confirmLabel={t('documents.logo.remove')}
        loading={remove.isPending}
        error={remove.error}
        onConfirm={confirmRemove}
        onClose={() => setConfirming(false)}
      />
    </Card>
  );
}
