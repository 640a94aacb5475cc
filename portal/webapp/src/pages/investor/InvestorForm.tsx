import type { FormEvent } from "react";
import type { Values } from "../../api/unsaved";
import { countryName } from "../../format/format";
import { ErrorSummary } from "../../forms/ErrorSummary";
import { SubmitButton } from "../../forms/SubmitButton";
import { RadioGroup, SelectField, TextField, type Option } from "../../forms/fields";
import { messageFor, type ErrorModel } from "../../forms/errorModel";
import { enumLabel } from "../../forms/labels";
import { useForm, useFragmentFocus } from "../../forms/useForm";
import { useT } from "../../i18n";
import { COUNTRIES, IDENTITY_DOCUMENT_TYPES, INVESTOR_TYPES } from "./investorForm";

/** The investor's self-declared profile, for registration and for corrections. */
export function InvestorForm({
  initial,
  submitLabel,
  pending,
  errors,
  onSubmit,
}: {
  initial: Values;
  submitLabel: string;
  pending: boolean;
  errors: ErrorModel | null;
  onSubmit: (values: Values, markSaved: () => void) => void;
}) {
  const { t, lang } = useT();
  const form = useForm(initial);
  useFragmentFocus(true);
  const err = (path: string) => messageFor(errors, path);
  const countries = (current: string): Option[] => {
    const codes = COUNTRIES.includes(current) || !current ? COUNTRIES : [...COUNTRIES, current];
    const [first, ...rest] = codes;
    const sorted = rest.map((c) => ({ value: c, label: countryName(c, lang) })).sort((a, b) => a.label.localeCompare(b.label, lang));
    return [{ value: first ?? "VN", label: countryName(first ?? "VN", lang) }, ...sorted];
  };
  const organization = form.values.type === "ORGANIZATION";
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(form.values, form.markSaved);
  };

  return (
    <form noValidate onSubmit={submit}>
      <ErrorSummary model={errors} />
      {form.restored && (
        <p className="notice" role="status">
          {t("form.restored")}
        </p>
      )}
      <RadioGroup
        {...form.bind("type")}
        label={t("field.type")}
        required
        inline
        error={err("type")}
        options={INVESTOR_TYPES.map((v) => ({ value: v, label: enumLabel(t, "investorType", v) }))}
      />
      <TextField
        {...form.bind("legalName")}
        label={organization ? t("investor.legalNameOrganization") : t("investor.legalNameIndividual")}
        hint={organization ? t("hint.legalNameOrganization") : t("hint.legalNameIndividual")}
        required
        autoComplete={organization ? "organization" : "name"}
        error={err("legalName")}
        maxLength={300}
      />
      <SelectField
        {...form.bind("country")}
        label={organization ? t("investor.countryOrganization") : t("investor.countryIndividual")}
        required
        autoComplete="country"
        error={err("country")}
        options={countries(form.values.country ?? "")}
      />

      <fieldset className="fieldset fieldset--group">
        <legend className="fieldset__legend fieldset__legend--m">{t("investor.identityTitle")}</legend>
        <SelectField
          {...form.bind("identityDocument.type")}
          label={t("field.identityDocument_type")}
          required
          error={err("identityDocument.type")}
          options={IDENTITY_DOCUMENT_TYPES.map((v) => ({ value: v, label: enumLabel(t, "identityDocumentType", v) }))}
        />
        <TextField
          {...form.bind("identityDocument.number")}
          label={t("field.identityDocument_number")}
          hint={t("hint.identityDocument_number")}
          required
          width="20"
          spellCheck={false}
          autoComplete="off"
          error={err("identityDocument.number")}
        />
        <SelectField
          {...form.bind("identityDocument.issuingCountry")}
          label={t("field.identityDocument_issuingCountry")}
          required
          error={err("identityDocument.issuingCountry")}
          options={countries(form.values["identityDocument.issuingCountry"] ?? "")}
        />
        <TextField
          {...form.bind("identityDocument.expiresOn")}
          type="date"
          label={t("field.identityDocument_expiresOn")}
          hint={t("hint.identityDocument_expiresOn")}
          width="10"
          error={err("identityDocument.expiresOn")}
        />
      </fieldset>

      <fieldset className="fieldset fieldset--group">
        <legend className="fieldset__legend fieldset__legend--m">{t("investor.addressTitle")}</legend>
        <TextField {...form.bind("registeredAddress.street")} label={t("field.registeredAddress_street")} required autoComplete="street-address" error={err("registeredAddress.street")} maxLength={300} />
        <TextField {...form.bind("registeredAddress.city")} label={t("field.registeredAddress_city")} required autoComplete="address-level2" width="20" error={err("registeredAddress.city")} />
        <TextField {...form.bind("registeredAddress.postalCode")} label={t("field.registeredAddress_postalCode")} autoComplete="postal-code" width="10" error={err("registeredAddress.postalCode")} />
        <SelectField
          {...form.bind("registeredAddress.country")}
          label={t("field.registeredAddress_country")}
          required
          autoComplete="country"
          error={err("registeredAddress.country")}
          options={countries(form.values["registeredAddress.country"] ?? "")}
        />
      </fieldset>

      <fieldset className="fieldset fieldset--group">
        <legend className="fieldset__legend fieldset__legend--m">{t("investor.contactTitle")}</legend>
        <TextField {...form.bind("contactEmail")} type="email" label={t("field.contactEmail")} hint={t("hint.contactEmail")} required autoComplete="email" spellCheck={false} error={err("contactEmail")} />
        <TextField {...form.bind("contactPhone")} type="tel" label={t("field.contactPhone")} hint={t("hint.contactPhone")} required autoComplete="tel" width="20" error={err("contactPhone")} />
      </fieldset>

      {organization && (
        <fieldset className="fieldset fieldset--group">
          <legend className="fieldset__legend fieldset__legend--m">{t("investor.representativeTitle")}</legend>
          <TextField {...form.bind("legalRepresentative.fullName")} label={t("field.legalRepresentative_fullName")} required autoComplete="off" error={err("legalRepresentative.fullName")} />
          <TextField {...form.bind("legalRepresentative.position")} label={t("field.legalRepresentative_position")} hint={t("hint.legalRepresentative_position")} required autoComplete="organization-title" width="20" error={err("legalRepresentative.position")} />
          <SelectField
            {...form.bind("legalRepresentative.nationality")}
            label={t("field.legalRepresentative_nationality")}
            required
            error={err("legalRepresentative.nationality")}
            options={countries(form.values["legalRepresentative.nationality"] ?? "")}
          />
        </fieldset>
      )}

      <div className="button-group">
        <SubmitButton label={submitLabel} pending={pending} />
      </div>
    </form>
  );
}
