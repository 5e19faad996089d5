import type { ProvinceManifestInput, Tier } from '@thidua/domain';

type Criterion = ProvinceManifestInput['criteria'][number];
type Target = ProvinceManifestInput['targets'][number];

/**
 * III "Tiêu chí thi đua": one list for every competitor, split by level only for dossiers of administrative
 * procedures (cấp tỉnh, cấp huyện 75%, cấp xã 50%). It is declared for each state tier (sở/ban/ngành, huyện, xã);
 * a bullet that mixes a numeric and a non-numeric clause gives one criterion per clause, each in the plan's words.
 * IV.2 makes "kết quả thực hiện các nội dung và tiêu chí thi đua" the standard for every collective and individual.
 */

type StateTier = Extract<Tier, 'provincial-agency' | 'district' | 'commune'>;

const PREFIX: Record<StateTier, string> = { 'provincial-agency': 'tinh', district: 'huyen', commune: 'xa' };
const LEVEL: Record<StateTier, 'province' | 'district' | 'commune'> = {
  'provincial-agency': 'province',
  district: 'district',
  commune: 'commune',
};

/** The words of III, clause by clause. */
export const III = {
  nhiemVu:
    'Triển khai thực hiện tốt nhiệm vụ được giao theo Kế hoạch chuyển đổi số tỉnh Ninh Thuận năm 2023 ban hành kèm theo Quyết định số 56/QĐ-UBND ngày 14/02/2023 của Ủy ban nhân dân tỉnh.',
  heThongDienTu:
    'Đẩy mạnh ứng dụng hệ thống điện tử lãnh đạo, quản lý, điều hành, giám sát công việc; ứng dụng Chữ ký số trong các giao dịch điện tử, Hệ thống thông tin báo cáo, Hệ thống hội nghị trực tuyến...',
  kySo: 'Đảm bảo 100% văn bản điện tử gửi, nhận giữa các cơ quan hành chính Nhà nước các cấp được ký số thay thế văn bản giấy (trừ văn bản mật).',
  nhieuNenTang:
    '100% dịch vụ công trực tuyến được triển khai trên nhiều nền tảng truy cập khác nhau, bao gồm cả thiết bị di động.',
  phatSinhHoSo: 'Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt 75%',
  tthcTrucTuyen:
    'Tỷ lệ hồ sơ thủ tục hành chính (TTHC) được tiếp nhận, xử lý trực tuyến đạt: đối cấp tỉnh, cấp huyện đạt tối thiểu 75%, riêng đối với cấp xã đạt tối thiểu 50%.',
  baoCao:
    '95% báo cáo định kỳ, báo cáo thống kê về kinh tế - xã hội phục vụ sự chỉ đạo, điều hành của Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh được thực hiện qua hệ thống báo cáo điện tử của tỉnh; kết nối, chia sẻ dữ liệu giữa hệ thống báo cáo tỉnh Ninh Thuận với Hệ thống thông tin báo cáo Chính phủ.',
  congThongTin:
    '100% Cổng/Trang thông tin điện tử các Sở, ban, ngành và địa phương công khai thông tin đầy đủ theo quy định tại Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ Quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.',
  csdlQuocGia:
    'Kết nối, liên thông các cơ sở dữ liệu quốc gia tạo nền tảng phát triển Chính phủ số bao gồm các cơ sở dữ liệu về dân cư, đất đai, đăng ký doanh nghiệp, tài chính, bảo hiểm',
  duLieuMo:
    'Tỷ lệ cơ quan nhà nước cung cấp dữ liệu mở đầy đủ theo danh mục đạt 50% (không áp dụng đối với dữ liệu mật, tuyệt mật và dữ liệu phục vụ công tác quân sự, quốc phòng).',
} as const;

/** IV.2 "Tiêu chuẩn khen thưởng". */
export const STANDARD =
  'Việc xét khen thưởng cho các tập thể và cá nhân căn cứ vào kết quả thực hiện các nội dung và tiêu chí thi đua của Phong trào thi đua Chuyển đổi số tỉnh năm 2023 nêu trên.';

interface Numeric {
  key: string;
  indicator: (tier: StateTier) => string;
  threshold: (tier: StateTier) => number;
  text: string;
}

