// Reads a field the query does not select and passes a wrong variable: the generated types must refuse both.
import type { EntityFactsQuery, EntityFactsQueryVariables } from './generated';

export const variables: EntityFactsQueryVariables = { name: 42 };

export function misuse(result: EntityFactsQuery): unknown {
  return result.entity?.neighbors;
}
