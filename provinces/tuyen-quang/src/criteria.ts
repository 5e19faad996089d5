import type { ProvinceManifestInput, Tier } from '@thidua/domain';

type Criterion = ProvinceManifestInput['criteria'][number];
type Target = ProvinceManifestInput['targets'][number];

/**
 * II.2 "Các tiêu chí và chỉ tiêu thi đua đến năm 2025". IV.3.1.b makes them the standard for Bằng khen Chủ tịch
 * UBND tỉnh at the 2021–2025 final review. Each numeric clause is one threshold criterion (all must be met); a
 * clause that carries two figures (e.g. "100% cơ sở dữ liệu dùng chung và 80% cơ sở dữ liệu chuyên ngành") gives two
 * criteria with the same plan text.
 */

type UnitTier = Extract<Tier, 'provincial-agency' | 'district' | 'commune'>;

interface Numeric {
  id: string;
  tier: UnitTier;
  indicator: string;
  threshold: number;
  text: string;
  source: string;
}

const SECTION: Record<UnitTier, string> = {
  'provincial-agency': 'II.2.1.a',
  district: 'II.2.1.b',
  commune: 'II.2.1.c',
};

const n = (tier: UnitTier, id: string, indicator: string, threshold: number, text: string): Numeric => ({
  id,
  tier,
  indicator,
  threshold,
  text,
  source: SECTION[tier],
});

// Clauses the plan repeats word for word across tiers.
const T = {
  dvc: '100% thủ tục hành chính đủ điều kiện theo quy định được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 4 và được cung cấp, sử dụng trên nhiều phương tiện truy cập khác nhau, bao gồm cả thiết bị di động',
  dinhDanh: '100% công chức được gắn định danh số trong xử lý công việc',
  haiLong: 'tối thiểu 90% người dân, doanh nghiệp hài lòng về việc giải quyết thủ tục hành chính',
  sso: '100% các hệ thống dùng chung và chuyên ngành đều được xác thực tập trung (SSO)',
  vanBan:
    '100% văn bản trao đổi giữa các cơ quan Nhà nước được thực hiện dưới dạng điện tử, được ký số bởi chữ ký số chuyên dùng (trừ văn bản mật theo quy định)',
  baoCao:
    '100% chế độ báo cáo được tạo lập, cập nhật, lưu trữ kết nối, tích hợp, chia sẻ dữ liệu số trên hệ thống dùng chung theo quy định',
  giamSat:
    'tối thiểu 50% hoạt động giám sát, kiểm tra của cơ quan quản lý được thực hiện thông qua môi trường số và hệ thống thông tin của cơ quan quản lý',
  kyNangCbccvc: '100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản',
  duLieuCbccvc:
    '50% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số',
  danhTinh: '100% người dân có danh tính số kèm theo mã QR code, có hồ sơ số về sức khỏe cá nhân',
  hoGiaDinh: '100% hộ gia đình có địa chỉ số và có ít nhất 01 điện thoại thông minh',
} as const;

const csdl = (where: string) =>
  `100% cơ sở dữ liệu dùng chung và 80% cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ trên ${where}, thông qua nền tảng tích hợp, chia sẻ dữ liệu (LGSP)`;

/** a) Đối với các cơ quan, tổ chức, đơn vị cấp tỉnh. */
const provincial: Numeric[] = [
  n('provincial-agency', 'tinh-dvc-muc-do-4', 'online-services-full', 100, T.dvc),
  n('provincial-agency', 'tinh-dvc-nhieu-phuong-tien', 'online-services-multi-device', 100, T.dvc),
  n(
    'provincial-agency',
    'tinh-dvc-thiet-ke-lai',
    'online-services-redesigned',
    100,
    '100% dịch vụ công trực tuyến được thiết kế, thiết kế lại nhằm tối ưu hóa trải nghiệm người dùng, được định danh và xác thực thông suốt, hợp nhất trên tất cả các hệ thống thông tin, phù hợp với tiêu chuẩn chất lượng dịch vụ',
  ),
  n(
    'provincial-agency',
    'tinh-ho-so-tthc-truc-tuyen',
    'procedure-dossiers-online.province',
    80,
    'tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến',
  ),
  n('provincial-agency', 'tinh-cong-chuc-dinh-danh-so', 'officials-digital-identity', 100, T.dinhDanh),
  n('provincial-agency', 'tinh-hai-long', 'citizen-satisfaction', 90, T.haiLong),
  n(
    'provincial-agency',
    'tinh-du-lieu-mo',
    'open-data-agencies',
    100,
    '100% cơ quan, tổ chức, đơn vị tham gia mở dữ liệu và cung cấp dữ liệu mở phục vụ phát triển chính quyền số, kinh tế số, xã hội số',
  ),
  n(
    'provincial-agency',
    'tinh-nen-tang-du-lieu',
    'agencies-data-platform',
    100,
    '100% cơ quan Nhà nước cấp tỉnh có nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung',
  ),
  n('provincial-agency', 'tinh-csdl-dung-chung', 'shared-databases-connected', 100, csdl('toàn tỉnh')),
  n('provincial-agency', 'tinh-csdl-chuyen-nganh', 'sector-databases-connected', 80, csdl('toàn tỉnh')),
  n('provincial-agency', 'tinh-sso', 'systems-sso', 100, T.sso),
  n(
    'provincial-agency',
    'tinh-nen-tang-quan-tri',
    'governance-on-platform',
    100,
    '100% hoạt động chỉ đạo, điều hành và quản trị nội bộ của cơ quan Nhà nước được thực hiện trên nền tảng quản trị tổng thể, thống nhất',
  ),
  n('provincial-agency', 'tinh-van-ban-dien-tu', 'e-documents-exchanged', 100, T.vanBan),
  n('provincial-agency', 'tinh-van-ban-ky-so', 'e-documents-signed', 100, T.vanBan),
  n('provincial-agency', 'tinh-che-do-bao-cao', 'reports-on-system', 100, T.baoCao),
  n(
    'provincial-agency',
    'tinh-ho-so-cong-viec',
    'work-dossiers-online.province',
    90,
    '90% hồ sơ công việc tại cấp tỉnh được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật Nhà nước)',
  ),
  n('provincial-agency', 'tinh-giam-sat-so', 'supervision-digital', 50, T.giamSat),
  n('provincial-agency', 'tinh-ky-nang-so', 'officials-digital-skills', 100, T.kyNangCbccvc),
  n('provincial-agency', 'tinh-ky-nang-du-lieu', 'officials-data-skills', 50, T.duLieuCbccvc),
];

