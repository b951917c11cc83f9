// Bundle budgets, min+gzip, checked by `pnpm size` (part of `pnpm test`) and reported by `pnpm bench`.
// Locales other than English load on demand (`import()`), so they are left out of the initial cost.

/** Leaves lazily loaded locale chunks out of the measured bundle. */
const withoutLazyLocales = (config) => ({
  ...config,
  plugins: [
    ...(config.plugins ?? []),
    {
      name: 'lazy-locales-external',
      setup(build) {
        build.onResolve({ filter: /(^|\/)(es-[A-Z0-9]+|locales\/es)\.js$/ }, ({ path, kind }) =>
          kind === 'dynamic-import' ? { path, external: true } : undefined,
        );
      },
    },
  ],
});

const check = (name, path, limit, extra = {}) => ({
  name,
  path,
  limit,
  gzip: true,
  modifyEsbuildConfig: withoutLazyLocales,
  ...extra,
});

export default [
  check('<wv-booking> standalone (lit + SDK)', 'packages/elements/dist/define/booking.js', '30 KB'),
  ...[
    'reminders',
    'attendance-badge',
    'attendance-roster',
    'clinician-schedule',
    'attendance-access-log',
    'department-policy',
  ].map((name) =>
    check(
      `<wv-${name}> standalone (lit + SDK)`,
      `packages/elements/dist/define/${name}.js`,
      '30 KB',
    ),
  ),
  check(
    '<wv-booking> + <wv-provider> (HTTP backend: ky, zod/mini)',
    'bench/size/booking-with-provider.js',
    '45 KB',
  ),
  // Target 45 KB, not met: a ratchet just above today's size so it cannot grow. `pnpm bench`
  // breaks the bundle down by part (bench/size/breakdown.mjs): lit, ky and zod/mini alone are
  // about 25 KB of it, the SDK about 7 KB.
  // Issue 12 raised it by 2.5 KB (the script-tag bundle by 2.5 KB): the mark confirmation, the
  // program year's schemas, the roster's deadline and two new elements,
  // <wv-attendance-access-log> and <wv-department-policy>.
  check('all elements (target 45 KB)', 'packages/elements/dist/all.js', '60 KB'),
  // The file a plain <script type="module"> loads (every locale inlined).
  check(
    'script-tag bundle (self-contained)',
    'packages/elements/dist/bundle/wellvisit-elements.js',
    '59.5 KB',
  ),
  check('SDK: createHttpBackend', 'packages/sdk/dist/index.js', '25 KB', {
    import: '{ createHttpBackend }',
  }),
];
