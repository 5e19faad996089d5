import type { ProvinceManifestInput, Tier } from '@thidua/domain';

type Criterion = ProvinceManifestInput['criteria'][number];

/**
 * III. Tiêu chuẩn thi đua. III.1 is a list of seven unnumbered points ("ý 1" … "ý 7" in `source`); a point that
 * names no tier applies to every tier it can describe (see notes). Text is the plan's, word for word.
 */

type StateTier = Extract<Tier, 'provincial-agency' | 'district' | 'commune'>;
const PREFIX: Record<StateTier | 'enterprise', string> = {
  'provincial-agency': 'tinh',
  district: 'huyen',
  commune: 'xa',
  enterprise: 'doanh-nghiep',
};

const TEXT = {
  phongTrao:
    'Tổ chức Phong trào thi đua thiết thực hiệu quả; có nhiều sáng kiến, giải pháp trong lãnh đạo, chỉ đạo thực hiện chuyển đổi số của cơ quan, đơn vị đạt kết quả tốt.',
  nhiemVu:
    'Các sở, ban ngành, đoàn thể tỉnh, UBND các huyện, thành phố: Hoàn thành có chất lượng, đúng thời hạn các nhiệm vụ được giao và thực hiện tốt chế độ thông tin, báo cáo theo quy định tại Quyết định số 940/QĐ-UBND ngày 01/6/2022 của UBND tỉnh về ban hành Kế hoạch thực hiện Quyết định số 146/QĐ-TTg ngày 28/01/2022 của Thủ tướng Chính phủ về việc phê duyệt Đề án “Nâng cao nhận thức, phổ cập kỹ năng và phát triển nguồn nhân lực chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030” trên địa bàn tỉnh Bắc Kạn.',
  hoSo: '100% hồ sơ công việc tại cấp tỉnh, cấp huyện và 80% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước).',
  vanBan: '100% chế độ báo cáo định kỳ và văn bản hành chính (trừ văn bản mật) được gửi nhận bằng văn bản điện tử.',
  // "dữ liệu dung (LGSP)" is kept as written (see notes).
  csdl: '100% các cơ sở dữ liệu dùng chung được kết nối, chia sẻ trên toàn tỉnh; kết nối liên thông qua nền tảng tích hợp và chia sẻ dữ liệu dung (LGSP), hình thành các cơ sở dữ liệu dùng chung cấp tỉnh.',
  baoCaoHuyen:
    'Riêng các huyện, thành phố 100% báo cáo định kỳ về phát triển kinh tế - xã hội được thực hiện trên hệ thống phần mềm báo cáo của tỉnh, kết nối với hệ thống thông tin báo cáo Chính phủ.',
  doanhNghiepCntt:
    'Các doanh nghiệp công nghệ thông tin phát huy thế mạnh của doanh nghiệp ký kết hợp tác, cung cấp thiết bị, phần mềm và các dịch vụ tiện ích khác cho hoạt động chuyển đổi số tại tỉnh đảm bảo tiến độ và chất lượng; tích cực hỗ trợ về ứng dụng công nghệ cho các cơ quan, đơn vị trên địa bàn tỉnh đạt kết quả cao.',
} as const;

const qualitative = (
  id: string,
  tier: Criterion['tier'],
  recipient: Criterion['recipient'],
  text: string,
  source: string,
): Criterion => ({
  id,
  tier,
  kind: 'qualitative',
  recipient,
  text,
  source,
});

const threshold = (
  tier: StateTier,
  name: string,
  indicator: string,
  value: number,
  text: string,
  source: string,
): Criterion => ({
  id: `${PREFIX[tier]}-${name}`,
  tier,
  kind: 'threshold',
  recipient: 'collective',
  indicator,
  operator: '>=',
  threshold: value,
  unit: '%',
  text,
  source,
});

const STATE_TIERS: readonly StateTier[] = ['provincial-agency', 'district', 'commune'];

/** III.1 ý 3: one figure per administrative level — 100% cấp tỉnh, 100% cấp huyện, 80% cấp xã. */
const HO_SO: Record<StateTier, { indicator: string; value: number }> = {
  'provincial-agency': { indicator: 'work-dossiers-online.province', value: 100 },
  district: { indicator: 'work-dossiers-online.district', value: 100 },
  commune: { indicator: 'work-dossiers-online.commune', value: 80 },
};

/** 1. Tiêu chuẩn thi đua đối với tập thể. */
const collective: Criterion[] = [
  ...(['provincial-agency', 'district', 'commune', 'enterprise'] as const).map((tier) =>
    qualitative(`${PREFIX[tier]}-to-chuc-phong-trao`, tier, 'collective', TEXT.phongTrao, 'III.1, ý 1'),
  ),
  qualitative('tinh-hoan-thanh-nhiem-vu', 'provincial-agency', 'collective', TEXT.nhiemVu, 'III.1, ý 2'),
  qualitative('huyen-hoan-thanh-nhiem-vu', 'district', 'collective', TEXT.nhiemVu, 'III.1, ý 2'),
  ...STATE_TIERS.map((tier) =>
    threshold(tier, 'ho-so-cong-viec', HO_SO[tier].indicator, HO_SO[tier].value, TEXT.hoSo, 'III.1, ý 3'),
  ),
  ...STATE_TIERS.map((tier) =>
    threshold(tier, 'van-ban-dien-tu', 'e-documents-exchanged', 100, TEXT.vanBan, 'III.1, ý 4'),
  ),
  ...STATE_TIERS.map((tier) =>
    threshold(tier, 'csdl-dung-chung', 'shared-databases-connected', 100, TEXT.csdl, 'III.1, ý 5'),
  ),
  threshold('district', 'bao-cao-kinh-te-xa-hoi', 'reports-on-system', 100, TEXT.baoCaoHuyen, 'III.1, ý 6'),
  qualitative('doanh-nghiep-cntt-ho-tro', 'enterprise', 'collective', TEXT.doanhNghiepCntt, 'III.1, ý 7'),
];

/** 2. Tiêu chuẩn thi đua đối với cá nhân. */
const individual: Criterion[] = [
  qualitative(
    'can-bo-sang-kien-giai-phap',
    'official',
    'individual',
    'Cán bộ, công chức, người lao động tại các cơ quan, đơn vị, doanh nghiệp có nhiều sáng kiến, giải pháp hữu ích trong việc xây dựng, trình cấp có thẩm quyền ban hành cơ chế chính sách, có nhiều sáng tạo trong tổ chức thực hiện, hướng dẫn hoặc tháo gỡ khó khăn cho quá trình chuyển đổi số và phát triển các sản phẩm, dịch vụ, mô hình kinh doanh mới dựa trên công nghệ số, internet và không gian mạng.',
    'III.2, ý 1',
  ),
  qualitative(
    'doi-tuong-khac-dong-gop',
    'citizen',
    'individual',
    'Đối tượng khác (doanh nhân, trí thức, nhà khoa học...) có nhiều đóng góp công sức trí tuệ, vật chất, sáng kiến vào chuyển đổi số của tỉnh Bắc Kạn.',
    'III.2, ý 2',
  ),
];

export const criteria: ProvinceManifestInput['criteria'] = [...collective, ...individual];

/**
 * The plan sets no "chỉ tiêu" by year: III is a list of standards, and the goal of I.1 ("nằm trong nhóm có kết quả
 * xếp hạng trung bình về chuyển đổi số") has no figure (see notes).
 */
export const targets: ProvinceManifestInput['targets'] = [];
