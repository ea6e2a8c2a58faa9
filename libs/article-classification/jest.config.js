module.exports = { ...require('../../jest.preset.js'), displayName: 'article-classification', rootDir: __dirname };
