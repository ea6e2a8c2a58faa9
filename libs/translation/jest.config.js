module.exports = { ...require('../../jest.preset.js'), displayName: 'translation', rootDir: __dirname };
