import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { Topics } from '../topics';
import { asyncApiDocument } from './asyncapi-document';

const published = parse(readFileSync(join(__dirname, '../../../../docs/asyncapi.yaml'), 'utf8'));

describe('docs/asyncapi.yaml', () => {
  it('matches the schemas the consumers validate against (run `npx nx run contracts:asyncapi` after a change)', () => {
    expect(published).toEqual(JSON.parse(JSON.stringify(asyncApiDocument())));
  });

  it('describes every topic', () => {
    const addresses = Object.values(published.channels as Record<string, { address: string }>).map((c) => c.address);
    expect(addresses.sort()).toEqual(Object.values(Topics).sort());
  });

  it('is an AsyncAPI 3 document', () => {
    expect(published.asyncapi).toMatch(/^3\./);
  });
});
