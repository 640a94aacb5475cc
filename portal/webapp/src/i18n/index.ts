import i18n from "i18next";
import { initReactI18next, useTranslation } from "react-i18next";
import { langOf, type Lang } from "../format/format";
import vi from "./vi.json";

export const LANGUAGES: readonly Lang[] = ["vi", "en"];
const STORAGE_KEY = "onestop.language";

function storedLanguage(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    return "vi";
  }
}

function remember(lng: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, lng);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** Switches language; English is fetched the first time it is needed (Vietnamese is built in). */
export async function changeLanguage(lng: Lang): Promise<void> {
  if (lng === "en" && !i18n.hasResourceBundle("en", "translation")) {
    const en = await import("./en.json");
    i18n.addResourceBundle("en", "translation", en.default);
  }
  await i18n.changeLanguage(lng);
}

/** Vietnamese first; the choice is remembered and <html lang> follows it. */
export async function setupI18n(): Promise<typeof i18n> {
  await i18n.use(initReactI18next).init({
    resources: { vi: { translation: vi } },
    lng: "vi",
    fallbackLng: "vi",
    supportedLngs: ["vi", "en"],
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
  });
  i18n.on("languageChanged", (lng) => {
    document.documentElement.lang = lng;
    remember(lng);
  });
  document.documentElement.lang = "vi";
  if (storedLanguage() === "en") {
    await changeLanguage("en").catch(() => undefined);
  }
  return i18n;
}

/** The translation function with the current language as a formatting locale. */
export function useT() {
  const { t, i18n: instance } = useTranslation();
  return { t, lang: langOf(instance.language), i18n: instance };
}
