// One transform for every project: SWC keeps decorator metadata for NestJS and is much faster than ts-jest.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { pathsToModuleNameMapper } = require('./tools/jest/paths-to-module-name-mapper');

const swcConfig = JSON.parse(readFileSync(join(__dirname, '.swcrc'), 'utf8'));

// These packages ship ES modules only. Node >= 20.19 requires them natively, but jest's CommonJS
// runtime cannot, so SWC transforms them like our own sources.
const esmOnlyPackages = ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'];

module.exports = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j)s$': ['@swc/jest', { ...swcConfig, swcrc: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: pathsToModuleNameMapper(join(__dirname, 'tsconfig.base.json')),
  transformIgnorePatterns: [`/node_modules/(?!(${esmOnlyPackages.join('|')})/)`],
  testMatch: ['**/*.spec.ts'],
};
