import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';
import type { ResourceType } from '../api/types';
import { acquireSellSocket, releaseSellSocket } from './sellSocket';

type FeedRecord = { resourceType: ResourceType; resourceId: number };

/**
 * Keeps an open feed current (O-8): watches the record on Sell's socket (again after every reconnect)
 * and reads the feed again when the server says it changed — a chat that grows, a colleague's note.
 * The push carries no data: what is shown always comes from the API, with its visibility rules.
 */
export function useFeedLive(resource: ResourceType, id: number) {
  const queryClient = useQueryClient();
  useEffect(() => {
    const socket = acquireSellSocket();
    const target: FeedRecord = { resourceType: resource, resourceId: id };
    const watch = () => socket.emit('feed:watch', target);
    const onChanged = (record: FeedRecord) => {
      if (record.resourceType === resource && record.resourceId === id) void queryClient.invalidateQueries({ queryKey: sellKeys.recordFeed(resource, id) });
    };
    // After a reconnect the feed may have missed pushes: watch again and read it again.
    let connectedBefore = socket.connected;
    const onConnect = () => {
      watch();
      if (connectedBefore) void queryClient.invalidateQueries({ queryKey: sellKeys.recordFeed(resource, id) });
      connectedBefore = true;
    };
    socket.on('connect', onConnect);
    socket.on('feed:changed', onChanged);
    if (socket.connected) watch();
    return () => {
      socket.off('connect', onConnect);
      socket.off('feed:changed', onChanged);
      if (socket.connected) socket.emit('feed:unwatch', target);
      releaseSellSocket();
    };
  }, [resource, id, queryClient]);
}
