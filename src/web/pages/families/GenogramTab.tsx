import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconHierarchy2, IconPencil, IconPhoto, IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { FamilyFile } from '../../../contract/families';
import type { GenogramView } from '../../../contract/genogram';
import { useCurrentUser } from '../../api/auth';
import { genogramSvgUrl, useGenogram } from '../../api/genogram';
import { AppModal } from '../../components/AppModal';
import { EmptyState } from '../../components/EmptyState';
import { Section } from '../../components/Section';
import { WithQuery } from '../../components/WithQuery';
import { saveFile, svgToPng } from '../../lib/download';
import { useFormatters } from '../../lib/format';
import classes from './Genogram.module.css';
import { GenogramEditor } from './GenogramEditor';
import { GenogramLegend } from './GenogramLegend';

/** The server's drawing as it is: an SVG it builds itself, every text in it escaped. */
function GenogramDrawing({ svg }: { svg: string }) {
  const { t } = useTranslation();
  return (
    <section
      className={classes.drawing}
      aria-label={t('genogram.drawing')}
      // Scrolled sideways on a phone, so it must be reachable by keyboard too.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus to scroll by keyboard
      tabIndex={0}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: our own server's SVG, with role="img" and a title
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}

/** While printing: the drawing and the legend alone, under the family's name and case number. */
function PrintSheet({ family, svg }: { family: FamilyFile; svg: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  return createPortal(
    <div className={classes.sheet}>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={1} fz="h2">
            {t('genogram.print.title', { name: family.name || t('families.unnamed') })}
          </Title>
          <Text>{t('families.file.caseNumber', { caseNumber: family.caseNumber })}</Text>
          <Text size="sm" c="dimmed">
            {t('genogram.print.printedOn', { date: format.date(new Date()) })}
          </Text>
        </Stack>
        <GenogramDrawing svg={svg} />
        <GenogramLegend />
      </Stack>
    </div>,
    document.body,
  );
}

/** Prints the sheet: it exists only from the click until the browser has printed. */
function usePrinting() {
  const [printing, setPrinting] = useState(false);
  const print = () => {
    flushSync(() => setPrinting(true));
    window.addEventListener('afterprint', () => setPrinting(false), { once: true });
    window.print();
  };
  return { printing, print };
}

/** The drawing as a PNG picture at twice its size, made in the browser. */
function usePngDownload(svg: string, fileName: string) {
  const { t } = useTranslation();
  const [making, setMaking] = useState(false);
  const download = async () => {
    setMaking(true);
    try {
      saveFile(await svgToPng(svg, 2), fileName);
    } catch {
      notifications.show({ color: 'red', message: t('genogram.pngFailed') });
    } finally {
      setMaking(false);
    }
  };
  return { making, download };
}

function GenogramActions({
  family,
  svg,
  onEdit,
  onPrint,
}: {
  family: FamilyFile;
  svg: string;
  onEdit: (() => void) | null;
  onPrint: () => void;
}) {
  const { t } = useTranslation();
  const png = usePngDownload(svg, `genogram-${family.caseNumber.replaceAll('/', '-')}.png`);
  return (
    <Group gap="xs">
      {onEdit && (
        <Button leftSection={<IconPencil size={18} aria-hidden />} onClick={onEdit}>
          {t('genogram.edit')}
        </Button>
      )}
      <Button variant="default" leftSection={<IconPrinter size={18} aria-hidden />} onClick={onPrint}>
        {t('genogram.print.button')}
      </Button>
      <Button
        component="a"
        href={genogramSvgUrl(family.id)}
        download
        variant="default"
        leftSection={<IconDownload size={18} aria-hidden />}
      >
        {t('genogram.downloadSvg')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconPhoto size={18} aria-hidden />}
        loading={png.making}
        onClick={() => void png.download()}
      >
        {t('genogram.downloadPng')}
      </Button>
    </Group>
  );
}

/** Only the members are in it yet: what to add, and who can. */
function OnlyMembersHint({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <EmptyState
      icon={<IconHierarchy2 size={24} />}
      title={t('genogram.empty.title')}
      text={canEdit ? t('genogram.empty.hint') : t('genogram.empty.readOnly')}
    />
  );
}

function GenogramPanel({ family, view }: { family: FamilyFile; view: GenogramView }) {
  const { t } = useTranslation();
  const canEdit = useCurrentUser().permissions.includes('families:edit');
  const [editing, setEditing] = useState(false);
  const { printing, print } = usePrinting();
  const onlyMembers = view.relations.length === 0 && view.people.every((person) => person.member);

  return (
    <Section
      title={t('genogram.title')}
      action={
        <GenogramActions
          family={family}
          svg={view.svg}
          onEdit={canEdit ? () => setEditing(true) : null}
          onPrint={print}
        />
      }
    >
      <Stack gap="lg">
        {onlyMembers && <OnlyMembersHint canEdit={canEdit} />}
        <GenogramDrawing svg={view.svg} />
        <GenogramLegend />
      </Stack>
      {printing && <PrintSheet family={family} svg={view.svg} />}
      {canEdit && (
        <AppModal
          opened={editing}
          onClose={() => setEditing(false)}
          title={t('genogram.editor.title')}
          // Four choices side by side in a relation's row, each wide enough for a name.
          size={1120}
        >
          <GenogramEditor familyId={family.id} view={view} onDone={() => setEditing(false)} />
        </AppModal>
      )}
    </Section>
  );
}

/** The family's genogram: the drawing with its legend, to print or download, and its editor. */
export function GenogramTab({ family }: { family: FamilyFile }) {
  const genogram = useGenogram(family.id);
  return <WithQuery query={genogram}>{(view) => <GenogramPanel family={family} view={view} />}</WithQuery>;
}
