// Jest's global setup runs outside its module system, so the @newsflow/* aliases are registered here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { register } from 'tsconfig-paths';

const baseUrl = join(__dirname, '..', '..');
const { compilerOptions } = JSON.parse(readFileSync(join(baseUrl, 'tsconfig.base.json'), 'utf8'));
register({ baseUrl, paths: compilerOptions.paths });
