import type { ProvinceManifestInput, Tier } from '@thidua/domain';

type Criterion = ProvinceManifestInput['criteria'][number];
type Target = ProvinceManifestInput['targets'][number];

/**
 * IV.2 Tiêu chuẩn khen thưởng. Every standard is qualitative (a reviewer attests): the only ranking one,
 * "xếp hạng thuộc tốp đầu theo Bộ chỉ số đánh giá Chính quyền số", names no N, so it cannot be a `rank` criterion
 * (see notes). Texts are the plan's, typos included.
 */

type CollectiveTier = Extract<Tier, 'provincial-agency' | 'district' | 'commune' | 'enterprise'>;

const q = (tier: Tier, id: string, text: string, source: string, recipient?: Criterion['recipient']): Criterion => ({
  id,
  tier,
  kind: 'qualitative',
  ...(recipient ? { recipient } : {}),
  text,
  source,
});

// IV.2.a lead-in: "… và đạt tiêu chuẩn sau", so it binds every collective tier.
const TAP_THE =
  'Tập thể luôn gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tổ chức thực hiện Phong trào thi đua Chuyên đổi số thiết thực, hiệu quả';
const leadIn = (tier: CollectiveTier, prefix: string) =>
  q(tier, `${prefix}-chap-hanh`, TAP_THE, 'IV.2.a', 'collective');

const DE_AN =
  'Hoàn thành có chất lượng, đúng thời hạn các nhiệm vụ được giao tại Quyết định số 3179/QĐ-UBND ngày 06/12/2021 của UBND tỉnh phê duyệt Đề án Chuyển đổi số tỉnh Điện Biên giai đoạn 2021-2025, định hướng đến 2030 và Kế hoạch Chuyển đổi số hàng năm của UBND tỉnh.';
const PHONG_TRAO =
  'Tổ chức phong trào thi đua thiết thực hiệu quả; có mô hình, giải pháp cách làm hay trong lãnh đạo, chỉ đạo thực hiện chuyển đổi số của cơ quan, đơn vị đạt kết quả tốt';
const BAO_CAO = 'Thực hiện tốt chế độ thông tin, báo cáo theo quy định.';
const XEP_HANG =
  'xếp hạng thuộc tốp đầu theo Bộ chỉ số đánh giá Chính quyền số của các cơ quan chuyên môn thuộc UBND tỉnh và UBND các huyện, thị xã, thành phố trên địa bàn tỉnh.';

/** IV.2.a "Đối với Sở, ban, ngành, Ủy ban Mặt trận tổ quốc Việt Nam và các tổ chức chính trị - xã hội tỉnh". */
const provincial: Criterion[] = [
  leadIn('provincial-agency', 'tinh'),
  q('provincial-agency', 'tinh-hoan-thanh-de-an', DE_AN, 'IV.2.a', 'collective'),
  q(
    'provincial-agency',
    'tinh-to-chuc-phong-trao',
    `${PHONG_TRAO}; tích cực vận động cán bộ, công chức, viên chức, người lao động hưởng ứng phong trào thi đua thực hiện chuyển đổi số bằng những việc làm thiết thực mang lại hiệu quả.`,
    'IV.2.a',
    'collective',
  ),
  q(
    'provincial-agency',
    'tinh-nen-tang-so',
    'Thực hiện ứng dụng nền tảng số thiết thực trong các ngành, lĩnh vực, đáp ứng được các tiêu chuẩn, quy chuẩn kỹ thuật và đảm bảo an toàn, an ninh mạng.',
    'IV.2.a',
    'collective',
  ),
  q('provincial-agency', 'tinh-bao-cao', BAO_CAO, 'IV.2.a', 'collective'),
  q('provincial-agency', 'tinh-xep-hang-chinh-quyen-so', `Kết quả ${XEP_HANG}`, 'IV.2.a', 'collective'),
];

/** IV.2.a "Đối với các huyện, thị xã, thành phố". */
const district: Criterion[] = [
  leadIn('district', 'huyen'),
  q('district', 'huyen-hoan-thanh-de-an', DE_AN, 'IV.2.a', 'collective'),
  q('district', 'huyen-to-chuc-phong-trao', `${PHONG_TRAO}.`, 'IV.2.a', 'collective'),
  q('district', 'huyen-bao-cao', BAO_CAO, 'IV.2.a', 'collective'),
  q('district', 'huyen-xep-hang-chinh-quyen-so', `Có kết quả ${XEP_HANG}`, 'IV.2.a', 'collective'),
];

