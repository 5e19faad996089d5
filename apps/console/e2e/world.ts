import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type RunningApi, startApi } from './api';
import { chooseStage, type Stage } from './arrange';
import { launch } from './browser';

/** What every browser suite runs against: its own api on a fresh database, the round it arranges, Chromium. */
export interface World {
  api: RunningApi;
  stage: Stage;
  browser: Browser;
}

/**
 * Starts the world before the file's tests and stops it after them. Its fields are set in beforeAll: read them
 * inside tests and hooks, not at the top of the file.
 */
export function startWorld(): World {
  const world = {} as World;
  beforeAll(async () => {
    world.api = await startApi();
    world.stage = await chooseStage(world.api);
    world.browser = await launch();
  });
  afterAll(async () => {
    await world.browser?.close();
    await world.api?.stop();
  });
  return world;
}