/** b) Đối với cấp huyện. */
const district: Numeric[] = [
  n(
    'district',
    'huyen-du-lieu-mo',
    'open-data-agencies',
    100,
    '100% huyện, thành phố tham gia mở dữ liệu và cung cấp dữ liệu mở phục vụ phát triển chính quyền số, kinh tế số, xã hội số',
  ),
  n('district', 'huyen-cong-chuc-dinh-danh-so', 'officials-digital-identity', 100, T.dinhDanh),
  n('district', 'huyen-hai-long', 'citizen-satisfaction', 90, T.haiLong),
  n(
    'district',
    'huyen-ho-so-cong-viec',
    'work-dossiers-online.district',
    80,
    '80% hồ sơ công việc cấp huyện được xử lý và ứng dụng chữ ký số trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật Nhà nước)',
  ),
  n('district', 'huyen-csdl-dung-chung', 'shared-databases-connected', 100, csdl('toàn huyện')),
  n('district', 'huyen-csdl-chuyen-nganh', 'sector-databases-connected', 80, csdl('toàn huyện')),
  n('district', 'huyen-sso', 'systems-sso', 100, T.sso),
  n('district', 'huyen-van-ban-dien-tu', 'e-documents-exchanged', 100, T.vanBan),
  n('district', 'huyen-van-ban-ky-so', 'e-documents-signed', 100, T.vanBan),
  n('district', 'huyen-che-do-bao-cao', 'reports-on-system', 100, T.baoCao),
  n('district', 'huyen-giam-sat-so', 'supervision-digital', 50, T.giamSat),
  n('district', 'huyen-danh-tinh-so', 'citizens-digital-identity', 100, T.danhTinh),
  n('district', 'huyen-ho-so-suc-khoe', 'citizens-health-records', 100, T.danhTinh),
  n(
    'district',
    'huyen-hoc-sinh-ho-so-so',
    'pupils-learning-records',
    100,
    '100% học sinh có hồ sơ số về việc học tập cá nhân',
  ),
  n(
    'district',
    'huyen-giao-thong-thong-minh',
    'main-roads-smart-traffic',
    100,
    '100% tuyến đường chính tại trung tâm các huyện, thành phố được lắp đặt hệ thống quản lý, điều hành giao thông thông minh',
  ),
  n('district', 'huyen-dia-chi-so', 'households-digital-address', 100, T.hoGiaDinh),
  n('district', 'huyen-dien-thoai-thong-minh', 'households-smartphone', 100, T.hoGiaDinh),
  n('district', 'huyen-ky-nang-so', 'officials-digital-skills', 100, T.kyNangCbccvc),
  n('district', 'huyen-ky-nang-du-lieu', 'officials-data-skills', 50, T.duLieuCbccvc),
];

/** c) Đối với cấp xã. */
const commune: Numeric[] = [
  n(
    'commune',
    'xa-cong-chuc-dinh-danh-so',
    'officials-digital-identity',
    100,
    '100% công chức cấp xã được gắn định danh số trong xử lý công việc',
  ),
  n('commune', 'xa-hai-long', 'citizen-satisfaction', 90, T.haiLong),
  n('commune', 'xa-danh-tinh-so', 'citizens-digital-identity', 100, T.danhTinh),
  n('commune', 'xa-ho-so-suc-khoe', 'citizens-health-records', 100, T.danhTinh),
  n('commune', 'xa-dia-chi-so', 'households-digital-address', 100, T.hoGiaDinh),
  n('commune', 'xa-dien-thoai-thong-minh', 'households-smartphone', 100, T.hoGiaDinh),
  n(
    'commune',
    'xa-ho-so-cong-viec',
    'work-dossiers-online.commune',
    60,
    '60% hồ sơ công việc tại cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật Nhà nước)',
  ),
  n(
    'commune',
    'xa-ky-nang-so',
    'officials-digital-skills',
    100,
    '100% cán bộ, công chức được tập huấn, bồi dưỡng, phổ cập kỹ năng số cơ bản',
  ),
  n(
    'commune',
    'xa-ky-nang-du-lieu',
    'officials-data-skills',
    50,
    '50% cán bộ, công chức được tập huấn, bồi dưỡng kỹ năng phân tích, khai thác dữ liệu và công nghệ số',
  ),
];

