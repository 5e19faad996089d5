import type { ProvinceManifestInput } from '@thidua/domain';

type Criterion = ProvinceManifestInput['criteria'][number];
type CollectiveTier = Extract<Criterion['tier'], 'provincial-agency' | 'district' | 'commune' | 'enterprise'>;

/**
 * III.1 Tiêu chuẩn thi đua đối với tập thể: a lead-in that holds for every collective, then a–d per tier;
 * III.2 for individuals. Each bullet is one criterion, all of which must be met.
 */

const PREFIX: Record<CollectiveTier, string> = {
  'provincial-agency': 'tinh',
  district: 'huyen',
  commune: 'xa',
  enterprise: 'doanh-nghiep',
};

/** III.1 lead-in, before "cụ thể như sau": applies to agencies, districts, communes and enterprises alike. */
const CHUNG =
  'Cơ quan, đơn vị, địa phương, doanh nghiệp trên địa bàn tỉnh tổ chức phát động Phong trào thi đua Chuyển đổi số thiết thực hiệu quả; có đăng ký thi đua thực hiện Phong trào thi đua Chuyển đổi số; có sáng kiến, giải pháp trong lãnh đạo, chỉ đạo thực hiện chuyển đổi số của cơ quan, đơn vị đạt kết quả tốt';

const common = (tier: CollectiveTier): Criterion => ({
  id: `${PREFIX[tier]}-phat-dong-dang-ky-sang-kien`,
  tier,
  kind: 'qualitative',
  recipient: 'collective',
  text: CHUNG,
  source: 'III.1',
});

const NHIEM_VU_3330 =
  'Hoàn thành có chất lượng, đúng thời hạn các nhiệm vụ được giao và thực hiện tốt chế độ thông tin, báo cáo theo quy định tại Quyết định số 3330/QĐ-UBND ngày 29/11/2021 của UBND tỉnh về việc ban hành Kế hoạch chuyển đổi số tỉnh Đắk Lắk, xây dựng thành phố Buôn Ma Thuột trở thành đô thị thông minh giai đoạn 2021 - 2025, định hướng đến năm 2030.';

const DTI =
  'Đạt tỷ lệ trên 70% điểm theo Quyết định số 2534/QĐ-UBND ngày 11/11/2022 của UBND tỉnh về ban hành Bộ chỉ số đánh giá Chuyển đổi số của các sở, ban, ngành, UBND cấp huyện, cấp xã trên địa bàn tỉnh';

/** "Đạt tỷ lệ trên 70% điểm" of the DTI set: strictly above 70% of the maximum score. */
const dti = (
  tier: Extract<CollectiveTier, 'provincial-agency' | 'district' | 'commune'>,
  text: string,
  source: string,
): Criterion => ({
  id: `${PREFIX[tier]}-dti-tren-70`,
  tier,
  kind: 'threshold',
  recipient: 'collective',
  indicator: 'dti-score',
  operator: '>',
  threshold: 70,
  unit: '%',
  text,
  source,
});

const qualitative = (tier: Criterion['tier'], id: string, text: string, source: string): Criterion => ({
  id,
  tier,
  kind: 'qualitative',
  recipient: tier === 'official' ? 'individual' : 'collective',
  text,
  source,
});

