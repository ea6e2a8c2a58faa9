module.exports = { ...require('../../jest.preset.js'), displayName: 'article-text', rootDir: __dirname };
