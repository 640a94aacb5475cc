import { useState } from "react";
import type { SectionId } from "../../domain/sections";
import { ENVIRONMENTAL_CATEGORIES } from "../../domain/types";
import { formatArea, formatMoney } from "../../format/format";
import { RadioGroup, SelectField, TextAreaField, TextField } from "../../forms/fields";
import { messageFor, type ErrorModel } from "../../forms/errorModel";
import type { useForm } from "../../forms/useForm";
import { useT } from "../../i18n";
import { OTHER_PARK, PARKS, parkChoice } from "./parks";

type Form = ReturnType<typeof useForm>;

const AMOUNT = /^\d{1,18}(\.\d{1,2})?$/;
const AREA = /^\d{1,12}(\.\d{1,2})?$/;

function Preview({ text }: { text: string | null }) {
  const { t } = useT();
  return text ? (
    <p className="field__preview">
      {t("form.readsAs")} <strong>{text}</strong>
    </p>
  ) : null;
}

function LocationFields({ form, err }: { form: Form; err: (p: string) => string | undefined }) {
  const { t, lang } = useT();
  const park = form.values["location.park"] ?? "";
  const [choice, setChoice] = useState(parkChoice(park));
  const choose = (value: string) => {
    setChoice(value);
    form.set("location.park", value === OTHER_PARK ? "" : (PARKS.find((p) => p.key === value)?.name ?? ""));
  };
  const area = form.values.landAreaM2 ?? "";
  return (
    <>
      <SelectField
        path="location.park"
        label={t("field.location_park")}
        hint={t("hint.location_park")}
        required
        value={choice}
        onChange={choose}
        error={choice === OTHER_PARK ? undefined : err("location.park")}
        options={[{ value: "", label: t("form.choose") }, ...PARKS.map((p) => ({ value: p.key, label: t(`park.${p.key}`) })), { value: OTHER_PARK, label: t("park.other") }]}
      />
      {choice === OTHER_PARK && (
        <TextField
          path="location.parkOther"
          label={t("field.location_parkOther")}
          required
          value={park}
          onChange={(v) => form.set("location.park", v)}
          error={err("location.park")}
          maxLength={200}
        />
      )}
      <TextField {...form.bind("location.zone")} label={t("field.location_zone")} hint={t("hint.location_zone")} error={err("location.zone")} maxLength={100} />
      <TextField
        {...form.bind("landAreaM2")}
        label={t("field.landAreaM2")}
        hint={t("hint.landAreaM2")}
        required
        inputMode="decimal"
        width="10"
        suffix="m²"
        spellCheck={false}
        error={err("landAreaM2")}
        after={<Preview text={AREA.test(area.trim()) ? formatArea(area.trim(), lang) : null} />}
      />
    </>
  );
}

function CapitalFields({ form, err }: { form: Form; err: (p: string) => string | undefined }) {
  const { t, lang } = useT();
  const amount = (form.values["totalCapital.amount"] ?? "").trim();
  const currency = form.values["totalCapital.currency"] || "VND";
  return (
    <>
      <TextField
        {...form.bind("totalCapital.amount")}
        label={t("field.totalCapital_amount")}
        hint={t("hint.totalCapital_amount")}
        required
        inputMode="decimal"
        width="20"
        spellCheck={false}
        error={err("totalCapital.amount") ?? err("totalCapital")}
        after={<Preview text={AMOUNT.test(amount) ? formatMoney(amount, currency, lang) : null} />}
      />
      <RadioGroup
        {...form.bind("totalCapital.currency")}
        label={t("field.totalCapital_currency")}
        required
        inline
        error={err("totalCapital.currency")}
        options={[
          { value: "VND", label: t("currency.VND") },
          { value: "USD", label: t("currency.USD") },
        ]}
      />
      <fieldset className="fieldset fieldset--group">
        <legend className="fieldset__legend fieldset__legend--m">{t("apply.scheduleTitle")}</legend>
        <p className="field__hint">{t("hint.plannedSchedule")}</p>
        <TextField {...form.bind("plannedSchedule.constructionStart")} type="date" width="10" label={t("field.plannedSchedule_constructionStart")} error={err("plannedSchedule.constructionStart")} />
        <TextField {...form.bind("plannedSchedule.operationStart")} type="date" width="10" label={t("field.plannedSchedule_operationStart")} error={err("plannedSchedule.operationStart")} />
      </fieldset>
    </>
  );
}

/** The inputs of one topic of the guided application. */
export function SectionFields({ id, form, errors }: { id: SectionId; form: Form; errors: ErrorModel | null }) {
  const { t } = useT();
  const err = (path: string) => messageFor(errors, path);
  switch (id) {
    case "project":
      return (
        <>
          <TextField {...form.bind("projectName")} label={t("field.projectName")} hint={t("hint.projectName")} required error={err("projectName")} maxLength={300} />
          <TextAreaField {...form.bind("objectives")} label={t("field.objectives")} hint={t("hint.objectives")} required error={err("objectives")} maxLength={4000} />
          <TextField {...form.bind("sectorCode")} label={t("field.sectorCode")} hint={t("hint.sectorCode")} required width="10" spellCheck={false} error={err("sectorCode")} />
        </>
      );
    case "location":
      return <LocationFields form={form} err={err} />;
    case "capital":
      return <CapitalFields form={form} err={err} />;
    case "employees":
      return <TextField {...form.bind("expectedEmployees")} label={t("field.expectedEmployees")} hint={t("hint.expectedEmployees")} required inputMode="numeric" width="10" error={err("expectedEmployees")} />;
    case "environment":
      return (
        <>
          <div className="prose">
            <p>{t("apply.environment.intro")}</p>
          </div>
          <RadioGroup
            {...form.bind("environmentalCategory")}
            label={t("field.environmentalCategory")}
            required
            error={err("environmentalCategory")}
            options={ENVIRONMENTAL_CATEGORIES.map((c) => ({ value: c, label: t(`environmentalCategory.${c}`), hint: t(`environmentalCategoryHint.${c}`) }))}
          />
        </>
      );
  }
}
