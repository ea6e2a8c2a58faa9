module.exports = { ...require('../../../jest.preset.js'), displayName: 'stage-normalise', rootDir: __dirname };
