/**
 * The parks an application can name, by their official Vietnamese names (the value sent to the
 * service, whatever the UI language); their labels are in the catalogues under park.<key>.
 */
export const PARKS: readonly { key: string; name: string }[] = [
  { key: "hoaLac", name: "Khu công nghệ cao Hòa Lạc" },
  { key: "thangLong", name: "Khu công nghiệp Thăng Long" },
  { key: "noiBai", name: "Khu công nghiệp Nội Bài" },
  { key: "quangMinh", name: "Khu công nghiệp Quang Minh" },
  { key: "namThangLong", name: "Khu công nghiệp Nam Thăng Long" },
  { key: "saiDongB", name: "Khu công nghiệp Sài Đồng B" },
  { key: "daiTu", name: "Khu công nghiệp Hà Nội – Đài Tư" },
  { key: "thachThatQuocOai", name: "Khu công nghiệp Thạch Thất – Quốc Oai" },
  { key: "phuNghia", name: "Khu công nghiệp Phú Nghĩa" },
];

export const OTHER_PARK = "other";

/** Which choice of the select a stored park name is. */
export function parkChoice(park: string): string {
  if (!park) return "";
  return PARKS.find((p) => p.name === park)?.key ?? OTHER_PARK;
}
