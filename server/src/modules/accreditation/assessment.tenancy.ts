import type { Dictionary, FilterQuery } from '@mikro-orm/core';
import type { Scope } from '../../tenancy/scope';

/**
 * Who sees an assessment (and its findings and actions): head office all; an organisation's
 * admins their centres'; a coordinator their centres'; an assessor only those assigned to them,
 * by user (another assessor's visit to the same centre is not theirs). Not the tenancyRule of
 * the other tables: its branches reach rows through organisation and centre ids, and this one
 * also through the assessor. Row-level security holds the same (Migration20261206110000).
 * `via` is the path from the entity to its assessment ('' for the assessment itself).
 */
export function assessmentScope(via: '' | 'assessment'): (args: { scope: Scope }) => FilterQuery<Dictionary> {
  return ({ scope }) => {
    if (scope.nationalAdmin) return {};
    const branches: Dictionary[] = [];
    if (scope.organisationIds.length) branches.push({ organisation: { $in: [...scope.organisationIds] } });
    if (scope.centreIds.length) branches.push({ centre: { $in: [...scope.centreIds] } });
    if (scope.assessorUserId) branches.push(via ? { [via]: { assessor: scope.assessorUserId } } : { assessor: scope.assessorUserId });
    if (!branches.length) return { id: null };
    return branches.length === 1 ? branches[0]! : { $or: branches };
  };
}
