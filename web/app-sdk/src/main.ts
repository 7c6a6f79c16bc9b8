import { connectTo } from './client';
import { hostOriginFromHash } from './host-origin';
import type { TandemAppsApi } from '../../../shared/app-bridge/tandem-apps';

const api: TandemAppsApi = {
  connect: connectTo(window.parent, hostOriginFromHash(location.hash)),
  version: '1',
};

window.TandemApps = api;
