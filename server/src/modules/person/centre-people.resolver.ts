import DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context';
import { selectionOf } from '../../common/selection';
import { uuidArray } from '../../db/binds';
import { Centre } from '../centre/centre.entity';
import { peopleWhere, personSelection, readPeople, type PersonSelection } from './people.read';
import { PersonStatus } from './person.enums';
import { PersonView } from './person.view';

/** A centre's people are at most this many (the largest centres have a few dozen). */
const PEOPLE_PER_CENTRE_BATCH = 5000;

/**
 * The people working at a centre now, for nested documents (an organisation > its centres > their
 * people). Every centre of the page is read in one statement through the people read model, so
 * the nesting costs one statement, not one per centre; someone at two centres appears under both.
 */
@Resolver(() => Centre)
export class CentrePeopleResolver {
  @FieldResolver(() => [PersonView], { description: 'Active people working here now, by family name (those the caller may see)' })
  people(@Ctx() ctx: RequestContext, @Info() info: GraphQLResolveInfo, @Root() centre: Centre): Promise<PersonView[]> {
    const selection = personSelection(selectionOf(info));
    return ctx.loader(`person.ofCentre.${selection.centreHistory}.${selection.trainingRecords}.${selection.organisation}`, () => peopleOfCentres(ctx, selection)).load(centre.id);
  }
}

function peopleOfCentres(ctx: RequestContext, selection: PersonSelection): DataLoader<string, PersonView[]> {
  return new DataLoader<string, PersonView[]>(async (centreIds) => {
    const condition = peopleWhere((bind) => [`p.centre_ids && ${bind(uuidArray(centreIds))}::uuid[]`, `p.status = ${bind(PersonStatus.ACTIVE)}`]);
    const { people } = await readPeople(ctx, condition, { orderBy: 'p.family_name asc, p.given_name asc, p.id asc', limit: PEOPLE_PER_CENTRE_BATCH, offset: 0, total: false }, selection);
    const byCentre = new Map<string, PersonView[]>(centreIds.map((id) => [id, []]));
    for (const person of people) for (const id of person.centreIds) byCentre.get(id)?.push(person);
    return centreIds.map((id) => byCentre.get(id) ?? []);
  });
}
