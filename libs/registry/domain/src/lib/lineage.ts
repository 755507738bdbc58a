/**
 * Units that merge, split and rename (issue #22): the pure rules of a unit's lineage.
 *
 * An event has an effective date and moves units from `sources` (before) to `targets` (after):
 * - `rename`   A → A under a new name (no lineage edge; names over time come from these);
 * - `merge`    A + B → C: the sources cease, C is a new unit;
 * - `absorb`   B (+ …) absorbed into A: the absorbed cease, A goes on (`targets` = [A]);
 * - `split`    A → B + C: A ceases; or A → A + B when part of A leaves and A goes on;
 * - `move`     A moves under another parent (no lineage edge);
 * - `dissolve` A ceases with no successor.
 * History follows the edges by a rule the admin sets: from all predecessors, from the main one
 * only, or none.
 */
export const UNIT_EVENT_KINDS = ['rename', 'merge', 'absorb', 'split', 'move', 'dissolve'] as const;
export type UnitEventKind = (typeof UNIT_EVENT_KINDS)[number];

export const LINEAGE_RULES = ['all', 'main', 'none'] as const;
/** Whose history a successor inherits: every predecessor's, the main predecessor's, or none. */
export type LineageRule = (typeof LINEAGE_RULES)[number];

export interface UnitEvent {
  id: string;
  kind: UnitEventKind;
  /** ISO date (yyyy-MM-dd) the event takes effect. */
  date: string;
  sources: string[];
  targets: string[];
  /** For a merge or a split into new units: the predecessor whose history is the main one. */
  mainSourceId?: string | null;
}

/** A unit reached through the lineage, with the event that links it and how far away it is. */
export interface LineageLink {
  unitId: string;
  eventId: string;
  kind: UnitEventKind;
  date: string;
  /** 1 = directly linked, 2 = through one more event, … */
  depth: number;
  /** Whether every event on the way names it (or its line) the main one. */
  main: boolean;
}

export type LineageProblemCode =
  | 'lineage.sourcesRequired'
  | 'lineage.targetsRequired'
  | 'lineage.shape'
  | 'lineage.mainSource'
  | 'lineage.duplicateUnit'
  | 'lineage.ceased'
  | 'lineage.notYetCreated'
  | 'lineage.sameDay'
  | 'lineage.cycle';

export interface LineageProblem {
  code: LineageProblemCode;
  eventId: string;
  unitId?: string;
}

/** The events that link units (rename and move only change one unit). */
const LINKING: ReadonlySet<UnitEventKind> = new Set(['merge', 'absorb', 'split', 'dissolve']);

const byDate = (a: UnitEvent, b: UnitEvent) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/** The units an event ends: merged, absorbed, split (unless they go on) or dissolved. */
export function ceasedBy(event: UnitEvent): string[] {
  if (!LINKING.has(event.kind)) return [];
  return event.sources.filter((s) => !event.targets.includes(s));
}

/** The units an event brings into being: the new unit of a merge, the new parts of a split. */
export function createdBy(event: UnitEvent): string[] {
  if (event.kind !== 'merge' && event.kind !== 'split') return [];
  return event.targets.filter((t) => !event.sources.includes(t));
}

/** What is wrong with the shape of one event, before it meets the others. */
function shapeProblems(event: UnitEvent): LineageProblem[] {
  const problem = (code: LineageProblemCode, unitId?: string): LineageProblem[] => [
    { code, eventId: event.id, ...(unitId ? { unitId } : {}) },
  ];
  const { kind, sources, targets } = event;
  if (sources.length === 0) return problem('lineage.sourcesRequired');
  if (kind !== 'dissolve' && targets.length === 0) return problem('lineage.targetsRequired');
  const dup = [sources, targets].flatMap((list) => list.filter((u, i) => list.indexOf(u) !== i));
  if (dup.length) return problem('lineage.duplicateUnit', dup[0]);
  const one = sources.length === 1 && targets.length === 1;
  const shapeOk: Record<UnitEventKind, boolean> = {
    rename: one && sources[0] === targets[0],
    move: one && sources[0] === targets[0],
    dissolve: sources.length === 1 && targets.length === 0,
    merge: sources.length >= 2 && targets.length === 1 && !sources.includes(targets[0]),
    absorb: targets.length === 1 && sources.length >= 1 && !sources.includes(targets[0]),
    split:
      sources.length === 1 &&
      targets.length >= 2 &&
      targets.filter((t) => !sources.includes(t)).length >= 1,
  };
  if (!shapeOk[kind]) return problem('lineage.shape');
  const main = event.mainSourceId;
  if (main && !sources.includes(main)) return problem('lineage.mainSource', main);
  return [];
}

/**
 * Checks a set of events together: each has its shape; a unit takes no part in anything after it
 * ceased nor before it was created; no unit is in two linking events on the same day; and no unit
 * becomes its own predecessor. An empty list means the events are consistent.
 */
