// All unit tests in one run (scripts/test.sh); `nx run-many -t test` runs the same configs per project.
module.exports = {
  projects: [
    '<rootDir>/apps/*/jest.config.js',
    '<rootDir>/libs/*/jest.config.js',
    '<rootDir>/libs/stages/*/jest.config.js',
    '<rootDir>/infra/jest.config.js',
    '<rootDir>/tools/ops/jest.config.js',
    '<rootDir>/tools/article-classification/jest.config.js',
  ],
};
