// Copied into suiteapp/dist by the build: the SuiteCloud CLI runs there, on the assembled SDF project.
module.exports = { defaultProjectFolder: '.', commands: {} };
