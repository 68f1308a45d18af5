"use client";
// The encoding of an uploaded file, for the files detection cannot read (UTF-16 without a byte order mark): every
// form that takes a file uses it. Controlled with value and onChange, or read from the form by its name.
import { useTranslation } from "react-i18next";
import { ENCODING_CHOICES, type EncodingChoice } from "@/lib/core/import/decode";

export function EncodingSelect({ value, onChange, name }: { value?: EncodingChoice; onChange?: (value: EncodingChoice) => void; name?: string }) {
  const { t } = useTranslation();
  return (
    <label>
      {t("import.encoding")}
      <select
        name={name}
        value={value}
        defaultValue={value === undefined ? "auto" : undefined}
        onChange={onChange && ((e) => onChange(e.target.value as EncodingChoice))}
      >
        {ENCODING_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`import.encodings.${choice}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
