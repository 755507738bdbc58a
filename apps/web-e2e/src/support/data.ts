import { type APIRequestContext, type Page, expect } from '@playwright/test';

/**
 * Test data of a test's own, made through the API: every test that changes data makes fresh
 * records (named with `uniqueStamp()`, or in a scratch year no other test uses), so that a retry
 * after a failed attempt, or another test, never meets what an earlier attempt left.
 */

export const PARTY_BLOC = 'Khối thi đua các cơ quan Tỉnh ủy';

/** A stamp unique to this attempt: time and a random tail, upper case (unit codes take it). */
export function uniqueStamp(): string {
  const random = Math.floor(Math.random() * 36 ** 3)
    .toString(36)
    .padStart(3, '0');
  return `${Date.now().toString(36)}${random}`.toUpperCase();
}

/** Calls the API and fails with the method, address, status and answer unless it succeeded. */
export async function api<T>(
  request: APIRequestContext,
  method: 'get' | 'post' | 'put' | 'patch' | 'delete',
  url: string,
  data?: unknown,
): Promise<T> {
  const res = await request[method](url, data === undefined ? undefined : { data });
  expect(res.ok(), `${method.toUpperCase()} ${url}: ${res.status()} ${await res.text()}`).toBe(
    true,
  );
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

export interface UnitRef {
  id: string;
  code: string;
  name: string;
}

/** A new unit (the admin's request), named `name`, with the code `code`. */
export function createUnit(
  request: APIRequestContext,
  unit: { code: string; name: string; shortName?: string; parentId?: string },
): Promise<UnitRef> {
  return api<UnitRef>(request, 'post', '/api/v1/units', unit);
}

/** A demo unit by its code. */
export async function unitByCode(request: APIRequestContext, code: string): Promise<UnitRef> {
  const page = await api<{ items: UnitRef[] }>(
    request,
    'get',
    `/api/v1/units?q=${encodeURIComponent(code)}&pageSize=100`,
  );
  const unit = page.items.find((u) => u.code === code);
  expect(unit, `unit ${code}`).toBeTruthy();
  return unit as UnitRef;
}

/** A bloc by its exact name (as listed for `year`). */
export async function blocByName(
  request: APIRequestContext,
  name: string,
  year: number,
): Promise<{ id: string; name: string }> {
  const page = await api<{ items: Array<{ id: string; name: string }> }>(
    request,
    'get',
    `/api/v1/blocs?year=${year}&q=${encodeURIComponent(name)}&pageSize=100`,
  );
  const bloc = page.items.find((b) => b.name === name);
  expect(bloc, `bloc ${name}`).toBeTruthy();
  return bloc as { id: string; name: string };
}

interface BlocYear {
  members: Array<{ unit: { id: string } }>;
  version: number;
}

/**
 * The highest run of `count` consecutive years (from 2099 down) in which the bloc has no members:
 * scratch years that no demo data, no other test and no earlier attempt has touched.
 */
export async function scratchYears(
  request: APIRequestContext,
  blocId: string,
  count: number,
): Promise<number> {
  let run = 0;
  for (let year = 2099; year >= 2030; year -= 1) {
    const { members } = await api<BlocYear>(
      request,
      'get',
      `/api/v1/blocs/${blocId}/years/${year}`,
    );
    run = members.length ? 0 : run + 1;
    if (run === count) return year;
  }
  throw new Error(`no ${count} free years left in bloc ${blocId}`);
}

/** Replaces a bloc year's members (in rotation order). */
export async function putMembers(
  request: APIRequestContext,
  blocId: string,
  year: number,
  unitIds: string[],
): Promise<void> {
  const { version } = await api<BlocYear>(request, 'get', `/api/v1/blocs/${blocId}/years/${year}`);
  await api(request, 'put', `/api/v1/blocs/${blocId}/years/${year}/members`, {
    unitIds,
    version,
  });
}

/** Sets a bloc year's head and deputy. */
export async function putLeadership(
  request: APIRequestContext,
  blocId: string,
  year: number,
  headUnitId: string,
  deputyUnitId: string | null,
): Promise<void> {
  const { version } = await api<BlocYear>(request, 'get', `/api/v1/blocs/${blocId}/years/${year}`);
  await api(request, 'put', `/api/v1/blocs/${blocId}/years/${year}/leadership`, {
    headUnitId,
    deputyUnitId,
    version,
  });
}

/** The unit ids of a bloc year's members, in rotation order. */
export async function memberIds(
  request: APIRequestContext,
  blocId: string,
  year: number,
): Promise<string[]> {
  const { members } = await api<BlocYear>(request, 'get', `/api/v1/blocs/${blocId}/years/${year}`);
  return members.map((m) => m.unit.id);
}

/**
 * Types into a list's search box and waits until the address carries it: the list then stops
 * navigating by itself, so a click on one of its links is not undone by a late search.
 */
export async function searchList(page: Page, text: string): Promise<void> {
  await page.getByLabel('Tìm kiếm').fill(text);
  await expect(page).toHaveURL((url) => url.searchParams.get('q') === text);
}

/** dd/MM/yyyy of today, the way the date fields take it. */
export const today = () =>
  new Date().toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
