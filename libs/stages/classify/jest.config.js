module.exports = { ...require('../../../jest.preset.js'), displayName: 'stage-classify', rootDir: __dirname };
