import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: [
    '../docs/**/*.mdx',
    '../docs/**/*.stories.ts',
    '../packages/elements/src/**/*.stories.ts',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal(viteConfig) {
    // Resolve workspace packages to their TypeScript sources, as the tests do.
    viteConfig.resolve ??= {};
    viteConfig.resolve.conditions = ['wellvisit-source', 'browser', 'module', 'import', 'default'];
    return viteConfig;
  },
};

export default config;
