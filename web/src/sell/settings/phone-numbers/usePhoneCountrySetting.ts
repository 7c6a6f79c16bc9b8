import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../ui/api';
import { sellKeys } from '../../api/sellKeys';

/** The country whose numbering plan reads phone numbers written without "+"; null: the default one. */
export interface PhoneCountrySetting {
  phone_country: string | null;
  default_phone_country: string;
  phone_countries: { code: string; calling_code: string }[];
}

const PATH = '/api/sell/settings/phone-country';

/** The account's phone country (the internal API, not the Sell API): every Sell user reads it. */
export function usePhoneCountrySetting() {
  return useQuery({ queryKey: sellKeys.phoneCountry, queryFn: () => api.get<PhoneCountrySetting>(PATH) });
}

/** Sell admins change it; the server reads every stored number again under the new country. */
export function useSavePhoneCountry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (phoneCountry: string | null) => apiRequest<PhoneCountrySetting>('PUT', PATH, { phone_country: phoneCountry }),
    onSuccess: (saved) => queryClient.setQueryData(sellKeys.phoneCountry, saved),
  });
}
