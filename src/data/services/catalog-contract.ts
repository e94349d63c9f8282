/**
 * The catalogue checked against its contract, docs/service-catalog.schema.json
 * (JSON Schema 2020-12, compiled at build time: scripts/vite-plugin-catalog-contract.ts).
 * Problems inside one service only cost that service; anything else (no
 * categories, a broken top level) costs the lot.
 */
import type { ErrorObject } from 'ajv';
import { validateCatalogContract } from 'virtual:catalog-contract';

export interface CatalogProblem {
  /** JSON Pointer into the catalogue document. */
  pointer: string;
  /**
   * An ajv keyword ('required', 'type', 'pattern'…); 'network' | 'http' |
   * 'not-json' | 'engine' | 'unexpected' (catalog.ts); 'too-large' | 'too-deep' |
   * 'too-many-values' | 'pattern-unsafe' (catalog-limits.ts).
   */
  code: string;
  params: Record<string, unknown>;
}

export interface ContractCheck {
  /** Problems outside any service: the catalogue cannot be used. */
  catalogProblems: CatalogProblem[];
  /** Problems by service index: only those services are left out. */
  serviceProblems: Map<number, CatalogProblem[]>;
}

function toProblem(error: ErrorObject): CatalogProblem {
  return {
    pointer: error.instancePath,
    code: error.keyword,
    params: { ...(error.params as Record<string, unknown>) },
  };
}

export function checkContract(document: unknown): ContractCheck {
  const check: ContractCheck = { catalogProblems: [], serviceProblems: new Map() };
  if (validateCatalogContract(document)) return check;
  for (const error of validateCatalogContract.errors ?? []) {
    const match = /^\/services\/(\d+)(?:\/|$)/.exec(error.instancePath);
    if (!match) {
      check.catalogProblems.push(toProblem(error));
      continue;
    }
    const index = Number(match[1]);
    const list = check.serviceProblems.get(index) ?? [];
    list.push(toProblem(error));
    check.serviceProblems.set(index, list);
  }
  return check;
}
