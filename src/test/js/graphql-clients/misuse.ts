// Reads a field the query does not select and passes a wrong variable: the generated types must refuse both.
import type { EntityNeighboursQuery, EntityNeighboursQueryVariables } from './generated';

export const variables: EntityNeighboursQueryVariables = { name: 42 };

export function misuse(result: EntityNeighboursQuery): unknown {
  return result.entity?.neighbors;
}
