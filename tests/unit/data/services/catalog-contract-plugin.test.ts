import { describe, expect, it } from 'vitest';
import { generateCatalogContractModule } from '../../../../scripts/vite-plugin-catalog-contract';
import { readSchema } from '../../../../scripts/ajv-standalone';
import { buildServiceCatalog } from '@src/demo/services/catalog';

type Validate = ((data: unknown) => boolean) & { errors?: { instancePath: string }[] | null };

async function importModule(code: string): Promise<{ validateCatalogContract: Validate }> {
  const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
  return (await import(/* @vite-ignore */ url)) as { validateCatalogContract: Validate };
}

describe('vite-plugin-catalog-contract', () => {
  const code = generateCatalogContractModule(readSchema('docs/service-catalog.schema.json'));

  it('generates a module that imports nothing, so the browser never compiles the contract', () => {
    expect(code).not.toMatch(/\brequire\(|^\s*import\s/m);
    expect(code).toMatch(/export const validateCatalogContract/);
    // The descriptions written for operators stay in the docs, not on the TV.
    expect(code).not.toContain('The contract between the Hearth portal');
  });

  it('accepts the demo catalogue and names what breaks the contract', async () => {
    const { validateCatalogContract } = await importModule(code);
    const catalog = JSON.parse(JSON.stringify(buildServiceCatalog())) as {
      services: Record<string, unknown>[];
    };
    expect(validateCatalogContract(catalog)).toBe(true);
    delete catalog.services[1]?.['submitUrl'];
    expect(validateCatalogContract(catalog)).toBe(false);
    expect(validateCatalogContract.errors?.map((error) => error.instancePath)).toContain(
      '/services/1',
    );
  });
});
