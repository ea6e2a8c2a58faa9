module.exports = { ...require('../../../jest.preset.js'), displayName: 'stage-search', rootDir: __dirname };