/** IV.2.a "Đối với các xã, phường, thị trấn". */
const commune: Criterion[] = [
  leadIn('commune', 'xa'),
  q(
    'commune',
    'xa-hoan-thanh-de-an',
    'Hoàn thành có chất lượng, đúng thời hạn các nhiệm vụ được giao theo Kế hoạch tổ chức thực hiện Đề án Chuyển đổi số tỉnh Điện Biên giai đoạn 2021-2025, định hướng đến 2030 và Kế hoạch Chuyển đổi số hàng năm của UBND cấp huyện.',
    'IV.2.a',
    'collective',
  ),
  q(
    'commune',
    'xa-to-chuc-phong-trao',
    'Tổ chức Phong trào thi đua thiết thực hiệu quả; có nhiều sáng kiến; giải pháp trong lãnh đạo, chỉ đạo thực hiện chuyển đổi số đạt kết quả tốt.',
    'IV.2.a',
    'collective',
  ),
  q(
    'commune',
    'xa-mo-hinh-kinh-te-san-tmdt',
    'Ứng dụng CNTT, xây dựng được mô hình phát triển kinh tế hiệu quả, giới thiệu thành công sản phẩm địa phương lên sàn thương mại điện tử.',
    'IV.2.a',
    'collective',
  ),
  q('commune', 'xa-bao-cao', BAO_CAO, 'IV.2.a', 'collective'),
];

/** IV.2.a "Đối với các doanh nghiệp (doanh nghiệp, hợp tác xã, hộ kinh doanh) trên địa bàn tỉnh". */
const enterprise: Criterion[] = [
  leadIn('enterprise', 'doanh-nghiep'),
  q(
    'enterprise',
    'doanh-nghiep-ung-dung-cong-nghe-so',
    'Thực hiện ứng dụng công nghệ số để tạo ra các sản phẩm, dịch vụ mới trong các ngành, lĩnh vực kinh tế - xã hội. Cung cấp dịch vụ tiếp cận và tham gia vào các hoạt động giao dịch điện tử trên môi trường mạng; các sản phẩm hàng hóa, dịch vụ đủ điều kiện theo quy định của pháp luật về thương mại điện tử được đưa lên các sàn giao dịch thương mại điện tử...',
    'IV.2.a',
    'collective',
  ),
];

// IV.2.b lead-in for "Cá nhân"; citizens (II.3) have no other standard (see notes).
const CA_NHAN =
  'Gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước, tích cực hưởng ứng Phong trào thi đua';

/** IV.2.b Cá nhân; IV.2.c Tập thể, cá nhân ngoài tỉnh. */
const individuals: Criterion[] = [
  q('official', 'ca-nhan-chap-hanh', CA_NHAN, 'IV.2.b', 'individual'),
  q(
    'official',
    'can-bo-sang-kien-giai-phap',
    'CBCCVN nỗ lực bám nắm cơ sở; có sáng kiến, giải pháp hữu ích trong việc xây dựng, ban hành hoặc trình cấp có thẩm quyền ban hành; tổ chức thực hiện, kiểm tra thực hiện cơ chế chính sách, hướng dẫn để tạo điều kiện thuận lợi cho quá trình chuyển đổi số và phát triển các sản phẩm dịch vụ, mô hình kinh doanh mới dựa trên công nghệ số, Internet và không gian mạng.',
    'IV.2.b',
    'individual',
  ),
  q('citizen', 'nguoi-dan-chap-hanh', CA_NHAN, 'IV.2.b', 'individual'),
  q(
    'external',
    'ngoai-tinh-dong-gop',
    'Tập thể, cá nhân ngoài tỉnh có nhiều đóng góp về công sức, trí tuệ, vật chất, sáng kiến vào chuyển đổi số của tỉnh.',
    'IV.2.c',
  ),
];

