/**
 * The national indicator catalogue: the common language that numeric criteria and targets of every plan map to,
 * so that provinces with different plans can be compared. Ids are stable (they are stored with readings and
 * published in the API); add new ones, never rename or reuse one.
 */
export const ADMIN_LEVELS = ['province', 'district', 'commune', 'unit'] as const;
/** `unit` = measured per competing unit, whatever its level (e.g. a DTI score). */
export type AdminLevel = (typeof ADMIN_LEVELS)[number];

export const INDICATOR_UNITS = ['percent', 'score', 'count', 'rank', 'percent-per-year'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export interface Indicator {
  id: string;
  name: string;
  nameEn: string;
  unit: IndicatorUnit;
  level: AdminLevel;
  /** true when a larger value is better (every indicator today; a rank is better when smaller). */
  higherIsBetter: boolean;
}

function perLevel(base: string, name: string, nameEn: string, levels: readonly AdminLevel[]): Indicator[] {
  const vi: Record<AdminLevel, string> = {
    province: 'cấp tỉnh',
    district: 'cấp huyện',
    commune: 'cấp xã',
    unit: 'đơn vị',
  };
  return levels.map((level) => ({
    id: `${base}.${level}`,
    name: `${name} (${vi[level]})`,
    nameEn: `${nameEn} (${level})`,
    unit: 'percent',
    level,
    higherIsBetter: true,
  }));
}

function one(
  id: string,
  name: string,
  nameEn: string,
  unit: IndicatorUnit = 'percent',
  level: AdminLevel = 'province',
): Indicator {
  return { id, name, nameEn, unit, level, higherIsBetter: unit !== 'rank' };
}

const LEVELS3 = ['province', 'district', 'commune'] as const;

export const INDICATORS: readonly Indicator[] = [
  // Government
  ...perLevel(
    'work-dossiers-online',
    'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng',
    'Share of work dossiers processed online',
    LEVELS3,
  ),
  ...perLevel(
    'procedure-dossiers-online',
    'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, xử lý trực tuyến',
    'Share of administrative-procedure dossiers received and processed online',
    LEVELS3,
  ),
  one(
    'online-services-full',
    'Tỷ lệ thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến mức độ 4 (toàn trình)',
    'Share of eligible procedures offered as fully online public services',
  ),
  one(
    'online-services-with-dossiers',
    'Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ',
    'Share of online public services that received dossiers',
  ),
  one(
    'online-services-multi-device',
    'Tỷ lệ dịch vụ công trực tuyến cung cấp trên nhiều phương tiện truy cập',
    'Share of online public services available on several devices',
  ),
  one(
    'e-documents-exchanged',
    'Tỷ lệ văn bản điện tử được trao đổi, liên thông trên môi trường mạng',
    'Share of official documents exchanged electronically',
  ),
  one('e-documents-signed', 'Tỷ lệ văn bản điện tử được ký số', 'Share of electronic documents digitally signed'),
  one(
    'reports-on-system',
    'Tỷ lệ chế độ báo cáo định kỳ thực hiện trên hệ thống thông tin báo cáo',
    'Share of periodic reports made on the reporting system',
  ),
  one('meetings-online', 'Tỷ lệ cuộc họp 3 cấp được thực hiện trực tuyến', 'Share of three-level meetings held online'),
  one(
    'supervision-digital',
    'Tỷ lệ hoạt động giám sát, kiểm tra thực hiện qua môi trường số',
    'Share of supervision and inspection done digitally',
  ),
  one(
    'info-systems-monitored',
    'Tỷ lệ hệ thống thông tin được giám sát, bảo đảm an toàn, an ninh mạng',
    'Share of information systems under security monitoring',
  ),
  one(
    'open-data-agencies',
    'Tỷ lệ cơ quan nhà nước cung cấp dữ liệu mở',
    'Share of state agencies publishing open data',
  ),
  one(
    'shared-databases-connected',
    'Tỷ lệ cơ sở dữ liệu dùng chung được kết nối, chia sẻ',
    'Share of shared databases connected',
  ),
  one(
    'sector-databases-connected',
    'Tỷ lệ cơ sở dữ liệu chuyên ngành được kết nối, chia sẻ',
    'Share of sector databases connected',
  ),
  one(
    'portals-disclosing',
    'Tỷ lệ Cổng/Trang thông tin điện tử công khai thông tin đầy đủ theo quy định',
    'Share of agency portals publishing all required information',
  ),
  one(
    'officials-digital-skills',
    'Tỷ lệ cán bộ, công chức, viên chức được tập huấn kỹ năng số cơ bản',
    'Share of officials trained in basic digital skills',
  ),
  one(
    'officials-data-skills',
    'Tỷ lệ cán bộ, công chức, viên chức được bồi dưỡng kỹ năng phân tích, khai thác dữ liệu',
    'Share of officials trained in data skills',
  ),
  one('digital-experts', 'Số chuyên gia chuyển đổi số được đào tạo', 'Digital-transformation experts trained', 'count'),
  one(
    'citizen-satisfaction',
    'Tỷ lệ người dân, doanh nghiệp hài lòng về giải quyết thủ tục hành chính',
    'Share of citizens and businesses satisfied with administrative procedures',
  ),
  one('data-based-services', 'Tỷ lệ dịch vụ mới dựa trên dữ liệu', 'Share of new data-based services'),
  one('communes-transformed', 'Tỷ lệ số xã cơ bản chuyển đổi số', 'Share of communes basically digitally transformed'),
  one(
    'units-launched-movement',
    'Tỷ lệ cơ quan, đơn vị ban hành kế hoạch, phát động phong trào thi đua chuyển đổi số',
    'Share of units that launched the movement',
  ),
  // Digital transformation index (a provincial DTI set scores each agency, district and commune)
  one(
    'dti-score',
    'Điểm Bộ chỉ số đánh giá chuyển đổi số (tỷ lệ % trên tổng điểm)',
    'Digital transformation index score (% of maximum)',
    'percent',
    'unit',
  ),
  one('dti-rank', 'Thứ hạng Bộ chỉ số đánh giá chuyển đổi số', 'Digital transformation index rank', 'rank', 'unit'),
  // Economy
  one('digital-economy-grdp', 'Tỷ trọng kinh tế số trong GRDP', 'Digital economy share of GRDP'),
  one(
    'digital-economy-sector',
    'Tỷ trọng kinh tế số trong từng ngành, lĩnh vực',
    'Digital economy share in each sector',
  ),
  one(
    'labour-productivity-growth',
    'Tăng năng suất lao động bình quân',
    'Average labour productivity growth',
    'percent-per-year',
  ),
  one(
    'enterprises-transformed',
    'Tỷ lệ doanh nghiệp thực hiện chuyển đổi số',
    'Share of enterprises undergoing digital transformation',
  ),
  one('digital-tech-enterprises', 'Số doanh nghiệp công nghệ số', 'Digital technology enterprises', 'count'),
  one(
    'sme-ecommerce-accounts',
    'Tỷ lệ doanh nghiệp vừa và nhỏ có tài khoản thương mại điện tử',
    'Share of SMEs with e-commerce accounts',
  ),
  one(
    'farm-households-ecommerce',
    'Tỷ lệ hộ sản xuất nông nghiệp có tài khoản trên sàn thương mại điện tử',
    'Share of farm households on e-commerce platforms',
  ),
  // Society
  one('population-online-shopping', 'Tỷ lệ dân số tham gia mua sắm trực tuyến', 'Share of population shopping online'),
  one(
    'population-e-payment',
    'Tỷ lệ dân số có tài khoản thanh toán điện tử',
    'Share of population with e-payment accounts',
  ),
  one(
    'population-digital-access',
    'Tỷ lệ người dân được tiếp cận, sử dụng các dịch vụ thiết yếu trên môi trường số',
    'Share of people with access to essential digital services',
  ),
  one(
    'households-fibre',
    'Tỷ lệ hộ gia đình có internet băng rộng cáp quang',
    'Share of households with fibre broadband',
  ),
  one(
    'residential-areas-fibre',
    'Tỷ lệ khu vực dân cư được phủ cáp quang băng rộng',
    'Share of residential areas covered by fibre',
  ),
  one('smartphone-users', 'Tỷ lệ người dân sử dụng điện thoại thông minh', 'Share of people using smartphones'),
  one('citizens-digital-identity', 'Tỷ lệ người dân có danh tính số', 'Share of citizens with a digital identity'),
  // Digital government, economy and society goals that provincial plans set for 2025 and 2030
  one(
    'online-services-redesigned',
    'Tỷ lệ dịch vụ công trực tuyến được thiết kế, thiết kế lại nhằm tối ưu hóa trải nghiệm người dùng',
    'Share of online public services (re)designed for user experience',
  ),
  one(
    'officials-digital-identity',
    'Tỷ lệ công chức được gắn định danh số trong xử lý công việc',
    'Share of civil servants given a digital identity for their work',
  ),
  one(
    'agencies-data-platform',
    'Tỷ lệ cơ quan nhà nước có nền tảng phân tích, xử lý dữ liệu tổng hợp tập trung',
    'Share of state agencies with a central data analysis platform',
  ),
  one(
    'systems-sso',
    'Tỷ lệ hệ thống thông tin dùng chung và chuyên ngành được xác thực tập trung (SSO)',
    'Share of shared and sector information systems with single sign-on',
  ),
  one(
    'governance-on-platform',
    'Tỷ lệ hoạt động chỉ đạo, điều hành, quản trị nội bộ thực hiện trên nền tảng quản trị tổng thể, thống nhất',
    'Share of direction, management and internal administration done on a unified platform',
  ),
  one(
    'citizens-health-records',
    'Tỷ lệ người dân có hồ sơ số về sức khỏe cá nhân',
    'Share of people with a digital health record',
  ),
  one(
    'pupils-learning-records',
    'Tỷ lệ học sinh có hồ sơ số về việc học tập cá nhân',
    'Share of pupils with a digital learning record',
  ),
  one(
    'main-roads-smart-traffic',
    'Tỷ lệ tuyến đường chính tại trung tâm huyện, thành phố có hệ thống quản lý, điều hành giao thông thông minh',
    'Share of main roads in district centres with intelligent traffic management',
  ),
  one('households-digital-address', 'Tỷ lệ hộ gia đình có địa chỉ số', 'Share of households with a digital address'),
  one(
    'households-smartphone',
    'Tỷ lệ hộ gia đình có ít nhất 01 điện thoại thông minh',
    'Share of households with at least one smartphone',
  ),
  // Sector goals
  one(
    'education-institutions-transformed',
    'Tỷ lệ cơ sở giáo dục, đào tạo thực hiện chuyển đổi số',
    'Share of education and training institutions digitally transformed',
  ),
  one('hospitals-transformed', 'Tỷ lệ bệnh viện thực hiện chuyển đổi số', 'Share of hospitals digitally transformed'),
  // Meetings, smart cities and information poverty
  one(
    'meetings-online-capable',
    'Tỷ lệ cuộc họp, hội nghị có thể thực hiện trên môi trường mạng',
    'Share of meetings and conferences that can be held online',
  ),
  one(
    'smart-city-services',
    'Số dịch vụ đô thị thông minh được triển khai trên địa bàn tỉnh',
    'Smart-city services deployed in the province',
    'count',
  ),
  one(
    'districts-smart-city-services',
    'Tỷ lệ huyện, thị xã, thành phố triển khai dịch vụ đô thị thông minh',
    'Share of districts deploying smart-city services',
  ),
  {
    ...one(
      'households-information-poor',
      'Tỷ lệ hộ nghèo, hộ cận nghèo về thông tin',
      'Share of poor and near-poor households lacking access to information',
    ),
    higherIsBetter: false,
  },
  // Innovation, science and technology (the 2025 national movement, QĐ 923/QĐ-TTg): catalogue names only; a plan
  // sets its own bars on them.
  one(
    'digital-economy-share-grdp',
    'Tỷ trọng kinh tế số trong GRDP',
    'Digital economy as a share of gross regional domestic product',
  ),
  one(
    'rnd-spending-share-budget',
    'Tỷ lệ chi ngân sách cho khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
    'Share of the budget spent on science, technology, innovation and digital transformation',
  ),
  one(
    'innovation-initiatives',
    'Số sáng kiến, giải pháp đổi mới sáng tạo được công nhận',
    'Recognised innovation initiatives',
    'count',
  ),
  one(
    'science-tech-enterprises',
    'Số doanh nghiệp khoa học và công nghệ',
    'Science and technology enterprises',
    'count',
  ),
  one('innovative-startups', 'Số doanh nghiệp khởi nghiệp sáng tạo', 'Innovative start-ups', 'count'),
  one(
    'research-applied',
    'Số nhiệm vụ khoa học và công nghệ được ứng dụng vào thực tiễn',
    'Science and technology projects put into practice',
    'count',
  ),
  one(
    'patents-granted',
    'Số văn bằng bảo hộ sở hữu công nghiệp được cấp',
    'Industrial property titles granted',
    'count',
  ),
  // New indicators go above this line; ids are stable (criteria, targets and readings refer to them).
];

const byId = new Map(INDICATORS.map((i) => [i.id, i]));

export function findIndicator(id: string): Indicator | undefined {
  return byId.get(id);
}