/** Every numeric clause of II.2.1 a–c; "90%", "100%" and "tối thiểu …%" all read as "at least". */
export const numericClauses: readonly Numeric[] = [...provincial, ...district, ...commune];

const thresholds: Criterion[] = numericClauses.map((c) => ({
  id: c.id,
  tier: c.tier,
  kind: 'threshold',
  recipient: 'collective',
  indicator: c.indicator,
  operator: '>=',
  threshold: c.threshold,
  unit: '%',
  text: c.text,
  source: c.source,
}));

const qualitative: Criterion[] = [
  {
    id: 'doanh-nghiep-ung-dung-cong-nghe-so',
    tier: 'enterprise',
    kind: 'qualitative',
    recipient: 'collective',
    text: 'Thực hiện ứng dụng công nghệ số để tạo ra sản phẩm, dịch vụ mới trong các ngành, lĩnh vực kinh tế - xã hội. Các doanh nghiệp công nghệ thông tin nghiên cứu, ứng dụng thiết bị công nghệ số phục vụ nhu cầu của xã hội, đáp ứng được các tiêu chuẩn, quy chuẩn kỹ thuật về bảo đảm an toàn, an ninh mạng.',
    source: 'II.2.1.d',
  },
  {
    id: 'can-bo-sang-kien-chi-dao',
    tier: 'official',
    kind: 'qualitative',
    recipient: 'individual',
    text: 'Cán bộ, công chức, viên chức có sáng kiến, giải pháp hữu ích trong việc tham mưu, xây dựng, trình cấp có thẩm quyền ban hành cơ chế, chính sách, hướng dẫn, tổ chức thực hiện chuyển đổi số đạt hiệu quả; người đứng đầu cơ quan, tổ chức, đơn vị có thành tích xuất sắc trong phát động, chỉ đạo triển khai chuyển đổi số của ngành, cơ quan, tổ chức, đơn vị mình (cơ quan, tổ chức, đơn vị hoàn thành đầy đủ bảo đảm, vượt tiến độ các nội dung nhiệm vụ được cơ quan có thẩm quyền giao về chuyển đổi số trên địa bàn tỉnh).',
    source: 'II.2.2.a',
  },
  {
    id: 'doanh-nhan-tri-thuc-dong-gop',
    tier: 'external',
    kind: 'qualitative',
    recipient: 'individual',
    text: 'Các doanh nhân, trí thức, nhà khoa học ở trong và ngoài nước, người Việt Nam định cư ở nước ngoài, ... có nhiều đóng góp về công sức, trí tuệ, vật chất, sáng kiến vào chuyển đổi số của tỉnh.',
    source: 'II.2.2.b',
  },
  {
    id: 'nguoi-dan-ung-dung-chuyen-doi-so',
    tier: 'citizen',
    kind: 'qualitative',
    recipient: 'individual',
    text: 'Người dân tích cực ứng dụng chuyển đổi số trong lao động, sản xuất, kinh doanh mang lại hiệu quả cao; có nhiều hoạt động hưởng ứng, tuyên truyền, vận động gia đình, người thân và cộng đồng tham gia tích cực, hiệu quả trong chuyển đổi số tại địa phương.',
    source: 'II.2.2.c',
  },
];

export const criteria: ProvinceManifestInput['criteria'] = [...thresholds, ...qualitative];

const LEVEL: Record<UnitTier, NonNullable<Target['level']>> = {
  'provincial-agency': 'province',
  district: 'district',
  commune: 'commune',
};

/**
 * Targets: II.2 calls the same figures "chỉ tiêu thi đua đến năm 2025", so each is also a 2025 goal at the level of
 * its tier; and V.1 asks 100% of units to launch the movement within 2022 (quý III năm 2022).
 */
export const targets: ProvinceManifestInput['targets'] = [
  {
    indicator: 'units-launched-movement',
    year: 2022,
    operator: '>=',
    value: 100,
    text: '100% các cơ quan, tổ chức, đơn vị tổ chức phát động, triển khai phong trào thi đua trong phạm vi, lĩnh vực, đối tượng quản lý. Hoàn thành việc phát động trong quý III năm 2022.',
    source: 'V.1',
  },
  ...numericClauses.map((c): Target => ({
    indicator: c.indicator,
    year: 2025,
    operator: '>=',
    value: c.threshold,
    level: LEVEL[c.tier],
    text: c.text,
    source: c.source,
  })),
];
