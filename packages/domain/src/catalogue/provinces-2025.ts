/**
 * The 34 provincial-level units in force from 01/7/2025 and the former provinces merged into each: Nghị quyết
 * 202/2025/QH15 của Quốc hội (12/6/2025) về việc sắp xếp đơn vị hành chính cấp tỉnh. A fact of the law, not of any
 * plan; slugs are the plugins' naming (lower-case words without diacritics).
 */
export const PROVINCES_2025_SOURCE = 'Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội (ngoài Kế hoạch)';
export const PROVINCES_2025_FROM = '2025-07-01';

export interface Province2025 {
  slug: string;
  name: string;
  /** The former provinces merged into it, itself included; just itself when unchanged. */
  formerly: { slug: string; name: string }[];
}

const p = (name: string, slug: string, ...others: [string, string][]): Province2025 => ({
  slug,
  name,
  formerly: [{ slug, name }, ...others.map(([n, s]) => ({ slug: s, name: n }))],
});

export const PROVINCES_2025: readonly Province2025[] = [
  // Unchanged (11)
  p('Hà Nội', 'ha-noi'),
  p('Huế', 'hue'),
  p('Lai Châu', 'lai-chau'),
  p('Điện Biên', 'dien-bien'),
  p('Sơn La', 'son-la'),
  p('Lạng Sơn', 'lang-son'),
  p('Quảng Ninh', 'quang-ninh'),
  p('Thanh Hóa', 'thanh-hoa'),
  p('Nghệ An', 'nghe-an'),
  p('Hà Tĩnh', 'ha-tinh'),
  p('Cao Bằng', 'cao-bang'),
  // Merged (23)
  p('Tuyên Quang', 'tuyen-quang', ['Hà Giang', 'ha-giang']),
  p('Lào Cai', 'lao-cai', ['Yên Bái', 'yen-bai']),
  p('Thái Nguyên', 'thai-nguyen', ['Bắc Kạn', 'bac-kan']),
  p('Phú Thọ', 'phu-tho', ['Vĩnh Phúc', 'vinh-phuc'], ['Hòa Bình', 'hoa-binh']),
  p('Bắc Ninh', 'bac-ninh', ['Bắc Giang', 'bac-giang']),
  p('Hưng Yên', 'hung-yen', ['Thái Bình', 'thai-binh']),
  p('Hải Phòng', 'hai-phong', ['Hải Dương', 'hai-duong']),
  p('Ninh Bình', 'ninh-binh', ['Hà Nam', 'ha-nam'], ['Nam Định', 'nam-dinh']),
  p('Quảng Trị', 'quang-tri', ['Quảng Bình', 'quang-binh']),
  p('Đà Nẵng', 'da-nang', ['Quảng Nam', 'quang-nam']),
  p('Quảng Ngãi', 'quang-ngai', ['Kon Tum', 'kon-tum']),
  p('Gia Lai', 'gia-lai', ['Bình Định', 'binh-dinh']),
  p('Khánh Hòa', 'khanh-hoa', ['Ninh Thuận', 'ninh-thuan']),
  p('Lâm Đồng', 'lam-dong', ['Đắk Nông', 'dak-nong'], ['Bình Thuận', 'binh-thuan']),
  p('Đắk Lắk', 'dak-lak', ['Phú Yên', 'phu-yen']),
  p('Thành phố Hồ Chí Minh', 'ho-chi-minh', ['Bình Dương', 'binh-duong'], ['Bà Rịa – Vũng Tàu', 'ba-ria-vung-tau']),
  p('Đồng Nai', 'dong-nai', ['Bình Phước', 'binh-phuoc']),
  p('Tây Ninh', 'tay-ninh', ['Long An', 'long-an']),
  p('Cần Thơ', 'can-tho', ['Sóc Trăng', 'soc-trang'], ['Hậu Giang', 'hau-giang']),
  p('Vĩnh Long', 'vinh-long', ['Bến Tre', 'ben-tre'], ['Trà Vinh', 'tra-vinh']),
  p('Đồng Tháp', 'dong-thap', ['Tiền Giang', 'tien-giang']),
  p('Cà Mau', 'ca-mau', ['Bạc Liêu', 'bac-lieu']),
  p('An Giang', 'an-giang', ['Kiên Giang', 'kien-giang']),
];

/** The province a (possibly former) province belongs to from 01/7/2025, or undefined if the slug is unknown. */
export function province2025Of(slug: string): Province2025 | undefined {
  return PROVINCES_2025.find((x) => x.formerly.some((f) => f.slug === slug));
}
