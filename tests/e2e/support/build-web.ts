import { ensureWebBuild } from '../../../scripts/web-build.ts';

/** Browser journeys test the web app as built; rebuild it first when its sources changed. */
export default async function setup() {
  await ensureWebBuild();
}
