// Jest resolves the same @newsflow/* aliases that TypeScript does, read from the single tsconfig.base.json.
const { readFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

function pathsToModuleNameMapper(tsconfigPath) {
  const { compilerOptions } = JSON.parse(readFileSync(tsconfigPath, 'utf8'));
  const root = dirname(tsconfigPath);
  const mapper = {};
  for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
    mapper[`^${alias.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`] = join(root, target);
  }
  return mapper;
}

module.exports = { pathsToModuleNameMapper };
