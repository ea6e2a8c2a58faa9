import type { estypes } from '@elastic/elasticsearch';

type Properties = Record<string, estypes.MappingProperty>;

export interface MappingDrift {
  /** Fields the template has and the index lacks: Elasticsearch can add these in place. */
  missing: Properties;
  /** Fields the index maps differently from the template: only a reindex into a new index changes them. */
  changed: string[];
}

/** Key order is not meaning: Elasticsearch answers with its own order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );

/** How an existing index's top-level fields differ from the template this code would create it with. */
export function mappingDrift(existing: Properties, wanted: Properties): MappingDrift {
  const missing: Properties = {};
  const changed: string[] = [];
  for (const [field, property] of Object.entries(wanted)) {
    const current = existing[field];
    if (current === undefined) missing[field] = property;
    else if (canonical(current) !== canonical(property)) changed.push(field);
  }
  return { missing, changed };
}
