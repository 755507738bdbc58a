import { getMetadataStorage } from 'class-validator';

type Lookup = ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas'];
type Metadatas = ReturnType<Lookup>;

let isInstalled = false;

/** Rules that say whether a field is there and what kind of value it holds; see `typeChecksFirst`. */
const TYPE_CHECKS = new Set([
  'isDefined',
  'isNotEmpty',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
  'isUuid',
  'isDate',
  'isDateString',
  'isIso8601',
  'isEnum',
]);

/**
 * Decorators run bottom-up, so class-validator checks `@IsInt() @Min(0) @Max(9)` as Max, Min,
 * IsInt; with stopAtFirstError, "abc" would be told it is too large. Each field's type and presence
 * checks go first (the rest keep their order), so the one message shown is the one that helps: an
 * empty code is told it must not be empty, not that it has the wrong format.
 */
export function typeChecksFirst(metadatas: Metadatas): Metadatas {
  const first = metadatas.filter((m) => m.name !== undefined && TYPE_CHECKS.has(m.name));
  if (!first.length) return metadatas;
  return [...first, ...metadatas.filter((m) => !first.includes(m))];
}

/**
 * class-validator looks up a class's rules, its ancestors' included, by scanning every decorated
 * class of the app on each validation (typestack/class-validator#2686): with a few hundred DTOs that
 * scan costs more than the checks themselves, on every request. A class's rules are complete once
 * the class is defined and never change after, so each lookup is kept, per class and options. A rule
 * added at run time (a class defined later) clears what was kept, so nothing stale is ever used.
 * The rules come back with the type checks first (`typeChecksFirst`).
 */
export function cacheValidationMetadata(): void {
  if (isInstalled) return;
  isInstalled = true;
  const storage = getMetadataStorage();
  const lookup = storage.getTargetValidationMetadatas.bind(storage);
  const add = storage.addValidationMetadata.bind(storage);
  let kept = new WeakMap<object, Map<string, Metadatas>>();
  storage.addValidationMetadata = (metadata) => {
    kept = new WeakMap();
    add(metadata);
  };
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (typeof target !== 'function')
      return typeChecksFirst(lookup(target, schema, always, strictGroups, groups));
    const key = `${schema ?? ''}\u0000${always}\u0000${strictGroups}\u0000${(groups ?? []).join('\u0001')}`;
    let byOptions = kept.get(target);
    if (!byOptions) kept.set(target, (byOptions = new Map()));
    let metadatas = byOptions.get(key);
    if (!metadatas)
      byOptions.set(
        key,
        (metadatas = typeChecksFirst(lookup(target, schema, always, strictGroups, groups))),
      );
    return metadatas;
  };
}
