import type { ProvinceManifestInput } from '@thidua/domain';

/** Discrepancies, ambiguities and outdated references found in the plan, each with its section. */
export const notes: ProvinceManifestInput['notes'] = [
  {
    source: 'Phần mở đầu',
    text: 'Số hiệu và ngày ban hành để trống ("Số: /KH-UBND", "ngày tháng 8 năm 2022") dù văn bản có chữ ký (KT. Chủ tịch, Phó Chủ tịch Hoàng Việt Phương): plan.number và plan.date để null, dateText "tháng 8/2022". Bản văn có thể là bản chưa vào số.',
  },
  {
    source: 'Tên Kế hoạch; phần căn cứ',
    text: 'Tên phong trào không thống nhất: tiêu đề ghi "Chuyển đổi số tỉnh Tuyên Quang đến năm 2025, định hướng đến năm 2030", câu ban hành ghi "Chuyển đổi số trên địa bàn tỉnh Tuyên Quang đến năm 2025, định hướng đến năm 2030". Manifest dùng tên ở tiêu đề.',
  },
  {
    source: 'V.1; V.2',
    text: 'Hai giai đoạn chồng lấn năm 2025: Giai đoạn 1 "Từ năm 2021 đến năm 2025", Giai đoạn 2 "Từ năm 2025 đến năm 2030". Giữ nguyên như văn bản (giai-doan-2 từ 01/01/2025); V.2 cho thấy giai đoạn 2 chỉ bắt đầu "trên cơ sở tổng kết, đánh giá kết quả thực hiện giai đoạn 1", nên các đợt năm 2025 (nam-2025, tong-ket-2025) gắn với giai-doan-1.',
  },
  {
    source: 'V.1; IV.2',
    text: 'Giai đoạn 1 tính từ năm 2021 nhưng Kế hoạch ban hành tháng 8/2022 và việc phát động hoàn thành trong quý III/2022; khen thưởng hằng năm (IV.2 "Hằng năm") được khai báo từ năm 2022 đến 2030, không có đợt năm 2021. Khen thưởng tổng kết vẫn mang tên "giai đoạn 2021 - 2025" (IV.3).',
  },
  {
    source: 'V.1',
    text: 'Sơ kết năm 2023 có điều kiện ("Căn cứ tình hình thực tế, tổ chức sơ kết … vào năm 2023") và mục IV không quy định hình thức, số lượng khen thưởng khi sơ kết: đợt so-ket-2023 không có hình thức khen thưởng.',
  },
  {
    source: 'V.2; IV.3',
    text: 'Giai đoạn 2 (2025–2030) chỉ có "tổng kết vào năm 2030": Kế hoạch không quy định tiêu chí (II.2 là "đến năm 2025"), hình thức, số lượng hay hồ sơ khen thưởng cho giai đoạn này; đợt tong-ket-2030 không có hình thức khen thưởng.',
  },
  {
    source: 'IV.3.1; IV.3.2',
    text: 'Kế hoạch không quy định số lượng (chỉ tiêu) khen thưởng cho Huân chương Lao động, Bằng khen Thủ tướng Chính phủ và Bằng khen Chủ tịch UBND tỉnh khi tổng kết 2021–2025: không khai báo quota (hiển thị "không quy định"). Giấy khen do các cơ quan, tổ chức, đơn vị quy định cụ thể (decidedByHead).',
  },
  {
    source: 'IV.1; IV.3.1.a',
    text: '"Huân chương Lao động" không ghi hạng (Ba, Nhì, Nhất) nên dùng id "huan-chuong-lao-dong"; Kế hoạch cũng không ghi người tặng: conferredBy "Chủ tịch nước" theo Luật Thi đua, khen thưởng, không phải lời văn của Kế hoạch.',
  },
  {
    source: 'IV.3.1.a',
    text: 'Tiêu chuẩn Huân chương Lao động và Bằng khen Thủ tướng Chính phủ "theo hướng dẫn của Ban Thi đua - Khen thưởng Trung ương", không nêu trong Kế hoạch. Tiêu chí khai báo (II.2) là tiêu chuẩn Bằng khen Chủ tịch UBND tỉnh (IV.3.1.b); schema không gắn được tiêu chí với từng hình thức khen thưởng.',
  },
  {
    source: 'IV.3.1.b',
    text: 'Tiêu chuẩn cá nhân chỉ nêu "cán bộ, công chức, viên chức hoặc doanh nhân, trí thức, nhà khoa học" nhưng dẫn "tiết a, b, c tiểu mục 2.2" — tiết c là người dân. Tiêu chí người dân (II.2.2.c) vẫn được khai báo.',
  },
  {
    source: 'II.2.2.b',
    text: 'Đối tượng "doanh nhân, trí thức, nhà khoa học ở trong và ngoài nước, người Việt Nam định cư ở nước ngoài" được xếp vào tier "external"; doanh nhân, trí thức trong tỉnh không có tier riêng (tier "citizen" mang tiêu chí người dân của tiết c).',
  },
  {
    source: 'II.2.1.d',
    text: 'Tiêu chí doanh nghiệp, hợp tác xã có câu thứ hai chỉ áp dụng cho "các doanh nghiệp công nghệ thông tin"; khai báo thành một tiêu chí định tính để người thẩm định đánh giá theo loại doanh nghiệp.',
  },
  {
    source: 'II.2.1.b',
    text: '"80% hồ sơ công việc cấp huyện được xử lý và ứng dụng chữ ký số trên môi trường mạng" chặt hơn chỉ số quốc gia work-dossiers-online.district (không đòi ký số); phần ký số cần người thẩm định xác nhận.',
  },
  {
    source: 'II.2.1.a',
    text: '"tối thiểu 80% hồ sơ thủ tục hành chính được xử lý hoàn toàn trực tuyến" gắn với chỉ số procedure-dossiers-online.province ("tiếp nhận, xử lý trực tuyến"); chữ "hoàn toàn" chặt hơn chỉ số.',
  },
  {
    source: 'II.2.1.a; II.2.1.b',
    text: 'Một số tiêu chí tập thể là mục tiêu toàn tỉnh/toàn huyện ("trên toàn tỉnh", "100% cơ quan Nhà nước cấp tỉnh", "100% huyện, thành phố", "100% người dân", "100% hộ gia đình") nhưng được dùng làm tiêu chuẩn cho từng đơn vị; manifest áp dụng cho đơn vị dự thi đúng theo lời văn.',
  },
  {
    source: 'II.2',
    text: 'Tiểu mục 2 là "Các tiêu chí và chỉ tiêu thi đua đến năm 2025": mỗi con số ở II.2.1 a–c được khai báo vừa là tiêu chí (criteria) vừa là chỉ tiêu năm 2025 (targets) ở cấp tương ứng (tỉnh/huyện/xã).',
  },
  {
    source: 'Phần căn cứ; II.1.1; III.1',
    text: 'Kế hoạch viện dẫn Bộ chỉ số DTI (Quyết định số 742/QĐ-UBND ngày 24/6/2022) và mục tiêu "nâng cao thứ hạng của tỉnh trên bảng xếp hạng chỉ số chuyển đổi số (DTI)" nhưng không đặt tiêu chí hay chỉ tiêu điểm/thứ hạng DTI nào cho đơn vị: không khai báo tiêu chí dti-score/dti-rank.',
  },
  {
    source: 'IV.3.2',
    text: '"Sở Thông tin chủ trì" — tên cơ quan bị cắt, ở VI.5 là "Sở Thông tin và Truyền thông". Sở Thông tin và Truyền thông đã được hợp nhất vào Sở Khoa học và Công nghệ trong đợt sắp xếp bộ máy năm 2025.',
  },
  {
    source: 'IV.3.2; VI.4; VI.6',
    text: 'Vai trò đảo ngược giữa khen thưởng và báo cáo: hồ sơ khen thưởng do Sở Thông tin (và Truyền thông) tổng hợp, xin ý kiến Ban Chỉ đạo Chuyển đổi số tỉnh và trình Chủ tịch UBND tỉnh, Ban Thi đua - Khen thưởng (Sở Nội vụ) thẩm định; nhưng báo cáo sơ kết, tổng kết của đơn vị gửi về Sở Nội vụ. Bước xin ý kiến Ban Chỉ đạo Chuyển đổi số tỉnh không có vai trò riêng trong schema (ghi trong bước của Sở Thông tin).',
  },
  {
    source: 'VI.4; VI.6',
    text: 'Kế hoạch không ấn định ngày báo cáo hằng năm hay hạn nộp hồ sơ đề nghị khen thưởng: đơn vị báo cáo "khi sơ kết, tổng kết" về Sở Nội vụ, Sở Nội vụ "định kỳ tổng hợp, báo cáo". workflow.reportDeadlines để trống, các đợt không có nominationDeadline/reportDeadline.',
  },
  {
    source: 'IV.3.2',
    text: '"Pháp luật về Thi đua, khen thưởng hiện hành" năm 2022 là Luật Thi đua, khen thưởng 2003 (sửa đổi) và Nghị định số 91/2017/NĐ-CP; đến đợt tổng kết 2025 là Luật Thi đua, khen thưởng 2022 (hiệu lực 01/01/2024) và Nghị định số 98/2023/NĐ-CP (thay Nghị định 91/2017/NĐ-CP và các mẫu báo cáo thành tích). Kế hoạch không liệt kê thành phần hồ sơ, số bộ hay mẫu.',
  },
  {
    source: 'V.2; II.2.1.b',
    text: 'Sắp xếp đơn vị hành chính 2025: từ 01/7/2025 không còn cấp huyện và tỉnh Tuyên Quang hợp nhất với tỉnh Hà Giang thành tỉnh Tuyên Quang mới (Nghị quyết số 202/2025/QH15); các xã cũng được sắp xếp lại. Tiêu chí cấp huyện (II.2.1.b) không còn đơn vị để áp dụng ở tổng kết 2025 (nếu tổ chức sau 01/7/2025) và giai đoạn 2 (đến 2030); đơn vị cũ cần giữ tên lịch sử. Manifest khai báo absorbed (Hà Giang) theo Nghị quyết 202/2025/QH15: nguồn là luật, ngoài Kế hoạch.',
  },
];
