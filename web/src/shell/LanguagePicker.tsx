import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES } from '../i18n';

/** The language menu; in the header it is compact (labelled for screen readers only). */
export function LanguagePicker({ compact = false }: { compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const options = LANGUAGES.map((l) => (
    <Select.Option key={l.code} value={l.code} lang={l.code}>
      {l.name}
    </Select.Option>
  ));
  const onChange = (e: React.ChangeEvent<HTMLSelectElement>) => changeLanguage(e.target.value);
  if (compact)
    return (
      <Select
        data-size="sm"
        width="auto"
        aria-label={t('header.language')}
        value={i18n.resolvedLanguage}
        onChange={onChange}
      >
        {options}
      </Select>
    );
  return (
    <Field>
      <Label data-size="sm">{t('header.language')}</Label>
      <Select data-size="sm" width="auto" value={i18n.resolvedLanguage} onChange={onChange}>
        {options}
      </Select>
    </Field>
  );
}
