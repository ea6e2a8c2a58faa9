module.exports = { ...require('../../../jest.preset.js'), displayName: 'stage-index', rootDir: __dirname };