export const criteria: ProvinceManifestInput['criteria'] = [
  ...provincial,
  ...district,
  ...commune,
  ...enterprise,
  ...individuals,
];

/** A province-wide goal of III.2.2 ("Mục tiêu cụ thể"); plain "N%" and "tối thiểu", "trở lên" read as ≥, "trên" as >. */
const t = (
  year: 2025 | 2030,
  source: string,
  indicator: string,
  operator: Target['operator'],
  value: number,
  text: string,
  level: Target['level'] = 'province',
): Target => ({
  indicator,
  year,
  operator,
  value,
  level,
  text,
  source,
});

// Clauses that carry several figures give one target per figure, each with the whole clause.
const T25 = {
  capQuang: 'Hạ tầng mạng băng rộng cáp quang phủ 100% khu vực dân cư sinh sống, làm việc và trên 60% hộ gia đình',
  dienThoai: 'Triển khai dịch vụ mạng di động 4G/5G; phổ cập điện thoại di động thông minh trên 70% người dân.',
  dvc: '100% thủ tục hành chính đủ điều kiện được cung cấp mức độ 4 trên nhiều phương tiện truy cập khác nhau',
  hoSo: '90% hồ sơ công việc của các cơ quan cấp tỉnh, 80% hồ sơ công việc cơ quan cấp huyện và 60% hồ sơ công việc cơ quan cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật)',
  hop: 'Bảo đảm 100% cuộc họp, hội nghị có thể thực hiện trên môi trường mạng; trên 50% cuộc họp 3 cấp (tỉnh, huyện, xã) được thực hiện trực tuyến',
  kyNang:
    '100% cán bộ, công chức, viên chức được tập huấn, bồi dưỡng, phổ cập kiến thức, kỹ năng số cơ bản; đào tạo, bồi dưỡng 50 chuyên gia chuyển đổi số',
  doanhNghiep: 'Trên 70% doanh nghiệp thực hiện chuyển đổi số; có khoảng 40 doanh nghiệp công nghệ số',
  tmdt: '55% dân số trở lên tham gia mua sắm trực tuyến, 50% doanh nghiệp vừa và nhỏ có tài khoản thương mại điện tử; 50% hộ sản xuất nông nghiệp có tài khoản trên sàn thương mại điện tử.',
} as const;

const T30 = {
  hoSo: '100% hồ sơ công việc của các cơ quan cấp tỉnh, 90% hồ sơ công việc cơ quan cấp huyện và 70% hồ sơ công việc cơ quan cấp xã được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc phạm vi bí mật)',
  dvc: 'Bổ sung các dịch vụ công trực tuyến cấp độ 4 đủ điều kiện, bảo đảm 100% dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện truy cập khác nhau; cung cấp 30% dịch vụ mới dựa trên dữ liệu',
  hop: 'Bảo đảm 100% cuộc họp, hội nghị có thể thực hiện trực tuyến mọi lúc, mọi nơi, trên nhiều thiết bị; trên 70% cuộc họp 3 cấp (tỉnh - huyện - xã) được thực hiện trực tuyến',
  doanhNghiep:
    'Trên 90% doanh nghiệp thực hiện chuyển đổi số, tiến tới nền quản trị, sản xuất thông minh; có khoảng 50 doanh nghiệp công nghệ số',
  tmdt: '66% dân số trở lên tham gia mua sắm trực tuyến, 70% doanh nghiệp vừa và nhỏ có tài khoản thương mại điện tử; 60% hộ sản xuất nông nghiệp có tài khoản trên sàn thương mại điện tử.',
} as const;

