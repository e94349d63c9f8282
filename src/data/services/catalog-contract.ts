/**
 * The catalogue checked against its contract, docs/service-catalog.schema.json
 * (ajv, JSON Schema 2020-12). Problems inside one service only cost that
 * service; anything else (no categories, a broken top level) costs the lot.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import contract from '../../../docs/service-catalog.schema.json';

export interface CatalogProblem {
  /** JSON Pointer into the catalogue document. */
  pointer: string;
  /** An ajv keyword ('required', 'type', 'pattern'…), or 'network' | 'http' | 'not-json'. */
  code: string;
  params: Record<string, unknown>;
}

export interface ContractCheck {
  /** Problems outside any service: the catalogue cannot be used. */
  catalogProblems: CatalogProblem[];
  /** Problems by service index: only those services are left out. */
  serviceProblems: Map<number, CatalogProblem[]>;
}

let compiled: ValidateFunction | null = null;

function contractValidator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: false, logger: false });
    addFormats(ajv);
    compiled = ajv.compile(contract);
  }
  return compiled;
}

function toProblem(error: ErrorObject): CatalogProblem {
  return {
    pointer: error.instancePath,
    code: error.keyword,
    params: { ...(error.params as Record<string, unknown>) },
  };
}

export function checkContract(document: unknown): ContractCheck {
  const validate = contractValidator();
  const check: ContractCheck = { catalogProblems: [], serviceProblems: new Map() };
  if (validate(document)) return check;
  for (const error of validate.errors ?? []) {
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
