// CommonJS entry for `.eslintrc` users: ESLint 8 loads plugins with require() and does not
// unwrap an ES module's default export. Node >= 20.19 can require() an ES module synchronously.
"use strict";
module.exports = require("./dist/src/index.js").default;
