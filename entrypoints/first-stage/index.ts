/**
 * The first stage, declared in the manifest for every page at document_start (wxt.config.ts adds
 * it: WXT's own content-script entrypoints bring its runtime and the polyfill, which is what this
 * stage is for avoiding). See ./stage.ts.
 */
import { type FirstStageRuntime, startFirstStage } from './stage';

export default defineUnlistedScript(() => {
  type Api = { runtime: FirstStageRuntime };
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  // Firefox has `browser` (promises); Chrome's `chrome` returns promises too in MV3.
  startFirstStage({ runtime: () => (g.browser ?? g.chrome).runtime });
});
