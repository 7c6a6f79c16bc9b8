import { createContext, useContext } from 'react';

/** How the card behaves where it is shown: beside Chat's dashboard, records open in a new tab so the chats stay. */
export type CardOptions = { linksInNewTab: boolean; installationId: number | null };

export const CardOptionsContext = createContext<CardOptions>({ linksInNewTab: false, installationId: null });

export const useCardOptions = () => useContext(CardOptionsContext);
