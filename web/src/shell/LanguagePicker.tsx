import { Field, Label, Select } from '@digdir/designsystemet-react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, LANGUAGES } from '../i18n';

export function LanguagePicker() {
  const { t, i18n } = useTranslation();
  return (
    <Field className="kassa-language">
      <Label data-size="sm">{t('header.language')}</Label>
      <Select
        data-size="sm"
        width="auto"
        value={i18n.resolvedLanguage}
        onChange={(e) => changeLanguage(e.target.value)}
      >
        {LANGUAGES.map((l) => (
          <Select.Option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </Select.Option>
        ))}
      </Select>
    </Field>
  );
}
