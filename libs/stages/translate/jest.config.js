module.exports = { ...require('../../../jest.preset.js'), displayName: 'stage-translate', rootDir: __dirname };
