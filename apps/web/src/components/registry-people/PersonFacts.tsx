import { type DictionaryName, dictLabel } from '@wangge/domain/registry';
import { Descriptions, type DescriptionsProps, Typography } from 'antd';
import type { ReactNode } from 'react';
import { type PersonView, type RevealField, revealPerson } from '../../api/registry.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { useI18n } from '../../i18n/useT.ts';
import { MaskedNumber } from '../MaskedNumber.tsx';
import { ageOf } from './personLabels.ts';

type Item = NonNullable<DescriptionsProps['items']>[number];

/** Everything the record says about the person, dictionary codes as labels, numbers masked. */
export function PersonFacts({ person }: { person: PersonView }) {
  const { t, locale } = useI18n();
  const dash = <Typography.Text type="secondary">—</Typography.Text>;
  const text = (value: string | null): ReactNode => (value ? value : dash);
  const dict = (name: DictionaryName, code: string | null): ReactNode =>
    code ? dictLabel(name, code, locale) : dash;
  const item = (field: string, children: ReactNode, span?: Item['span']): Item => ({
    key: field,
    label: t(`people.field.${field}` as MessageKey),
    children,
    ...(span ? { span } : {}),
  });
  const age = ageOf(person.birthDate);
  const revealOf = (field: RevealField) => ({
    title: t('people.reveal.title', { field: t(`people.field.${field}`), name: person.name }),
    hint: t('people.reveal.reasonHint'),
    reveal: (reason: string) => revealPerson(person.id, field, reason),
    testId: `person-${field}`,
  });

  const basic: Item[] = [
    item('name', person.name),
    item('formerName', text(person.formerName)),
    item('idType', dict('idDocumentType', person.idType)),
    item(
      'idNumber',
      <MaskedNumber masked={person.idNumberMasked} canReveal={person.can.reveal} {...revealOf('idNumber')} />,
    ),
    item('sex', dict('sex', person.sex)),
    item(
      'birthDate',
      person.birthDate ? `${person.birthDate}${age === null ? '' : `（${t('people.age', { age })}）`}` : dash,
    ),
    item('ethnicity', dict('ethnicity', person.ethnicity)),
    item(
      'phone',
      <MaskedNumber masked={person.phoneMasked} canReveal={person.can.reveal} {...revealOf('phone')} />,
    ),
    item('politicalStatus', dict('politicalStatus', person.politicalStatus)),
    item('maritalStatus', dict('maritalStatus', person.maritalStatus)),
    item('education', dict('education', person.education)),
    item('religion', dict('religion', person.religion)),
    item('occupation', text(person.occupation)),
    item('workplace', text(person.workplace)),
  ];
  const hukou: Item[] = [
    item('residencyType', dict('residencyType', person.residencyType)),
    ...(person.residencyType === 'registered'
      ? [
          item(
            'hukouConsistent',
            person.hukouConsistent === null
              ? dash
              : person.hukouConsistent
                ? t('people.yes')
                : t('people.no'),
          ),
        ]
      : []),
    ...(person.residencyType === 'migrant'
      ? [
          item('migrantReason', dict('migrantReason', person.migrantReason)),
          item('permitType', dict('permitType', person.permitType)),
          item(
            'permitPeriod',
            person.permitStart || person.permitEnd
              ? `${person.permitStart ?? '…'} ~ ${person.permitEnd ?? '…'}`
              : dash,
          ),
        ]
      : []),
    ...(person.residencyType === 'overseas'
      ? [item('nationality', text(person.nationality)), item('foreignName', text(person.foreignName))]
      : []),
    item('nativePlace', text(person.nativePlace)),
    item('hukouPlace', text(person.hukouPlace)),
    item('hukouAddress', text(person.hukouAddress), 'filled'),
    item('currentAddress', text(person.currentAddress), 'filled'),
  ];

  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2 }}
        items={basic}
        data-testid="person-basic"
        styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
      />
      <Typography.Title level={5} style={{ margin: '16px 0 8px' }}>
        {t('people.section.hukou')}
      </Typography.Title>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2 }}
        items={hukou}
        data-testid="person-hukou"
        styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
      />
    </>
  );
}
