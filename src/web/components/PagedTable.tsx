import { Box, Button, Card, Group, Loader, SimpleGrid, Table, type TableTdProps, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ListPage } from '../api/infiniteList';
import { useIsPhone } from '../lib/useIsPhone';
import { QueryError } from './QueryError';

/** What the table reads from a list hook built on `useInfiniteList`. */
export interface PagedQuery<T> {
  data: { pages: readonly ListPage<T>[] } | undefined;
  error: unknown;
  isError: boolean;
  isPending: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
  refetch: () => Promise<unknown>;
}

/** One column of a PagedTable: its header and what its cell shows for an item. */
export interface Column<T> {
  /** The header's text; also the column's key, so unique within a table. */
  header: string;
  cell: (item: T) => ReactNode;
  /** `right` for the actions column (and numbers): the header and the cells alike. */
  align?: 'right';
  /** More props for the column's cells, such as a maximum width. */
  cellProps?: TableTdProps;
}

interface ColumnTableProps<T> {
  items: readonly T[];
  columns: Column<T>[];
  rowKey: (item: T) => string;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** The id of the heading that names the table, where a page has more than one. */
  labelledBy?: string;
  /**
   * On a phone, a list instead: each item's first cell, then the others under their headers. For
   * lists read on the go, where sideways scrolling would hide what matters.
   */
  stackOnPhone?: boolean;
}

function StackedRows<T>({ items, columns, rowKey, labelledBy }: Omit<ColumnTableProps<T>, 'minWidth'>) {
  const [first, ...rest] = columns;
  return (
    <Box component="ul" aria-labelledby={labelledBy} p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((item, index) => (
        <Box
          component="li"
          key={rowKey(item)}
          py="sm"
          style={index > 0 ? { borderTop: '1px solid var(--mantine-color-default-border)' } : undefined}
        >
          {first?.cell(item)}
          <SimpleGrid cols={2} spacing="md" verticalSpacing="xs" mt={6}>
            {rest.map((column) => (
              <div key={column.header}>
                <Text size="xs" c="dimmed" fw={600}>
                  {column.header}
                </Text>
                {column.cell(item)}
              </div>
            ))}
          </SimpleGrid>
        </Box>
      ))}
    </Box>
  );
}

/** A table from column definitions: the header and the cells of each column come from one place. */
export function ColumnTable<T>(props: ColumnTableProps<T>) {
  const { items, columns, rowKey, minWidth, labelledBy, stackOnPhone = false } = props;
  const phone = useIsPhone();
  if (stackOnPhone && phone) return <StackedRows {...props} />;
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table verticalSpacing="sm" horizontalSpacing="md" highlightOnHover aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <Table.Th key={column.header} ta={column.align}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={rowKey(item)}>
              {columns.map((column) => (
                <Table.Td key={column.header} ta={column.align} {...column.cellProps}>
                  {column.cell(item)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

interface PagedTableProps<T extends { id: string }> {
  query: PagedQuery<T>;
  /** Header and cells of each column together, so the two never drift apart. */
  columns: Column<T>[];
  /** Shown in the card when the list (with its filters) has nothing. */
  empty: ReactNode;
  /** Below this width the table scrolls sideways instead of squeezing its columns. */
  minWidth: number;
  /** On a phone, a list instead of the table (see ColumnTable). */
  stackOnPhone?: boolean;
}

/**
 * Every list page shows its items the same way: the failed load with a retry, a spinner, the empty
 * state or the table in a card, then how many items are shown and a button to load the next page.
 */
export function PagedTable<T extends { id: string }>({
  query,
  columns,
  empty,
  minWidth,
  stackOnPhone,
}: PagedTableProps<T>) {
  const { t } = useTranslation();
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  // A table reaches the card's edges; a stacked list keeps to its padding.
  const stacked = useIsPhone() && stackOnPhone;

  return (
    <>
      {query.isError && !query.data ? (
        <QueryError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <Card p={0} px={stacked ? 'md' : 0}>
          {query.isPending ? (
            <Group justify="center" py="xl">
              <Loader aria-label={t('app.loading')} />
            </Group>
          ) : items.length === 0 ? (
            empty
          ) : (
            <ColumnTable
              items={items}
              columns={columns}
              rowKey={(item) => item.id}
              minWidth={minWidth}
              stackOnPhone={stackOnPhone}
            />
          )}
        </Card>
      )}

      {items.length > 0 && <PagedFooter query={query} shown={items.length} />}
    </>
  );
}

/** Under a paged list: how many items are shown, and a button to load the next page. */
export function PagedFooter({
  query,
  shown,
}: {
  query: Pick<PagedQuery<unknown>, 'hasNextPage' | 'isFetchingNextPage' | 'fetchNextPage'>;
  shown: number;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mt="md">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('common.shown', { count: shown })}
      </Text>
      {query.hasNextPage && (
        <Button
          variant="default"
          onClick={() => void query.fetchNextPage()}
          loading={query.isFetchingNextPage}
        >
          {t('common.loadMore')}
        </Button>
      )}
    </Group>
  );
}
