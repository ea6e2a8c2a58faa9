module.exports = require('../webpack/node-app.config')(__dirname);
