import { HOST_ORIGIN_PARAM } from '../../../shared/app-bridge/protocol';

/** The URL an app frame loads: the app's page, told in its hash which origin the host page has. */
export function frameSrc(frameUrl: string, hostOrigin: string = window.location.origin): string {
  const url = new URL(frameUrl, hostOrigin);
  url.hash = new URLSearchParams({ [HOST_ORIGIN_PARAM]: hostOrigin }).toString();
  return url.toString();
}