export function checkUnitEvents(events: UnitEvent[]): LineageProblem[] {
  const shapes = events.flatMap(shapeProblems);
  if (shapes.length) return shapes;
  const problems: LineageProblem[] = [];
  const sorted = [...events].sort(byDate);
  const ceasedOn = new Map<string, string>();
  const createdOn = new Map<string, string>();
  for (const event of sorted) for (const unit of createdBy(event)) createdOn.set(unit, event.date);
  const linkingDay = new Map<string, string>();
  for (const event of sorted) {
    for (const unit of new Set([...event.sources, ...event.targets])) {
      const ceased = ceasedOn.get(unit);
      if (ceased !== undefined)
        problems.push({ code: 'lineage.ceased', eventId: event.id, unitId: unit });
      const created = createdOn.get(unit);
      const isCreatedHere = createdBy(event).includes(unit);
      if (created !== undefined && !isCreatedHere && event.date < created)
        problems.push({ code: 'lineage.notYetCreated', eventId: event.id, unitId: unit });
      if (LINKING.has(event.kind)) {
        const key = `${unit}@${event.date}`;
        if (linkingDay.has(key) && linkingDay.get(key) !== event.id)
          problems.push({ code: 'lineage.sameDay', eventId: event.id, unitId: unit });
        linkingDay.set(key, event.id);
      }
    }
    for (const unit of ceasedBy(event)) ceasedOn.set(unit, event.date);
  }
  for (const unit of new Set(events.flatMap((e) => e.targets))) {
    const cycle = walk(unit, events, 'back').find((link) => link.unitId === unit);
    if (cycle) problems.push({ code: 'lineage.cycle', eventId: cycle.eventId, unitId: unit });
  }
  return dedupe(problems);
}

function dedupe(problems: LineageProblem[]): LineageProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.code}|${p.eventId}|${p.unitId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Whether `source` is the main predecessor of `target` in `event`. */
function isMainLink(event: UnitEvent, source: string): boolean {
  if (event.kind === 'split') return true;
  if (event.kind === 'merge') return (event.mainSourceId ?? null) === source;
  return false;
}

/**
 * The units reached from `unitId` through linking events, backwards (predecessors) or forwards
 * (successors), nearest first. Each unit appears once, by its nearest link; a cycle stops the walk.
 */
function walk(unitId: string, events: UnitEvent[], direction: 'back' | 'forward'): LineageLink[] {
  const links: LineageLink[] = [];
  const seen = new Set<string>();
  let frontier: Array<{ unit: string; before: string | null; main: boolean }> = [
    { unit: unitId, before: null, main: true },
  ];
  for (let depth = 1; frontier.length && depth <= events.length + 1; depth++) {
    const next: typeof frontier = [];
    for (const { unit, before, main } of frontier) {
      for (const event of [...events].sort(byDate)) {
        if (!LINKING.has(event.kind)) continue;
        const pairs =
          direction === 'back'
            ? event.targets.includes(unit) && (before === null || event.date <= before)
              ? event.sources
                  .filter((s) => s !== unit)
                  .map((s) => [s, isMainLink(event, s)] as const)
              : []
            : event.sources.includes(unit) && (before === null || event.date >= before)
              ? event.targets
                  .filter((t) => t !== unit)
                  .map((t) => [t, isMainLink(event, unit)] as const)
              : [];
        for (const [other, isMain] of pairs) {
          const key = `${other}`;
          const link: LineageLink = {
            unitId: other,
            eventId: event.id,
            kind: event.kind,
            date: event.date,
            depth,
            main: main && isMain,
          };
          if (other === unitId) {
            links.push(link);
            continue;
          }
          if (seen.has(key)) continue;
          seen.add(key);
          links.push(link);
          next.push({ unit: other, before: event.date, main: link.main });
        }
      }
    }
    frontier = next;
  }
  return links;
}

/** The units `unitId` descends from, each with the event that links it, nearest first. */
export function predecessorsOf(unitId: string, events: UnitEvent[]): LineageLink[] {
  return walk(unitId, events, 'back').filter((l) => l.unitId !== unitId);
}

/** The units that carry `unitId` on, each with the event that links it, nearest first. */
export function successorsOf(unitId: string, events: UnitEvent[]): LineageLink[] {
  return walk(unitId, events, 'forward').filter((l) => l.unitId !== unitId);
}

/** A predecessor whose records count for the successor, up to `untilYear` included. */
export interface InheritedSource {
  unitId: string;
  untilYear: number;
  link: LineageLink;
}

/**
 * Whose history counts for `unitId` under `rule`: its predecessors (all, or only those on the main
 * line), each up to the last year that began before the event linking it — an event on 1 January
 * leaves that year to the successor, one on 1 July lets the predecessor's own record of the year
 * count.
 */
export function inheritedSources(
  unitId: string,
  events: UnitEvent[],
  rule: LineageRule,
): InheritedSource[] {
  if (rule === 'none') return [];
  return predecessorsOf(unitId, events)
    .filter((link) => rule === 'all' || link.main)
    .map((link) => {
      const year = Number(link.date.slice(0, 4));
      return {
        unitId: link.unitId,
        untilYear: link.date.slice(5) === '01-01' ? year - 1 : year,
        link,
      };
    });
}

/** A rename: the name before and after. */
export interface Rename {
  date: string;
  previousName: string;
  newName: string;
}

/** A unit's names over time, oldest first: each with the dates it was in use (`to` exclusive). */
export function namesOverTime(
  currentName: string,
  renames: Rename[],
): Array<{ name: string; from: string | null; to: string | null }> {
  const sorted = [...renames].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (!sorted.length) return [{ name: currentName, from: null, to: null }];
  const names = sorted.map((r, i) => ({
    name: r.newName,
    from: r.date,
    to: sorted[i + 1]?.date ?? null,
  }));
  names[names.length - 1].name = currentName;
  return [{ name: sorted[0].previousName, from: null, to: sorted[0].date }, ...names];
}

/** The name a unit bore on `date` (ISO), for documents dated before a rename. */
export function nameOn(currentName: string, renames: Rename[], date: string): string {
  const name = namesOverTime(currentName, renames).find(
    (n) => (n.from === null || n.from <= date) && (n.to === null || date < n.to),
  );
  return name?.name ?? currentName;
}
