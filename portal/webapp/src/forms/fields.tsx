import type { ReactNode } from "react";
import { useT } from "../i18n";
import { errorId, fieldId, hintId } from "./fieldPath";

interface Common {
  /** The API path of the field; the input's id derives from it. */
  path: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  error?: string | undefined;
}

function describedBy(path: string, hint: ReactNode, error: string | undefined): string | undefined {
  const ids = [hint ? hintId(path) : "", error ? errorId(path) : ""].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function RequiredMark({ required }: { required?: boolean | undefined }) {
  const { t } = useT();
  return required ? <span className="field__required"> {t("form.required")}</span> : null;
}

export function FieldError({ path, error }: { path: string; error?: string | undefined }) {
  const { t } = useT();
  if (!error) return null;
  return (
    <p className="field__error" id={errorId(path)}>
      <span className="visually-hidden">{t("form.errorPrefix")} </span>
      {error}
    </p>
  );
}

function Hint({ path, hint }: { path: string; hint: ReactNode }) {
  return hint ? (
    <div className="field__hint" id={hintId(path)}>
      {hint}
    </div>
  ) : null;
}

export interface TextFieldProps extends Common {
  value: string;
  onChange: (value: string) => void;
  type?: "text" | "email" | "tel" | "date";
  autoComplete?: string;
  inputMode?: "text" | "numeric" | "decimal" | "email" | "tel";
  spellCheck?: boolean;
  width?: "full" | "20" | "10" | "5";
  suffix?: string;
  /** Shown under the input, e.g. the value as it will be read ("= 12.500,5 m²"). */
  after?: ReactNode;
  maxLength?: number;
}

export function TextField(props: TextFieldProps) {
  const { path, label, hint, required, error, value, onChange, type = "text", width = "full", suffix, after } = props;
  const input = (
    <input
      id={fieldId(path)}
      name={path}
      className={`input input--w${width}${error ? " input--error" : ""}`}
      type={type}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      aria-describedby={describedBy(path, hint, error)}
      aria-invalid={error ? true : undefined}
      aria-required={required ? true : undefined}
      autoComplete={props.autoComplete}
      inputMode={props.inputMode}
      spellCheck={props.spellCheck}
      maxLength={props.maxLength}
    />
  );
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label className="field__label" htmlFor={fieldId(path)}>
        {label}
        <RequiredMark required={required} />
      </label>
      <Hint path={path} hint={hint} />
      <FieldError path={path} error={error} />
      {suffix ? (
        <div className="input-group">
          {input}
          <span className="input-group__suffix" aria-hidden="true">
            {suffix}
          </span>
        </div>
      ) : (
        input
      )}
      {after}
    </div>
  );
}

export function TextAreaField(props: Common & { value: string; onChange: (value: string) => void; rows?: number; maxLength?: number }) {
  const { path, label, hint, required, error, value, onChange } = props;
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label className="field__label" htmlFor={fieldId(path)}>
        {label}
        <RequiredMark required={required} />
      </label>
      <Hint path={path} hint={hint} />
      <FieldError path={path} error={error} />
      <textarea
        id={fieldId(path)}
        name={path}
        className={`textarea${error ? " input--error" : ""}`}
        rows={props.rows ?? 5}
        value={value}
        maxLength={props.maxLength}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(path, hint, error)}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
      />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export function SelectField(props: Common & { value: string; onChange: (value: string) => void; options: Option[]; autoComplete?: string }) {
  const { path, label, hint, required, error, value, onChange, options } = props;
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <label className="field__label" htmlFor={fieldId(path)}>
        {label}
        <RequiredMark required={required} />
      </label>
      <Hint path={path} hint={hint} />
      <FieldError path={path} error={error} />
      <select
        id={fieldId(path)}
        name={path}
        className={`select${error ? " input--error" : ""}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy(path, hint, error)}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        autoComplete={props.autoComplete}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Radios in a fieldset; the first radio carries the field's id, so an error link lands on it. */
export function RadioGroup(props: Common & { value: string; onChange: (value: string) => void; options: Option[]; inline?: boolean }) {
  const { path, label, hint, required, error, value, onChange, options } = props;
  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(path, hint, error)}>
        <legend className="fieldset__legend">
          {label}
          <RequiredMark required={required} />
        </legend>
        <Hint path={path} hint={hint} />
        <FieldError path={path} error={error} />
        <div className={props.inline ? "radios radios--inline" : "radios"}>
          {options.map((o, i) => {
            const id = i === 0 ? fieldId(path) : `${fieldId(path)}-${o.value}`;
            return (
              <div className="radio" key={o.value}>
                <input
                  className="radio__input"
                  type="radio"
                  id={id}
                  name={path}
                  value={o.value}
                  checked={value === o.value}
                  onChange={() => onChange(o.value)}
                  aria-describedby={o.hint ? `${id}-hint` : undefined}
                  aria-invalid={error ? true : undefined}
                />
                <label className="radio__label" htmlFor={id}>
                  {o.label}
                </label>
                {o.hint && (
                  <p className="radio__hint" id={`${id}-hint`}>
                    {o.hint}
                  </p>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
