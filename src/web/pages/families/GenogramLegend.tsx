import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { emotionalTies, parentageKinds, partnershipKinds } from '../../../domain/genogram';
import { useRelationTypeLabels } from './genogramLabels';

// The samples copy the drawing's strokes and colours (src/domain/genogram-svg.ts).
const INK = '#222';
const line = { stroke: INK, strokeWidth: 2, fill: 'none' } as const;
const across = 'M2 12 H42';
const down = 'M22 2 V22';
const zigzag = 'M2 12 L6 8 L10 16 L14 8 L18 16 L22 8 L26 16 L30 8 L34 16 L38 8 L42 12';
/** The same, stopping where the arrowhead starts. */
const zigzagToArrow = 'M2 12 L6 8 L10 16 L14 8 L18 16 L22 8 L26 16 L30 8 L34 12';

const personSamples = {
  male: <rect x={14} y={4} width={16} height={16} {...line} />,
  female: <circle cx={22} cy={12} r={8} {...line} />,
  unknownSex: <polygon points="22,3 31,12 22,21 13,12" {...line} />,
  index: (
    <>
      <circle cx={22} cy={12} r={9} {...line} />
      <circle cx={22} cy={12} r={5.5} {...line} strokeWidth={1.5} />
    </>
  ),
  deceased: (
    <>
      <rect x={15} y={5} width={14} height={14} {...line} />
      <path d="M12 2 L32 22 M12 22 L32 2" {...line} strokeWidth={1.5} />
    </>
  ),
  household: (
    <rect x={3} y={3} width={38} height={18} rx={5} fill="none" stroke="#5b7fa6" strokeDasharray="5 3" />
  ),
} as const;

const slash = (x: number) => <path key={x} d={`M${x - 3} 17 L${x + 3} 7`} {...line} strokeWidth={1.8} />;
const partnershipSamples = {
  marriage: <path d={across} {...line} />,
  cohabitation: <path d={across} {...line} strokeDasharray="7 4" />,
  separation: (
    <>
      <path d={across} {...line} />
      {slash(22)}
    </>
  ),
  divorce: (
    <>
      <path d={across} {...line} />
      {[19, 25].map(slash)}
    </>
  ),
} as const;

const parentageSamples = {
  biological: <path d={down} {...line} />,
  adoptive: <path d={down} {...line} strokeDasharray="7 4" />,
  foster: <path d={down} {...line} strokeDasharray="1.5 3.5" strokeLinecap="round" />,
} as const;

const tie = (colour: string) => ({ stroke: colour, strokeWidth: 1.6, fill: 'none' });
const emotionalSamples = {
  close: <path d="M2 10 H42 M2 14 H42" {...tie('#2e7d32')} />,
  distant: <path d={across} {...tie('#8a8a8a')} strokeDasharray="6 5" />,
  conflict: <path d={zigzag} {...tie('#e07b00')} />,
  violence: (
    <>
      <path d={zigzagToArrow} {...tie('#c62828')} strokeWidth={2} />
      <path d="M34 7 L42 12 L34 17 Z" fill="#c62828" />
    </>
  ),
  cut_off: <path d="M2 12 H18 M26 12 H42 M19 5 V19 M25 5 V19" {...tie('#555')} />,
} as const;

function Sample({ children }: { children: ReactNode }) {
  return (
    <svg width={44} height={24} viewBox="0 0 44 24" aria-hidden focusable="false" style={{ flex: 'none' }}>
      {children}
    </svg>
  );
}

function LegendGroup({ title, items }: { title: string; items: { sample: ReactNode; label: string }[] }) {
  return (
    <Stack gap={6}>
      <Title order={4} fz="sm">
        {title}
      </Title>
      <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
        {items.map(({ sample, label }) => (
          <Group component="li" key={label} gap="xs" wrap="nowrap" align="center">
            <Sample>{sample}</Sample>
            <Text size="sm">{label}</Text>
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}

/** What the drawing's symbols and lines mean, beside it on screen and on paper. */
export function GenogramLegend() {
  const { t } = useTranslation();
  const types = useRelationTypeLabels();
  const headingId = useId();
  const people = (['male', 'female', 'unknownSex', 'index', 'deceased', 'household'] as const).map((key) => ({
    sample: personSamples[key],
    label: t(`genogram.legend.${key}`),
  }));
  const couples = [
    ...partnershipKinds.map((type) => ({ sample: partnershipSamples[type], label: types.partnership(type) })),
    ...parentageKinds.map((type) => ({ sample: parentageSamples[type], label: types.parentage(type) })),
  ];
  const ties = emotionalTies.map((type) => ({
    sample: emotionalSamples[type],
    label: type === 'violence' ? t('genogram.legend.violence') : types.emotional(type),
  }));

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} fz="md" id={headingId}>
        {t('genogram.legend.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="lg" verticalSpacing="md">
        <LegendGroup title={t('genogram.legend.people')} items={people} />
        <LegendGroup title={t('genogram.legend.couples')} items={couples} />
        <LegendGroup title={t('genogram.legend.ties')} items={ties} />
      </SimpleGrid>
    </Stack>
  );
}