/** The numeric clauses of III; "đạt 75%", "100%", "95%" and "tối thiểu …%" all read as "at least". */
export const NUMERIC: readonly Numeric[] = [
  { key: 'van-ban-ky-so', indicator: () => 'e-documents-signed', threshold: () => 100, text: III.kySo },
  {
    key: 'dvc-nhieu-nen-tang',
    indicator: () => 'online-services-multi-device',
    threshold: () => 100,
    text: III.nhieuNenTang,
  },
  {
    key: 'dvc-phat-sinh-ho-so',
    indicator: () => 'online-services-with-dossiers',
    threshold: () => 75,
    text: III.phatSinhHoSo,
  },
  {
    key: 'ho-so-tthc-truc-tuyen',
    indicator: (t) => `procedure-dossiers-online.${LEVEL[t]}`,
    threshold: (t) => (t === 'commune' ? 50 : 75),
    text: III.tthcTrucTuyen,
  },
  { key: 'bao-cao-dien-tu', indicator: () => 'reports-on-system', threshold: () => 95, text: III.baoCao },
  { key: 'cong-thong-tin', indicator: () => 'portals-disclosing', threshold: () => 100, text: III.congThongTin },
  { key: 'du-lieu-mo', indicator: () => 'open-data-agencies', threshold: () => 50, text: III.duLieuMo },
];

const qualitative = (
  id: string,
  tier: Tier,
  recipient: Criterion['recipient'],
  text: string,
  source: string,
): Criterion => ({ id, tier, kind: 'qualitative', recipient, text, source });

function stateTierCriteria(tier: StateTier): Criterion[] {
  const p = PREFIX[tier];
  const q = (key: string, text: string) => qualitative(`${p}-${key}`, tier, 'collective', text, 'III');
  const numeric = NUMERIC.map((c): Criterion => ({
    id: `${p}-${c.key}`,
    tier,
    kind: 'threshold',
    recipient: 'collective',
    indicator: c.indicator(tier),
    operator: '>=',
    threshold: c.threshold(tier),
    unit: '%',
    text: c.text,
    source: 'III',
  }));
  return [
    q('nhiem-vu-kh-cds-2023', III.nhiemVu),
    q('ung-dung-he-thong-dien-tu', III.heThongDienTu),
    q('ket-noi-csdl-quoc-gia', III.csdlQuocGia),
    ...numeric,
    qualitative(`${p}-tieu-chuan-khen-thuong`, tier, 'collective', STANDARD, 'IV.2'),
  ];
}

export const criteria: ProvinceManifestInput['criteria'] = [
  ...stateTierCriteria('provincial-agency'),
  ...stateTierCriteria('district'),
  ...stateTierCriteria('commune'),
  // II.2 lists enterprises and individuals as competitors but III sets them no criterion of their own.
  qualitative('doanh-nghiep-tieu-chuan-khen-thuong', 'enterprise', 'collective', STANDARD, 'IV.2'),
  qualitative('ca-nhan-tieu-chuan-khen-thuong', 'official', 'individual', STANDARD, 'IV.2'),
];

const target = (indicator: string, value: number, text: string, level?: Target['level']): Target => ({
  indicator,
  year: 2023,
  operator: '>=',
  value,
  ...(level ? { level } : {}),
  text,
  source: 'III',
});

/**
 * The figures of III are written as the province's rates for 2023 ("Tỷ lệ … đạt 75%", from the 2023 plan of QĐ
 * 56/QĐ-UBND), so each is also a 2023 target; only the procedure-dossier figure names its level.
 */
export const targets: ProvinceManifestInput['targets'] = [
  target('e-documents-signed', 100, III.kySo),
  target('online-services-multi-device', 100, III.nhieuNenTang),
  target('online-services-with-dossiers', 75, III.phatSinhHoSo),
  target('procedure-dossiers-online.province', 75, III.tthcTrucTuyen, 'province'),
  target('procedure-dossiers-online.district', 75, III.tthcTrucTuyen, 'district'),
  target('procedure-dossiers-online.commune', 50, III.tthcTrucTuyen, 'commune'),
  target('reports-on-system', 95, III.baoCao),
  target('portals-disclosing', 100, III.congThongTin),
  target('open-data-agencies', 50, III.duLieuMo),
];
