// @vitest-environment node
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import en from "./en.json";
import vi from "./vi.json";

function flatten(value: unknown, prefix = ""): Record<string, string> {
  if (typeof value === "string") {
    return { [prefix]: value };
  }
  return Object.entries(value as Record<string, unknown>).reduce<Record<string, string>>(
    (all, [key, child]) => ({ ...all, ...flatten(child, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [file] : [];
  });
}

describe("message catalogues", () => {
  const viKeys = flatten(vi);
  const enKeys = flatten(en);

  it("have the same keys in Vietnamese and English", () => {
    expect(Object.keys(enKeys).sort()).toEqual(Object.keys(viKeys).sort());
  });

  it("use the same placeholders in both languages", () => {
    for (const key of Object.keys(viKeys)) {
      expect(placeholders(enKeys[key] ?? ""), key).toEqual(placeholders(viKeys[key] ?? ""));
    }
  });

  it("have no empty message", () => {
    for (const [key, text] of [...Object.entries(viKeys), ...Object.entries(enKeys)]) {
      expect(text.trim(), key).not.toBe("");
    }
  });

  it("contain every key the code names literally", () => {
    const used = sources(fileURLToPath(new URL("..", import.meta.url))).flatMap((file) =>
      [...readFileSync(file, "utf8").matchAll(/\bt\(\s*"([A-Za-z0-9_.]+)"/g)].map((m) => m[1] ?? ""),
    );
    expect(used.length).toBeGreaterThan(50);
    const missing = [...new Set(used)].filter((key) => !(key in viKeys) && !(`${key}_one` in viKeys));
    expect(missing).toEqual([]);
  });
});
