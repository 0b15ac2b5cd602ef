import { Card, Divider, Group, Stack, Title } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';

/** A section of a record's tab: its heading, what can be done there, and its content. */
export function Section({
  title,
  headingId,
  action,
  children,
}: {
  title: string;
  /** The heading's id, for a table in the section to be named by it. */
  headingId?: string;
  action?: ReactNode;
  children: ReactNode;
}) {
  return (
    <Card component="section">
      <Group justify="space-between" align="center" mb="md" gap="sm">
        <Title order={2} fz="h4" id={headingId}>
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}

/** Items of a section one under another, with a line between them. */
export function ItemList<T extends { id: string }>({
  items,
  render,
}: {
  items: T[];
  render: (item: T) => ReactNode;
}) {
  return (
    <Stack gap="md">
      {items.map((item, index) => (
        <Fragment key={item.id}>
          {index > 0 && <Divider />}
          {render(item)}
        </Fragment>
      ))}
    </Stack>
  );
}
