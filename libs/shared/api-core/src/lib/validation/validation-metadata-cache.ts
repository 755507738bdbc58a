import { getMetadataStorage } from 'class-validator';

type Lookup = ReturnType<typeof getMetadataStorage>['getTargetValidationMetadatas'];
type Metadatas = ReturnType<Lookup>;

let isInstalled = false;

/**
 * class-validator looks up a class's rules, its ancestors' included, by scanning every decorated
 * class of the app on each validation (typestack/class-validator#2686): with a few hundred DTOs that
 * scan costs more than the checks themselves, on every request. A class's rules are complete once
 * the class is defined and never change after, so each lookup is kept, per class and options. A rule
 * added at run time (a class defined later) clears what was kept, so nothing stale is ever used.
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
    if (typeof target !== 'function') return lookup(target, schema, always, strictGroups, groups);
    const key = `${schema ?? ''}\u0000${always}\u0000${strictGroups}\u0000${(groups ?? []).join('\u0001')}`;
    let byOptions = kept.get(target);
    if (!byOptions) kept.set(target, (byOptions = new Map()));
    let metadatas = byOptions.get(key);
    if (!metadatas)
      byOptions.set(key, (metadatas = lookup(target, schema, always, strictGroups, groups)));
    return metadatas;
  };
}
