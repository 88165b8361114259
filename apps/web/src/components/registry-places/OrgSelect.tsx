import { listOrganisations } from '../../api/registryOrgs.ts';
import { useI18n } from '../../i18n/useT.ts';
import { dict } from './labels.ts';
import { RemoteSelect, type RemoteSelectProps } from './RemoteSelect.tsx';

/** Picks a registered organisation by name, address or credit code. */
export function OrgSelect(props: RemoteSelectProps) {
  const { t, locale } = useI18n();
  return (
    <RemoteSelect
      placeholder={t('places.orgs.searchHint')}
      {...props}
      search={async (q, signal) =>
        (await listOrganisations({ q, pageSize: 20 }, signal)).items.map((o) => ({
          id: o.id,
          name: o.name,
          hint: [dict('orgKind', o.kind, locale), o.uscc ?? o.grid.name].join(' · '),
        }))
      }
    />
  );
}
