/**
 * Module boundaries for the server code in src/.
 *
 * A domain module is a folder src/modules/<group>/<name>/ (its subfolders belong to
 * it; a group such as pathway or safety only gathers modules). Other code uses a module only through its front door,
 * src/modules/<group>/<name>/index.ts. src/platform/ is infrastructure and knows no
 * module. Tests, benchmarks, scripts and the web client are not checked.
 *
 * No cycle is allowed, not even between two files of one module. See
 * docs/ARCHITECTURE.md, "The dependency rule".
 *
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'module-front-door',
      severity: 'error',
      comment:
        'A module imports a file inside another module. Modules may use each other only through ' +
        "the other module's front door, src/modules/<group>/<name>/index.ts. Import from that index.ts " +
        '(export what you need from it if it is missing) instead of reaching into the folder.',
      from: { path: '^src/modules/[^/]+/([^/]+)/', pathNot: '\\.schemas\\.ts$' },
      to: {
        path: '^src/modules/[^/]+/[^/]+/',
        pathNot: ['^src/modules/[^/]+/$1/', '^src/modules/[^/]+/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'contract-front-door',
      severity: 'error',
      comment:
        "A module's request and response schemas (<name>.schemas.ts, its HTTP contract) import a file " +
        "inside another module. A schemas file may build on another module's schemas file (loaded " +
        'before any behaviour, so the schemas never wait on a cycle of front doors) or its index.ts, ' +
        'nothing else.',
      from: { path: '^src/modules/[^/]+/([^/]+)/.*\\.schemas\\.ts$' },
      to: {
        path: '^src/modules/[^/]+/[^/]+/',
        pathNot: [
          '^src/modules/[^/]+/$1/',
          '^src/modules/[^/]+/[^/]+/index\\.ts$',
          '^src/modules/[^/]+/[^/]+/[^/]+\\.schemas\\.ts$',
        ],
      },
    },
    {
      name: 'outside-front-door',
      severity: 'error',
      comment:
        'Code outside src/modules (app.ts, jobs.ts, context.ts, cli/, db/ ...) imports a file ' +
        "inside a module. Use the module's front door, src/modules/<group>/<name>/index.ts, instead " +
        '(export what you need from it if it is missing).',
      from: {
        path: '^src/',
        // src/platform has the stricter platform-independent rule below.
        pathNot: '^src/(modules|platform)/',
      },
      to: {
        path: '^src/modules/[^/]+/[^/]+/',
        pathNot: '^src/modules/[^/]+/[^/]+/index\\.ts$',
      },
    },
    {
      name: 'platform-independent',
      severity: 'error',
      comment:
        'src/platform is infrastructure and must not depend on a domain module, nor on ' +
        'src/context.ts, src/jobs.ts, src/app.ts or src/cli/. Move the shared code into ' +
        'src/platform, or pass what platform code needs in as a parameter or callback.',
      from: { path: '^src/platform/' },
      to: { path: '^src/(modules/|context\\.ts$|jobs\\.ts$|app\\.ts$|cli/)' },
    },
    {
      name: 'no-module-cycles',
      severity: 'error',
      comment:
        'These files form an import cycle through src/modules (type-only imports count too). ' +
        'Break it: move the shared piece to the module that owns it or to src/platform, or ' +
        'pass a dependency in instead of importing it.',
      from: { path: '^src/modules/' },
      to: { path: '^src/modules/', circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: {
      path: ['\\.test\\.ts$', '^test/', '^bench/', '^web/', '^scripts/'],
    },
    // Count `import type` too: a type-only import is still a dependency between modules.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    skipAnalysisNotInRules: true,
  },
};
