module.exports = { ...require('../../../jest.preset.js'), displayName: 'stage-ingest', rootDir: __dirname };