export const criteria: ProvinceManifestInput['criteria'] = [
  // a) Đối với sở, ban, ngành, đoàn thể
  common('provincial-agency'),
  qualitative('provincial-agency', 'tinh-nhiem-vu-3330', NHIEM_VU_3330, 'III.1.a'),
  qualitative(
    'provincial-agency',
    'tinh-ung-dung-cong-nghe-so',
    'Thực hiện ứng dụng công nghệ số để tạo ra các sản phẩm, dịch vụ mới và thiết thực trong các ngành, lĩnh vực, đáp ứng được các tiêu chuẩn, quy chuẩn kỹ thuật và đảm bảo an toàn, an ninh mạng.',
    'III.1.a',
  ),
  dti('provincial-agency', `${DTI} Đắk Lắk.`, 'III.1.a'),
  // b) Đối với cấp huyện
  common('district'),
  qualitative('district', 'huyen-nhiem-vu-3330', NHIEM_VU_3330, 'III.1.b'),
  dti('district', `${DTI}.`, 'III.1.b'),
  // c) Đối với cấp xã
  common('commune'),
  qualitative(
    'commune',
    'xa-to-chuc-phong-trao',
    'Tổ chức phong trào thi đua thiết thực hiệu quả; có nhiều sáng kiến, giải pháp trong lãnh đạo, chỉ đạo thực hiện chuyển đổi số đạt kết quả tốt.',
    'III.1.c',
  ),
  dti('commune', `${DTI}.`, 'III.1.c'),
  // d) Đối với các doanh nghiệp trên địa bàn tỉnh (the second sentence concerns IT enterprises only; see notes)
  common('enterprise'),
  qualitative(
    'enterprise',
    'doanh-nghiep-ung-dung-cong-nghe-so',
    'Thực hiện ứng dụng công nghệ số để tạo ra các sản phẩm, dịch vụ mới trong các ngành, lĩnh vực kinh tế - xã hội. Các doanh nghiệp công nghệ thông tin nghiên cứu, phát triển, làm chủ công nghệ số, chủ động sản xuất, thực hiện chuyển dịch từ lắp ráp, gia công sang làm sản phẩm theo hướng “Made in Việt Nam” - sáng tạo Việt Nam, thiết kế tại Việt Nam và sản xuất tại Việt Nam... phục vụ nhu cầu của xã hội, đáp ứng được các tiêu chuẩn, quy chuẩn kỹ thuật và đảm bảo an toàn, an ninh mạng.',
    'III.1.d',
  ),
  // 2. Tiêu chuẩn thi đua đối với cá nhân
  qualitative(
    'official',
    'ca-nhan-tich-cuc-tham-gia',
    'Cán bộ, công chức, viên chức, người lao động tích cực tham gia phong trào thi đua Chuyển đổi số.',
    'III.2',
  ),
  qualitative(
    'official',
    'ca-nhan-sang-kien-nhan-rong',
    'Có sáng kiến, giải pháp hữu ích được công nhận và nhân rộng trên địa bàn toàn tỉnh góp phần nâng cao chất lượng, hiệu quả ứng dụng chuyển đổi số, công nghệ số trên địa bàn tỉnh.',
    'III.2',
  ),
  qualitative(
    'official',
    'ca-nhan-xay-dung-co-che-chinh-sach',
    'Trực tiếp xây dựng, ban hành hoặc tham mưu cấp có thẩm quyền ban hành, tổ chức thực hiện, kiểm tra việc thực hiện cơ chế, chính sách, hướng dẫn để tạo điều kiện thuận lợi cho quá trình chuyển đổi số và phát triển các sản phẩm, dịch vụ, mô hình kinh doanh mới dựa trên công nghệ số, Internet và không gian mạng.',
    'III.2',
  ),
];

/**
 * Numeric goals. V.1 dates the launch goal (2023). The two sector goals of II.3.k carry no year of their own: they
 * are read as goals of the movement, which runs to 31/12/2025 (I.1 "phấn đấu đến năm 2025", I.2); see notes.
 */
export const targets: ProvinceManifestInput['targets'] = [
  {
    // The plan writes "chuyên đổi số" (OCR); "chuyển" is restored here and the typo recorded in notes.
    indicator: 'units-launched-movement',
    year: 2023,
    operator: '>=',
    value: 100,
    text: '100% các cơ quan, đơn vị, địa phương ban hành kế hoạch, triển khai phong trào thi đua chuyển đổi số trong phạm vi, lĩnh vực, đối tượng phụ trách.',
    source: 'V.1',
  },
  {
    indicator: 'education-institutions-transformed',
    year: 2025,
    operator: '>=',
    value: 100,
    level: 'province',
    text: 'Chuyển đổi số 100% cơ sở giáo dục, đào tạo trực thuộc tỉnh.',
    source: 'II.3.k',
  },
  {
    indicator: 'hospitals-transformed',
    year: 2025,
    operator: '>=',
    value: 100,
    level: 'province',
    text: '100% bệnh viện tuyến huyện, tuyến tỉnh thực hiện chuyển đổi số.',
    source: 'II.3.k',
  },
];
