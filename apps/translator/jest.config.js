module.exports = { ...require('../../jest.preset.js'), displayName: 'translator', rootDir: __dirname };