/** III.2.2.1 Mục tiêu đến năm 2025. */
const by2025: Target[] = [
  t(2025, 'III.2.2.1.a', 'residential-areas-fibre', '>=', 100, T25.capQuang),
  t(2025, 'III.2.2.1.a', 'households-fibre', '>', 60, T25.capQuang),
  t(2025, 'III.2.2.1.a', 'smartphone-users', '>', 70, T25.dienThoai),
  t(
    2025,
    'III.2.2.1.b',
    'e-documents-exchanged',
    '>=',
    100,
    '100% văn bản điện tử của cơ quan, đơn vị được trao đổi, liên thông trên môi trường mạng (trừ văn bản mật)',
  ),
  t(2025, 'III.2.2.1.b', 'online-services-full', '>=', 100, T25.dvc),
  t(2025, 'III.2.2.1.b', 'online-services-multi-device', '>=', 100, T25.dvc),
  t(2025, 'III.2.2.1.b', 'work-dossiers-online.province', '>=', 90, T25.hoSo, 'province'),
  t(2025, 'III.2.2.1.b', 'work-dossiers-online.district', '>=', 80, T25.hoSo, 'district'),
  t(2025, 'III.2.2.1.b', 'work-dossiers-online.commune', '>=', 60, T25.hoSo, 'commune'),
  t(2025, 'III.2.2.1.b', 'meetings-online-capable', '>=', 100, T25.hop),
  t(2025, 'III.2.2.1.b', 'meetings-online', '>', 50, T25.hop),
  t(
    2025,
    'III.2.2.1.b',
    'reports-on-system',
    '>=',
    100,
    '100% chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ và báo cáo thống kê về kinh tế - xã hội phục vụ sự lãnh đạo, chỉ đạo, điều hành của cấp ủy, chính quyền các cấp được thực hiện trên hệ thống thông tin báo cáo của tỉnh; được tích hợp, kết nối, chia sẻ dữ liệu với các hệ thống dùng chung của tỉnh và liên thông với hệ thống báo cáo quốc gia',
  ),
  t(
    2025,
    'III.2.2.1.b',
    'supervision-digital',
    '>=',
    50,
    '50% hoạt động giám sát, kiểm tra của các cơ quan, đơn vị có thể thực hiện được thông qua môi trường số và hệ thống thông tin của cơ quan quản lý',
  ),
  t(
    2025,
    'III.2.2.1.b',
    'info-systems-monitored',
    '>=',
    100,
    '100% hệ thống thông tin của các cơ quan, đơn vị thường xuyên được giám sát, bảo đảm an toàn, an ninh mạng',
  ),
  t(2025, 'III.2.2.1.b', 'officials-digital-skills', '>=', 100, T25.kyNang),
  t(2025, 'III.2.2.1.b', 'digital-experts', '>=', 50, T25.kyNang),
  t(
    2025,
    'III.2.2.1.b',
    'smart-city-services',
    '>=',
    10,
    'Triển khai tối thiểu 10 dịch vụ đô thị thông minh trên địa bàn tỉnh.',
  ),
  t(2025, 'III.2.2.1.c', 'digital-economy-grdp', '>=', 10, 'Kinh tế số chiếm tối thiểu 10% GRDP của tỉnh'),
  t(
    2025,
    'III.2.2.1.c',
    'digital-economy-sector',
    '>=',
    10,
    'Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 10%',
  ),
  t(
    2025,
    'III.2.2.1.c',
    'labour-productivity-growth',
    '>',
    6,
    'Góp phần tăng năng suất lao động bình quân trên 6%/năm',
  ),
  t(2025, 'III.2.2.1.c', 'enterprises-transformed', '>', 70, T25.doanhNghiep),
  t(2025, 'III.2.2.1.c', 'digital-tech-enterprises', '>=', 40, T25.doanhNghiep),
  t(2025, 'III.2.2.1.c', 'population-online-shopping', '>=', 55, T25.tmdt),
  t(2025, 'III.2.2.1.c', 'sme-ecommerce-accounts', '>=', 50, T25.tmdt),
  t(2025, 'III.2.2.1.c', 'farm-households-ecommerce', '>=', 50, T25.tmdt),
  t(2025, 'III.2.2.1.d', 'population-e-payment', '>', 50, 'Tỷ lệ dân số có tài khoản thanh toán điện tử trên 50%'),
  t(
    2025,
    'III.2.2.1.d',
    'population-digital-access',
    '>',
    70,
    'Trên 70% người dân được tiếp cận, sử dụng bình đẳng các dịch vụ thiết yếu (chính quyền số, y tế, giáo dục, thông tin, thương mại điện tử, khoa học công nghệ, tài nguyên môi trường).',
  ),
];

