// Uses the generated types as an app would; must type-check under strict mode.
import type { EntityFactsQuery, EntityFactsQueryVariables, EntityType } from './generated';

export const variables: EntityFactsQueryVariables = { name: '无锡' };

export function describe(result: EntityFactsQuery): string[] {
  const type: EntityType | undefined = result.entity?.type;
  return (result.entity?.related ?? []).map((fact) => `${type} ${fact.type} ${fact.evidence ?? ''}`);
}
