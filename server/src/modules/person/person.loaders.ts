import DataLoader from 'dataloader';
import type { RequestContext } from '../../common/request-context';
import { CentreAssignment } from './centre-assignment.entity';

/** Every spell at a centre of each requested person, newest first, in one query per batch. */
export function assignmentsByPerson(ctx: RequestContext): DataLoader<string, CentreAssignment[]> {
  return ctx.loader(
    'person.assignments',
    () =>
      new DataLoader<string, CentreAssignment[]>(async (personIds) => {
        const spells = await ctx.em.find(
          CentreAssignment,
          { person: { $in: [...personIds] } },
          { orderBy: [{ startedOn: 'desc' }, { id: 'asc' }] },
        );
        const byPerson = new Map<string, CentreAssignment[]>(personIds.map((id) => [id, []]));
        for (const spell of spells) byPerson.get(spell.person.id)?.push(spell);
        return personIds.map((id) => byPerson.get(id) ?? []);
      }),
  );
}
