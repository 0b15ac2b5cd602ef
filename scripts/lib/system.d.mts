export function ensureChromium(): string;
export function ensurePostgres(): string;
export function ensurePoppler(): string;
