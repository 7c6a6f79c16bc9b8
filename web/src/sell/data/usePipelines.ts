import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { sellKeys } from '../api/sellKeys';
import type { Pipeline, Stage } from '../api/types';
import { useSellApi } from '../api/useSellApi';

export function usePipelines() {
  const api = useSellApi();
  return useQuery({
    queryKey: sellKeys.pipelines,
    queryFn: () => api.all<Pipeline>('/v2/pipelines'),
    staleTime: 5 * 60_000,
  });
}

/** Every stage of every pipeline, in board order. */
export function useStages() {
  const api = useSellApi();
  return useQuery({
    queryKey: sellKeys.stages,
    queryFn: async () => {
      const stages = await api.all<Stage>('/v2/stages');
      return [...stages].sort((a, b) => a.pipeline_id - b.pipeline_id || a.position - b.position || a.id - b.id);
    },
    staleTime: 5 * 60_000,
  });
}

/** A stage by id, for badges and feed lines. */
export function useStageById(): (id: number | null | undefined) => Stage | undefined {
  const { data } = useStages();
  return useMemo(() => {
    const byId = new Map((data ?? []).map((stage) => [stage.id, stage]));
    return (id) => (id === null || id === undefined ? undefined : byId.get(id));
  }, [data]);
}
