import type { ProvinceManifestInput } from '@thidua/domain';

/** Discrepancies, ambiguities, OCR typos and outdated references found in the plan, each with its section. */
export const notes: ProvinceManifestInput['notes'] = [
  {
    source: 'Phần mở đầu',
    text: 'Số hiệu ghi "Số: 635 /KH-UBND" (có khoảng trắng thừa trước dấu "/", lỗi chép/OCR); plan.number ghi "635/KH-UBND".',
  },
  {
    source: 'I.1',
    text: 'Mục tiêu "phấn đấu đến năm 2025, Bắc Kạn nằm trong nhóm có kết quả xếp hạng trung bình về chuyển đổi số" là thứ hạng của tỉnh, không có con số: không khai báo chỉ tiêu (targets) nào. Kế hoạch không có khẩu hiệu nên movement.theme để trống.',
  },
  {
    source: 'II.3.1',
    text: 'Lộ trình ghi "Năm 2022: các cơ quan, đơn vị, địa phương ban hành Kế hoạch phát động" nhưng Kế hoạch ban hành ngày 10/10/2022: đợt phát động (phat-dong-2022) tính từ 10/10/2022 đến 31/12/2022. Kế hoạch không đặt hạn gửi kế hoạch phát động của đơn vị, cũng không nêu tỷ lệ đơn vị phải phát động, nên không khai báo chỉ tiêu units-launched-movement.',
  },
  {
    source: 'II.3',
    text: 'Hai mốc lộ trình "Từ năm 2022 đến năm 2023" (3.1) và "Từ năm 2024 đến năm 2025" (3.2) được khai báo là hai giai đoạn (giai-doan-1, giai-doan-2); Kế hoạch không gọi chúng là "giai đoạn". Phạm vi phong trào 2022–2025 lấy theo tên phong trào.',
  },
  {
    source: 'II.1; III.1',
    text: 'II.1.1 chỉ ghi chung "Các cơ quan, đơn vị, địa phương, doanh nghiệp, hợp tác xã"; các tier tập thể lấy theo III.1: "Các sở, ban ngành, đoàn thể tỉnh" (provincial-agency), "UBND các huyện, thành phố" (district), "cấp xã" (commune, dựa vào chữ "địa phương" và "80% hồ sơ công việc tại cấp xã"), doanh nghiệp, hợp tác xã (enterprise). Mục V.4 chỉ giao nhiệm vụ cho sở, ban, ngành và UBND các huyện, thành phố, không nhắc cấp xã.',
  },
  {
    source: 'III.1',
    text: 'Ý 3, 4, 5 của III.1 không ghi đối tượng áp dụng (ý 2 ghi "Các sở, ban ngành, đoàn thể tỉnh, UBND các huyện, thành phố", ý 6 "Riêng các huyện, thành phố", ý 7 "Các doanh nghiệp công nghệ thông tin"): manifest áp dụng ý 3–5 cho ba cấp cơ quan nhà nước (tỉnh, huyện, xã), không áp dụng cho doanh nghiệp vì chúng nói về hồ sơ, văn bản, cơ sở dữ liệu của cơ quan nhà nước. Ý 1 áp dụng cho mọi tập thể, kể cả doanh nghiệp, hợp tác xã.',
  },
  {
    source: 'III.1, ý 3',
    text: '"100% hồ sơ công việc tại cấp tỉnh, cấp huyện và 80% hồ sơ công việc tại cấp xã" là một câu với hai con số: tách thành tiêu chí theo cấp (cấp tỉnh ≥100%, cấp huyện ≥100%, cấp xã ≥80%, chỉ số work-dossiers-online.province/.district/.commune), cùng lời văn.',
  },
  {
    source: 'III.1, ý 3–5',
    text: 'Các tiêu chí là mục tiêu chung của tỉnh ("trên toàn tỉnh", "hình thành các cơ sở dữ liệu dùng chung cấp tỉnh") nhưng được dùng làm tiêu chuẩn cho từng tập thể; manifest áp dụng cho đơn vị dự thi đúng theo lời văn.',
  },
  {
    source: 'III.1, ý 4',
    text: '"100% chế độ báo cáo định kỳ và văn bản hành chính (trừ văn bản mật) được gửi nhận bằng văn bản điện tử" là một con số cho cả báo cáo định kỳ và văn bản hành chính: khai báo một tiêu chí gắn chỉ số e-documents-exchanged; câu này không đòi ký số và khác ý 6 (báo cáo trên hệ thống phần mềm báo cáo, chỉ số reports-on-system).',
  },
  {
    source: 'III.1, ý 5',
    text: 'Lỗi chép/OCR: "nền tảng tích hợp và chia sẻ dữ liệu dung (LGSP)" — chữ "dung" có lẽ là "dùng chung" hoặc thừa (LGSP là nền tảng tích hợp, chia sẻ dữ liệu cấp tỉnh). Lời văn tiêu chí giữ nguyên; chỉ phần "100% các cơ sở dữ liệu dùng chung được kết nối, chia sẻ" là con số (shared-databases-connected ≥100%), phần còn lại cần người thẩm định xác nhận.',
  },
  {
    source: 'III.1, ý 7',
    text: 'Tiêu chuẩn riêng cho doanh nghiệp chỉ nói về "doanh nghiệp công nghệ thông tin"; doanh nghiệp, hợp tác xã khác chỉ có tiêu chuẩn chung ở ý 1.',
  },
  {
    source: 'II.1.2; III.2',
    text: 'Đối tượng cá nhân ở II.1.2 là "Cán bộ, công chức, viên chức, người lao động", nhưng tiêu chuẩn III.2 ý 1 ghi "Cán bộ, công chức, người lao động" (thiếu "viên chức") và III.2 ý 2 thêm "Đối tượng khác (doanh nhân, trí thức, nhà khoa học...)" không có ở II.1. Manifest áp dụng ý 1 cho tier official (gồm cả viên chức theo II.1.2) và xếp "đối tượng khác" vào tier citizen, vì Kế hoạch không nói họ ở ngoài tỉnh (tier external).',
  },
  {
    source: 'IV.1',
    text: 'Khen thưởng hàng năm: kết quả Phong trào thi đua chỉ là "một trong những tiêu chí đánh giá bình xét khen thưởng toàn diện hằng năm" của các cơ quan, đơn vị, địa phương; Kế hoạch không nêu hình thức hay số lượng khen thưởng riêng. Các đợt hằng năm (nam-2022 … nam-2025) không có hình thức khen thưởng (awardFormIds rỗng) và không có quota; chúng mang hạn báo cáo 15/12 (V.5).',
  },
  {
    source: 'IV.2.1',
    text: 'Đơn vị lựa chọn "tập thể, cá nhân" căn cứ "đối tượng tiêu chuẩn quy định tại khoản 1, mục III" — khoản 1 là tiêu chuẩn tập thể; tiêu chuẩn cá nhân (khoản 2, mục III) không được dẫn. Manifest vẫn áp dụng III.2 cho cá nhân.',
  },
  {
    source: 'IV.2.1',
    text: 'Báo cáo thành tích theo "mẫu số 07 ban hành kèm theo Nghị định số 91/2017/NĐ-CP ngày 31/7/2017": Nghị định 91/2017/NĐ-CP đã được thay bằng Nghị định số 98/2023/NĐ-CP (hướng dẫn Luật Thi đua, khen thưởng 2022, hiệu lực từ 01/01/2024), nên hồ sơ tổng kết Quý IV/2025 phải dùng mẫu báo cáo thành tích của Nghị định 98/2023/NĐ-CP. Trường form ghi mẫu của Kế hoạch kèm ghi chú thay thế.',
  },
  {
    source: 'IV.2.1; II.3',
    text: 'Sơ kết và tổng kết chỉ ghi "vào Quý IV năm 2023" và "vào Quý IV năm 2025": Kế hoạch không đặt hạn gửi hồ sơ đề nghị khen thưởng (nominationDeadline) hay hạn báo cáo sơ kết, tổng kết; các đợt này không có nominationDeadline/reportDeadline.',
  },
  {
    source: 'IV.2.1; V.1; V.2',
    text: 'Hai cơ quan cùng "thẩm định": Sở Thông tin và Truyền thông "thẩm định, lựa chọn" và hoàn chỉnh hồ sơ trình Chủ tịch UBND tỉnh (IV.2.1), Sở Nội vụ (Ban Thi đua - Khen thưởng) "thẩm định hồ sơ" (V.2). Hồ sơ được "gửi Sở Nội vụ qua Trung tâm Phục vụ hành chính công tỉnh Bắc Kạn" — bước qua Trung tâm không có vai trò riêng trong schema (ghi trong bước của Sở Thông tin và Truyền thông).',
  },
  {
    source: 'IV.2.2',
    text: 'Giấy khen: người đứng đầu cơ quan, đơn vị, địa phương, doanh nghiệp, hợp tác xã tự quy định tiêu chuẩn và khen thưởng theo thẩm quyền; Kế hoạch không nêu số lượng (quota decidedByHead) và không nêu hồ sơ. Schema không có vai trò "thủ trưởng đơn vị quyết định khen thưởng": bước này khai báo với vai trò nominating-unit.',
  },
  {
    source: 'V.2',
    text: 'V.2 nhắc Bằng khen của Chủ tịch UBND tỉnh cho thành tích "xuất sắc đột xuất"; Kế hoạch không quy định tiêu chuẩn, số lượng hay thời điểm, và schema không có loại đợt khen thưởng đột xuất: không khai báo đợt nào.',
  },
  {
    source: 'V.5',
    text: 'Hạn báo cáo hằng năm ("trước ngày 15/12", gửi Sở Thông tin và Truyền thông) nằm trong mục "5. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức đoàn thể" nhưng áp dụng cho "tất cả các cơ quan, đơn vị, doanh nghiệp, địa phương": khai báo cho mọi đơn vị (workflow.reportDeadlines 15/12 hằng năm, và reportDeadline của các đợt hằng năm). "Trước ngày 15/12" được ghi là ngày 15/12 như văn bản; đọc chặt là chậm nhất 14/12.',
  },
  {
    source: 'V.1',
    text: 'Sở Thông tin và Truyền thông tổng hợp, báo cáo kết quả hằng năm "gửi về UBND tỉnh qua Sở Nội vụ (Ban Thi đua - Khen thưởng)" nhưng Kế hoạch không ghi hạn cho báo cáo tổng hợp này.',
  },
  {
    source: 'II.1; III.1; V.1',
    text: 'Sắp xếp bộ máy năm 2025: Sở Thông tin và Truyền thông hợp nhất vào Sở Khoa học và Công nghệ (từ 01/3/2025); từ 01/7/2025 không còn cấp huyện và tỉnh Bắc Kạn hợp nhất với tỉnh Thái Nguyên thành tỉnh Thái Nguyên (Nghị quyết số 202/2025/QH15). Tổng kết Quý IV/2025 diễn ra sau các thay đổi này: tiêu chí cấp huyện (III.1) không còn đơn vị áp dụng, cơ quan tổng hợp không còn tên như trong Kế hoạch; đơn vị cũ cần giữ tên lịch sử. Kế hoạch không nói đến việc này; manifest khai báo mergedInto theo Nghị quyết 202/2025/QH15 (nguồn ngoài Kế hoạch) để so sánh toàn quốc theo địa giới hiện nay.',
  },
];
