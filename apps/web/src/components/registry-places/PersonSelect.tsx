import { type PersonListItem, searchPeople } from '../../api/registryLookup.ts';
import { useT } from '../../i18n/useT.ts';
import { type RemoteOption, RemoteSelect, type RemoteSelectProps } from './RemoteSelect.tsx';

const toOption = (p: PersonListItem): RemoteOption => ({
  id: p.id,
  name: p.name,
  hint: [p.idNumberMasked, p.address ?? p.grid.name].filter(Boolean).join(' · '),
});

/**
 * Picks a registered person by name (or an exact ID number or phone), searched on the server in the
 * caller's territory; `filter` narrows the search (a building, party members only).
 */
export function PersonSelect({
  filter,
  ...props
}: RemoteSelectProps & { filter?: { building?: string; partyMember?: boolean } }) {
  const t = useT();
  return (
    <RemoteSelect
      placeholder={t('places.person.searchHint')}
      {...props}
      search={async (q, signal) =>
        (
          await searchPeople(
            {
              q,
              ...(filter?.building ? { building: filter.building } : {}),
              ...(filter?.partyMember ? { partyMember: true } : {}),
            },
            signal,
          )
        ).items.map(toOption)
      }
    />
  );
}
