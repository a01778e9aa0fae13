import { ProcurifyError } from './errors';

// Procurify's list envelope: `{metadata: {pagination: {...}}, data: [...]}` with absolute next/previous
// URLs that keep every other query parameter. Like DRF's PageNumberPagination, a page_size above the
// maximum is clamped silently, and a page past the end is 404 "Invalid page.".

export interface PaginationOptions {
  defaultPageSize: number;
  maxPageSize: number;
}

export interface Page<T> {
  items: T[];
  pagination: {
    count: number;
    next: string | null;
    previous: string | null;
    page_size: number;
    num_pages: number;
    current_page: number;
  };
}

export function paginate<T>(all: T[], requestUrl: string, options: PaginationOptions): Page<T> {
  const url = new URL(requestUrl);
  const pageSize = parsePageSize(url.searchParams.get('page_size'), options);
  const numPages = Math.max(1, Math.ceil(all.length / pageSize));
  const page = parsePage(url.searchParams.get('page'), numPages);
  const start = (page - 1) * pageSize;
  return {
    items: all.slice(start, start + pageSize),
    pagination: {
      count: all.length,
      next: page < numPages ? pageUrl(url, page + 1) : null,
      previous: page > 1 ? pageUrl(url, page - 1) : null,
      page_size: pageSize,
      num_pages: numPages,
      current_page: page,
    },
  };
}

function parsePageSize(raw: string | null, options: PaginationOptions): number {
  const size = raw === null ? NaN : Number.parseInt(raw, 10);
  if (!Number.isFinite(size) || size <= 0) return Math.min(options.defaultPageSize, options.maxPageSize);
  return Math.min(size, options.maxPageSize);
}

function parsePage(raw: string | null, numPages: number): number {
  if (raw === null || raw === 'last') return raw === 'last' ? numPages : 1;
  const page = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isInteger(page) || page < 1 || page > numPages)
    throw new ProcurifyError(404, { detail: 'Invalid page.' });
  return page;
}

// DRF drops `page` for the first page in `previous`; keep that quirk so clients follow URLs, not numbers.
function pageUrl(url: URL, page: number): string {
  const next = new URL(url.toString());
  if (page === 1) next.searchParams.delete('page');
  else next.searchParams.set('page', String(page));
  return next.toString();
}

export function listEnvelope<T>(page: Page<T>) {
  return { metadata: { pagination: page.pagination }, data: page.items };
}
