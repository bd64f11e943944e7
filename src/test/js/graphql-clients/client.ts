// Uses the generated types as an app would; must type-check under strict mode.
import type { EntityNeighboursQuery, EntityNeighboursQueryVariables, EntityType, RelationType } from './generated';

export const variables: EntityNeighboursQueryVariables = { name: '无锡' };

export function neighbours(result: EntityNeighboursQuery): string[] {
  return (result.entity?.relatedEntities ?? []).map((n) => {
    const type: EntityType = n.entity.type;
    const kinds: RelationType[] = n.relationTypes;
    return `${n.entity.name} (${type}): ${n.factCount} facts, ${kinds.join('/')}, in ${n.documents.join(', ')}`;
  });
}

export function evidence(result: EntityNeighboursQuery): string[] {
  return (result.entity?.related ?? []).map((fact) => `${fact.type} ${fact.evidence ?? ''}`);
}
