// Test support: renders every story of a stories module the way Storybook does (loaders, render,
// play), so the stories are checked to reach their state and to pass axe there.
import { chaiA11yAxe } from 'chai-a11y-axe';
import { chai, expect, fixture, html } from '@open-wc/testing';
import { SETTLED, type StoryTag } from './settled.js';
import { until } from './until.js';

chai.use(chaiA11yAxe);

type Loader = () => Promise<unknown>;
interface StoryLike {
  args?: object;
  loaders?: Loader | Loader[];
  render?: (args: object, context: { loaded: unknown }) => unknown;
  play?: (context: { canvasElement: HTMLElement; loaded: unknown }) => Promise<void>;
}
export type StoriesModule = Record<string, unknown>;

const argsOf = (owner: unknown): object => (owner as StoryLike | undefined)?.args ?? {};

const loadersOf = (owner: unknown): Loader[] | undefined => {
  const loaders = (owner as StoryLike | undefined)?.loaders;
  return loaders === undefined ? undefined : [loaders].flat();
};

/** Renders one story as Storybook does (loaders, render, play); resolves with its canvas. */
export async function renderStory(
  module: StoriesModule,
  name: string,
  /** Args set as a control would set them. */
  controls: object = {},
): Promise<HTMLElement> {
  const story = module[name] as StoryLike;
  const loaders = loadersOf(story) ?? loadersOf(module.default) ?? [];
  const results = await Promise.all(loaders.map((load) => load()));
  const loaded: unknown = Object.assign({}, ...results);
  // Args as Storybook merges them: the module's defaults, the story's own, then the controls.
  const args = { ...argsOf(module.default), ...argsOf(story), ...controls };
  const canvas = await fixture<HTMLElement>(html`<div>${story.render?.(args, { loaded })}</div>`);
  await story.play?.({ canvasElement: canvas, loaded });
  return canvas;
}

/** The names of a stories module's stories. */
export const storyNames = (module: StoriesModule): string[] =>
  Object.keys(module).filter((name) => name !== 'default');

/** Registers one test per story: it renders, plays, settles and passes axe. */
export function checkStories(module: StoriesModule, tag: StoryTag): void {
  const settled = SETTLED[tag];
  for (const name of storyNames(module)) {
    it(`story ${name} renders, settles and passes axe`, async () => {
      const canvas = await renderStory(module, name);
      const elements = [...canvas.querySelectorAll(tag)];
      expect(elements.length).to.be.greaterThan(0);
      if (name !== 'Loading') {
        await until(
          () => elements.every((el) => el.shadowRoot && settled(el.shadowRoot)),
          `story ${name} never settled`,
          { timeout: 5000 },
        );
      }
      await expect(canvas).to.be.accessible();
    });
  }
}
