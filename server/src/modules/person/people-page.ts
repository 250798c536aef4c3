import DataLoader from 'dataloader';
import { MAX_PER_PAGE, type ListArgs } from '../../common/pagination';
import type { RequestContext } from '../../common/request-context';
import type { PersonFilter } from './dto/person.args';
import { peopleMatching, peopleOrder } from './people.filter';
import { countPeople, readPeople, type PeoplePage, type PersonSelection } from './people.read';

/**
 * The people list as react-admin asks for it (allPeople with _allPeopleMeta) in ONE statement:
 * GraphQL resolves the two root fields separately, so they meet here through a DataLoader and the
 * count rides on the page's statement (see people.read.ts). Found by `pnpm bench` (W1).
 */
type PageRequest = { kind: 'list'; filter?: PersonFilter | null; args: ListArgs; selection: PersonSelection } | { kind: 'count'; filter?: PersonFilter | null };

export function peoplePages(ctx: RequestContext): DataLoader<PageRequest, PeoplePage, string> {
  return ctx.loader(
    'person.pages',
    () =>
      new DataLoader<PageRequest, PeoplePage, string>(
        async (requests) => {
          // One statement per distinct list; a count takes its total from a list of the same filter.
          const lists = new Map<string, Promise<PeoplePage>>();
          const byFilter = new Map<string, Promise<PeoplePage>>();
          for (const request of requests) {
            if (request.kind !== 'list' || lists.has(keyOf(request))) continue;
            const page = readPage(ctx, request);
            lists.set(keyOf(request), page);
            if (!byFilter.has(filterKey(request.filter))) byFilter.set(filterKey(request.filter), page);
          }
          return Promise.all(
            requests.map(
              async (request) =>
                (request.kind === 'list' ? lists.get(keyOf(request)) : byFilter.get(filterKey(request.filter))) ?? {
                  people: [],
                  total: await countPeople(ctx, peopleMatching(ctx, request.filter)),
                },
            ),
          );
        },
        { cacheKeyFn: keyOf },
      ),
  );
}

function keyOf(request: PageRequest): string {
  return JSON.stringify(request.kind === 'list' ? [request.kind, request.filter, request.args, request.selection] : [request.kind, request.filter]);
}

function filterKey(filter: PersonFilter | null | undefined): string {
  return JSON.stringify(filter ?? {});
}

function readPage(ctx: RequestContext, request: Extract<PageRequest, { kind: 'list' }>): Promise<PeoplePage> {
  // Asked for by id (react-admin's getMany sends no page size): all of them, not the first 25.
  const ids = request.filter?.ids;
  const window = ids?.length ? { page: 0, perPage: Math.min(MAX_PER_PAGE, Math.max(request.args.perPage, ids.length)) } : request.args;
  return readPeople(ctx, peopleMatching(ctx, request.filter), { orderBy: peopleOrder(ctx, request.args), limit: window.perPage, offset: window.page * window.perPage }, request.selection);
}
