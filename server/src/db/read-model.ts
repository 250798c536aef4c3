/**
 * A read model declared once: for each GraphQL field of a hot read path's view type, where its
 * value comes from (a SQL expression, or filled in after the query), whether a list may be sorted
 * or filtered by it, whether a text search looks in it, its column in a CSV export, and who may
 * read it (the module's field-level policy). The module declares the fields as a constant that
 * `satisfies Record<keyof View, ReadField<Access>>`, so a field of the view without a
 * declaration, or a declaration without a field, does not compile; `readModel` then builds, once
 * at module load, what the statements and the policy need: the `json_build_object(...)` select,
 * the sort whitelist, the filter columns, the search columns and the access of every field.
 * Nothing here runs per request beyond a lookup.
 *
 * The SQL is the module's own text (never a client's): expressions over the aliases of the
 * statement the module writes, and the values bound separately (binds.ts).
 */
export type ReadField<Access extends string = string> = ReadFieldSource & {
  /** Who may read it: the module's field-level policy. */
  readonly access: Access;
  /**
   * A list may be sorted by it: by its `sql` (`true`), or by this expression instead (the
   * indexed column behind a formatted value). Sorting is whitelisted: a client names the field.
   */
  readonly sort?: true | string;
  /**
   * A list filter may compare it: by its `sql` (`true`), or by this expression instead. Filters
   * are conditions on the main table alone (they also count a page's total), so a field whose
   * `sql` reads a joined relation gives its expression as a subquery.
   */
  readonly filter?: true | string;
  /** A list's text search looks in it (its filter expression, else its `sql`: over the main table alone). */
  readonly search?: true;
  /** The heading of its column in the module's CSV export (the export writes the cells, in its own order). */
  readonly csv?: string;
};

type ReadFieldSource =
  | {
      /** Its value, in SQL over the read statement's aliases, as `json_build_object` takes it. */
      readonly sql: string;
      /** Read only when the selection asks for it (a subquery too costly for every page). */
      readonly whenSelected?: true;
      /**
       * A nested list read only when selected: its SQL for just the fields selected beneath it
       * (`sql` is the same with every field). A page of people with five fields of each of their
       * training records builds those five, not twenty with their subqueries.
       */
      readonly sqlFor?: (fields: readonly string[]) => string;
      readonly after?: never;
    }
  | {
      /** Not read by SQL: filled in after the query (from what, in words). */
      readonly after: string;
      readonly sql?: never;
      readonly whenSelected?: never;
      readonly sqlFor?: never;
    };

type FieldsWhere<Fields, Condition> = { [K in keyof Fields]-?: Fields[K] extends Condition ? K : never }[keyof Fields] & string;

/** Fields whose value SQL reads (on every row, or when selected). */
export type SqlField<Fields> = FieldsWhere<Fields, { sql: string }>;
/** Fields filled in after the query. */
export type AfterField<Fields> = FieldsWhere<Fields, { after: string }>;
/** Fields read only when the selection asks for them. */
export type WhenSelectedField<Fields> = FieldsWhere<Fields, { whenSelected: true }>;
export type SortableField<Fields> = FieldsWhere<Fields, { sort: true | string }>;
export type FilterableField<Fields> = FieldsWhere<Fields, { filter: true | string }>;
export type CsvField<Fields> = FieldsWhere<Fields, { csv: string }>;
/** Fields of a given access (say, those only a person's leads see). */
export type FieldWithAccess<Fields, Access> = FieldsWhere<Fields, { access: Access }>;

export type ReadModel<Fields extends Readonly<Record<string, ReadField>>> = {
  readonly fields: Fields;
  /**
   * `json_build_object(...)` keyed by the GraphQL field names: every field SQL reads on every
   * row, in declaration order, then those read only when selected that `selected` asks for.
   * Every combination is built at load; this only picks one. With `only`, the fields read on
   * every row are those it names (what a document selects, and what is worked out from them),
   * built once per set of names.
   */
  json(selected: Readonly<Partial<Record<WhenSelectedField<Fields>, boolean | readonly string[]>>>, only?: readonly string[]): string;
  /**
   * `json_build_object(...)` of the named fields only (those SQL reads, in declaration order;
   * names of other fields are passed over): for a nested list, which builds what is selected of
   * it. Built once per set of names (a persisted document's selection is always the same set).
   */
  jsonOf(names: Iterable<string>): string;
  /** The sort whitelist: field name to the expression ordered by (no prototype: only these names resolve). */
  readonly sortColumns: Readonly<Record<SortableField<Fields>, string>>;
  /** Filterable field to the expression a condition compares. */
  readonly filterColumns: Readonly<Record<FilterableField<Fields>, string>>;
  /** The fields a text search looks in, in declaration order, with the expression and access of each. */
  readonly search: ReadonlyArray<{ field: string; sql: string; access: Fields[keyof Fields]['access'] }>;
  /** Each field's access: the field-level policy of the view, as a table. */
  readonly access: { readonly [K in keyof Fields]: Fields[K]['access'] };
};

