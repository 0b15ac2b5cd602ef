/** A throwaway PostgreSQL cluster: its connection URL, and how to remove it. */
export function startPostgres(binDir: string): Promise<{ url: string; stop(): void }>;