/** III.2.2.2 Mục tiêu đến năm 2030. */
const by2030: Target[] = [
  t(
    2030,
    'III.2.2.2.a',
    'households-fibre',
    '>',
    80,
    'Nâng cao chất lượng dịch vụ internet; phổ cập dịch vụ mạng internet băng rộng cáp quang trên 80% hộ gia đình',
  ),
  t(
    2030,
    'III.2.2.2.a',
    'smartphone-users',
    '>',
    80,
    'Phổ cập dịch vụ mạng 5G; phổ cập điện thoại thông minh trên 80% người dân.',
  ),
  t(2030, 'III.2.2.2.b', 'online-services-multi-device', '>=', 100, T30.dvc),
  t(2030, 'III.2.2.2.b', 'data-based-services', '>=', 30, T30.dvc),
  t(2030, 'III.2.2.2.b', 'work-dossiers-online.province', '>=', 100, T30.hoSo, 'province'),
  t(2030, 'III.2.2.2.b', 'work-dossiers-online.district', '>=', 90, T30.hoSo, 'district'),
  t(2030, 'III.2.2.2.b', 'work-dossiers-online.commune', '>=', 70, T30.hoSo, 'commune'),
  t(2030, 'III.2.2.2.b', 'meetings-online-capable', '>=', 100, T30.hop),
  t(2030, 'III.2.2.2.b', 'meetings-online', '>', 70, T30.hop),
  t(
    2030,
    'III.2.2.2.b',
    'supervision-digital',
    '>=',
    70,
    '70% hoạt động giám sát, kiểm tra của các cơ quan, đơn vị có thể thực hiện được thông qua môi trường số và hệ thống thông tin của cơ quan quản lý',
  ),
  t(
    2030,
    'III.2.2.2.b',
    'info-systems-monitored',
    '>=',
    100,
    '100% hệ thống thông tin của các cơ quan, đơn vị thường xuyên được giám sát, bảo đảm an toàn, an ninh mạng',
  ),
  t(
    2030,
    'III.2.2.2.b',
    'districts-smart-city-services',
    '>=',
    100,
    'Triển khai dịch vụ đô thị thông minh tại tất cả các huyện, thị xã, thành phố.',
  ),
  t(2030, 'III.2.2.2.c', 'digital-economy-grdp', '>=', 20, 'Kinh tế số chiếm tối thiểu 20% GRDP của tỉnh'),
  t(
    2030,
    'III.2.2.2.c',
    'digital-economy-sector',
    '>=',
    15,
    'Tỷ trọng kinh tế số trong từng ngành, lĩnh vực đạt tối thiểu 15%',
  ),
  t(
    2030,
    'III.2.2.2.c',
    'labour-productivity-growth',
    '>',
    7,
    'Góp phần tăng năng suất lao động bình quân trên 7%/năm',
  ),
  t(2030, 'III.2.2.2.c', 'enterprises-transformed', '>', 90, T30.doanhNghiep),
  t(2030, 'III.2.2.2.c', 'digital-tech-enterprises', '>=', 50, T30.doanhNghiep),
  t(2030, 'III.2.2.2.c', 'population-online-shopping', '>=', 66, T30.tmdt),
  t(2030, 'III.2.2.2.c', 'sme-ecommerce-accounts', '>=', 70, T30.tmdt),
  t(2030, 'III.2.2.2.c', 'farm-households-ecommerce', '>=', 60, T30.tmdt),
  t(2030, 'III.2.2.2.c', 'households-information-poor', '=', 0, 'Không còn hộ nghèo, hộ cận nghèo về thông tin.'),
  t(2030, 'III.2.2.2.d', 'population-e-payment', '>', 80, 'Tỷ lệ dân số có tài khoản thanh toán điện tử trên 80%'),
  t(
    2030,
    'III.2.2.2.d',
    'population-digital-access',
    '>=',
    100,
    '100% người dân được tiếp cận, sử dụng bình đẳng tất cả các dịch vụ cơ bản trên môi trường số',
  ),
  t(
    2030,
    'III.2.2.2.d',
    'communes-transformed',
    '>=',
    70,
    'Tối thiểu 70% số xã trên địa bàn tỉnh cơ bản chuyển đổi số.',
  ),
];

export const targets: ProvinceManifestInput['targets'] = [...by2025, ...by2030];
