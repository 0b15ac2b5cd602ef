import { Input, Select, Stack, VisuallyHidden } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { type Locale, locales } from '../../contract/roles';
import { useMe, useSaveLocale } from '../api/auth';
import { applyLocale, currentLocale, isLocale, rememberChoiceBeforeSignIn } from '../i18n';

/** The languages to choose from; each name is written in its own language in both catalogues. */
export function useLanguageOptions(): { value: Locale; label: string }[] {
  const { t } = useTranslation();
  return locales.map((value) => ({ value, label: t(`language.${value}`) }));
}

interface Props {
  /** In the header: the label is read by screen readers but not shown, and the field is narrow. */
  compact?: boolean;
  description?: string;
}

/**
 * Switches the interface language. Signed in, the choice is saved to the account; on the sign-in
 * page it is remembered and saved once the person signs in.
 *
 * The field is named by its own label element, not by Mantine's `label`, which would also name
 * the (always present) hidden list of options: the page then has exactly one element called
 * "Język" (a text box that opens the list of languages).
 */
export function LanguageSelect({ compact = false, description }: Props) {
  const { t } = useTranslation();
  const me = useMe().data;
  const saveLocale = useSaveLocale();
  const languageOptions = useLanguageOptions();
  const labelId = useId();
  const inputId = useId();

  const change = (value: string | null) => {
    if (!isLocale(value) || value === currentLocale()) return;
    void applyLocale(value);
    if (me) {
      saveLocale.mutate(value, {
        onError: () => notifications.show({ color: 'red', message: t('language.saveFailed') }),
      });
    } else {
      rememberChoiceBeforeSignIn(value);
    }
  };

  return (
    <Stack gap={0}>
      {compact ? (
        <VisuallyHidden id={labelId}>{t('language.label')}</VisuallyHidden>
      ) : (
        <Input.Label id={labelId} htmlFor={inputId}>
          {t('language.label')}
        </Input.Label>
      )}
      <Select
        id={inputId}
        aria-labelledby={labelId}
        description={description}
        data={languageOptions}
        value={currentLocale()}
        onChange={change}
        allowDeselect={false}
        withCheckIcon
        checkIconPosition="right"
        leftSection={<IconLanguage size={18} stroke={1.6} aria-hidden />}
        comboboxProps={{ withinPortal: true }}
        {...(compact ? { w: 130, size: 'sm' } : {})}
      />
    </Stack>
  );
}