/** At most this many fields read only when selected (each combination is a statement text, built at load). */
const MAX_WHEN_SELECTED = 4;

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function readModel<const Fields extends Readonly<Record<string, ReadField>>>(fields: Fields): ReadModel<Fields> {
  const entries = Object.entries(fields) as Array<[string, ReadField]>;
  for (const [field, spec] of entries) {
    // Names are written into the SQL text as string literals: identifiers only.
    if (!FIELD_NAME.test(field)) throw new Error(`read model: field name ${JSON.stringify(field)} is not an identifier`);
    const bySql = spec.sort === true || spec.filter === true || (spec.search && typeof spec.filter !== 'string');
    if (bySql && spec.sql === undefined) throw new Error(`read model: ${field} is sorted, filtered or searched by its SQL but has none`);
  }

  const pair = ([field, spec]: [string, ReadField]) => `'${field}', ${spec.sql}`;
  const always = entries.filter(([, spec]) => spec.sql !== undefined && !spec.whenSelected);
  const optional = entries.filter(([, spec]) => spec.sql !== undefined && spec.whenSelected);
  if (optional.length > MAX_WHEN_SELECTED) throw new Error(`read model: more than ${MAX_WHEN_SELECTED} fields read only when selected`);
  const optionalNames = optional.map(([field]) => field);
  // variants[mask]: bit i set when the i-th field read only when selected is included.
  const variants = Array.from(
    { length: 2 ** optional.length },
    (_, mask) => `json_build_object(${[...always, ...optional.filter((_, i) => mask & (2 ** i))].map(pair).join(', ')})`,
  );

  const columns = (key: 'sort' | 'filter') =>
    Object.freeze(
      Object.assign(
        Object.create(null) as Record<string, string>,
        Object.fromEntries(entries.flatMap(([field, spec]) => (spec[key] === undefined ? [] : [[field, spec[key] === true ? spec.sql! : spec[key]!]]))),
      ),
    );

  const built = new Memo();

  return {
    fields,
    json(selected, only) {
      const asked = selected as Record<string, boolean | readonly string[] | undefined>;
      let mask = 0;
      let nested = false;
      for (let i = 0; i < optionalNames.length; i++) {
        const wanted = asked[optionalNames[i]!];
        if (!wanted) continue;
        mask |= 2 ** i;
        nested ||= Array.isArray(wanted) && optional[i]![1].sqlFor !== undefined;
      }
      if (!nested && !only) return variants[mask]!;
      const wanted = only ? new Set(only) : null;
      const everyRow = wanted ? always.filter(([field]) => wanted.has(field)) : always;
      const key = optional.map(([field]) => (Array.isArray(asked[field]) ? `${field}(${[...(asked[field] as string[])].sort().join(',')})` : asked[field] ? field : '')).join(';');
      return built.get(`json:${everyRow.map(([field]) => field).join(',')}:${key}`, () => {
        const pairs = [...everyRow.map(pair)];
        optional.forEach(([field, spec], i) => {
          if (!(mask & (2 ** i))) return;
          const wanted = asked[field];
          pairs.push(Array.isArray(wanted) && spec.sqlFor ? `'${field}', ${spec.sqlFor(wanted)}` : pair([field, spec]));
        });
        return `json_build_object(${pairs.join(', ')})`;
      });
    },
    jsonOf(names) {
      const wanted = new Set(names);
      const chosen = entries.filter(([field, spec]) => spec.sql !== undefined && wanted.has(field));
      return built.get(`of:${chosen.map(([field]) => field).join(',')}`, () => `json_build_object(${chosen.map(pair).join(', ')})`);
    },
    sortColumns: columns('sort') as ReadModel<Fields>['sortColumns'],
    filterColumns: columns('filter') as ReadModel<Fields>['filterColumns'],
    search: Object.freeze(
      entries.filter(([, spec]) => spec.search).map(([field, spec]) => ({ field, sql: typeof spec.filter === 'string' ? spec.filter : spec.sql!, access: spec.access })),
    ) as ReadModel<Fields>['search'],
    access: Object.freeze(Object.fromEntries(entries.map(([field, spec]) => [field, spec.access]))) as ReadModel<Fields>['access'],
  };
}

/**
 * Statement texts built on demand, by what they were built for. Only field names of the table
 * reach a key, so the number of texts is bounded by the selections clients send (persisted
 * documents, in production); past MAX_BUILT a text is built each time rather than kept.
 */
class Memo {
  private static readonly MAX_BUILT = 512;
  private readonly texts = new Map<string, string>();

  get(key: string, build: () => string): string {
    const known = this.texts.get(key);
    if (known !== undefined) return known;
    const text = build();
    if (this.texts.size < Memo.MAX_BUILT) this.texts.set(key, text);
    return text;
  }
}

/** A timestamp as JSON in ISO 8601, UTC with milliseconds, as the DateTimeISO scalar writes it. */
export function isoTimestamp(column: string): string {
  return `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
