import type { ProvinceManifestInput } from '@thidua/domain';

/** Discrepancies, typos, gaps and outdated references found in the plan, each with its section. */
export const notes: ProvinceManifestInput['notes'] = [
  {
    source: 'Phần mở đầu; phần ký',
    text: 'Bản văn không có dòng "Số: …/KH-UBND" và dòng địa danh, ngày tháng dù có chữ ký (KT. Chủ tịch, Phó Chủ tịch Nguyễn Tuấn Hà): plan.number và plan.date để null, không có dateText vì Kế hoạch không ghi chữ nào về ngày. Chỉ suy ra được là ban hành sau ngày 11/11/2022 (viện dẫn Quyết định số 2534/QĐ-UBND) và trước hạn 15/4/2023 ở VII.1; không khai báo ngày suy đoán.',
  },
  {
    source: 'Tên Kế hoạch; I.2; V',
    text: 'Tên phong trào viết "Chuyển đổi số giai đoạn 2023 - 2025" (tiêu đề, II.1) và "Chuyển đổi số giai đoạn 2023-2025" (câu ban hành, I.2, VII.7): chỉ khác khoảng trắng, manifest dùng tên ở tiêu đề. Thời gian "từ nay đến hết ngày 31/12/2025" (I.2) không có ngày bắt đầu vì Kế hoạch không ghi ngày; span lấy từ 01/01/2023 theo V ("từ năm 2023 đến năm 2025"). Kế hoạch không chia giai đoạn: stages để trống.',
  },
  {
    source: 'III; V',
    text: 'Đánh số mục bị nhảy: sau mục III (Tiêu chuẩn thi đua và hình thức khen thưởng) là mục V (Tiến độ thực hiện), không có mục IV. Manifest trích dẫn đúng số mục trong văn bản (V, VI, VII). Phần "Lưu ý" nằm sau khoản 4 mục III, được trích là "III.4 (Lưu ý)".',
  },
  {
    source: 'III.4; V.2',
    text: 'Thời điểm sơ kết không thống nhất: III.4 ghi "Sơ kết phong trào thi đua vào giữa năm 2024", V.2 ghi "thời gian trong Quý III năm 2024". Đợt so-ket-2024 lấy theo lịch tiến độ ở V.2 (01/7/2024 – 30/9/2024); periodText giữ cả hai cách ghi.',
  },
  {
    source: 'III.4; V.3',
    text: 'Tổng kết: III.4 ghi "vào năm 2025", V.3 ghi "thời gian vào Quý IV năm 2025" (không mâu thuẫn); đợt tong-ket-2025 lấy Quý IV (01/10/2025 – 31/12/2025).',
  },
  {
    source: 'III.4; VII',
    text: 'Kế hoạch không ấn định hạn gửi hồ sơ đề nghị khen thưởng khi sơ kết, tổng kết: các đợt so-ket-2024 và tong-ket-2025 không có nominationDeadline (hệ thống lấy ngày cuối của đợt).',
  },
  {
    source: 'VII.1; VII.3; VII.7',
    text: 'Các hạn ghi "trước ngày 15/4/2023", "trước ngày 31/12", "trước ngày 20/12" được khai báo đúng ngày ghi trong văn bản (15/4/2023, 31/12, 20/12); hiểu chặt theo chữ "trước ngày" thì hạn cuối là ngày liền trước. Hạn gửi Kế hoạch phát động (VII.1) được khai báo là reportDeadline của đợt phat-dong-2023.',
  },
  {
    source: 'VII.3; VII.7',
    text: 'Có hai hạn báo cáo hằng năm: đơn vị gửi báo cáo kết quả về Sở Thông tin và Truyền thông trước ngày 20/12 (VII.7); Sở Thông tin và Truyền thông tổng hợp, báo cáo UBND tỉnh (qua Ban Thi đua khen thưởng – Sở Nội vụ) trước ngày 31/12 (VII.3). Schema không ghi ai phải nộp báo cáo: người nộp được nêu trong text.',
  },
  {
    source: 'VII.3',
    text: 'VII.3 dẫn "số lượng khen thưởng tại Khoản 4 Mục II của Kế hoạch", nhưng số lượng khen thưởng ở khoản 4 mục III (mục II là Phạm vi, đối tượng và nội dung). Quota lấy theo III.4.',
  },
  {
    source: 'III.4 (Lưu ý)',
    text: '"Mỗi cơ quan, đơn vị, địa phương lựa chọn 01 tập thể và 01 cá nhân … gửi về Sở Thông tin và Truyền thông tổng hợp" được khai báo là giới hạn cho mỗi đơn vị đề nghị (perNominatingUnit 01 tập thể, 01 cá nhân) của Bằng khen Chủ tịch UBND tỉnh ở cả sơ kết và tổng kết, cộng với trần toàn tỉnh (08 + 08 khi sơ kết, 10 + 10 khi tổng kết). Câu này không nói rõ doanh nghiệp có được đề nghị trực tiếp hay không.',
  },
  {
    source: 'III.4',
    text: 'III.4 viết "Không vượt quá 08 tập thể và 08 cá nhân" (sơ kết) và "Không quá 10 tập thể và 10 cá nhân" (tổng kết): hai giới hạn riêng cho tập thể và cá nhân, không có trần gộp. Giấy khen của Thủ trưởng cơ quan, đơn vị, doanh nghiệp và Giấy khen của Chủ tịch UBND cấp huyện không có số lượng, do người tặng quyết định (decidedByHead).',
  },
  {
    source: 'III.4 (Lưu ý)',
    text: 'Quy định ưu tiên "Quan tâm khen thưởng cho các tập thể, cá nhân là người lao động trực tiếp, người không giữ chức vụ lãnh đạo, quản lý" không biểu diễn được trong schema (không phải tiêu chí hay giới hạn số lượng): chỉ ghi ở đây và trong bước của đơn vị đề nghị.',
  },
  {
    source: 'III.3',
    text: 'Kế hoạch không giới hạn hình thức khen thưởng theo đối tượng (awardForms.tiers để trống). Giấy khen của Thủ trưởng dành cho tập thể, cá nhân "thực hiện tốt" phong trào, còn Bằng khen Chủ tịch UBND tỉnh và Giấy khen của Chủ tịch UBND cấp huyện cho thành tích "xuất sắc"; Kế hoạch không có tiêu chuẩn riêng cho từng hình thức, tiêu chuẩn III.1–III.2 áp dụng chung.',
  },
  {
    source: 'III.1',
    text: 'Câu dẫn của III.1 (phát động thiết thực hiệu quả; có đăng ký thi đua; có sáng kiến, giải pháp đạt kết quả tốt) áp dụng cho mọi tập thể: được khai báo là một tiêu chí định tính cho từng đối tượng (sở, ban, ngành, đoàn thể; cấp huyện; cấp xã; doanh nghiệp) với cùng lời văn.',
  },
  {
    source: 'III.1.a; III.1.b; III.1.c',
    text: '"Đạt tỷ lệ trên 70% điểm theo Quyết định số 2534/QĐ-UBND" được khai báo là tiêu chí ngưỡng trên chỉ số dti-score (tỷ lệ % trên tổng điểm) với toán tử ">" (trên 70%, không gồm 70%). Kế hoạch không nói dùng kết quả đánh giá DTI của năm nào cho mỗi đợt sơ kết, tổng kết.',
  },
  {
    source: 'III.1.d',
    text: 'Tiêu chuẩn doanh nghiệp có câu thứ hai chỉ dành cho "các doanh nghiệp công nghệ thông tin" (làm chủ công nghệ số, "Made in Việt Nam"); khai báo thành một tiêu chí định tính để người thẩm định đánh giá theo loại doanh nghiệp.',
  },
  {
    source: 'III.2',
    text: 'Ba gạch đầu dòng tiêu chuẩn cá nhân (tích cực tham gia; có sáng kiến được công nhận và nhân rộng toàn tỉnh; trực tiếp xây dựng hoặc tham mưu cơ chế, chính sách) được khai báo là ba tiêu chí cùng phải đạt; Kế hoạch không nói rõ phải đạt tất cả hay chỉ một trong hai tiêu chí sau.',
  },
  {
    source: 'II.2; III.1',
    text: 'Đối tượng tập thể gồm cả "tổ chức hợp pháp trên địa bàn tỉnh" nhưng III.1 chỉ có tiêu chuẩn cho sở, ban, ngành, đoàn thể, cấp huyện, cấp xã và doanh nghiệp; đoàn thể được xếp vào tier provincial-agency. Cá nhân chỉ là cán bộ, công chức, viên chức, người lao động (tier official): người dân được vận động hưởng ứng (VII.2) nhưng không là đối tượng thi đua, không có tier citizen.',
  },
  {
    source: 'II.3.k; I.1',
    text: 'Hai chỉ tiêu ở II.3.k ("Chuyển đổi số 100% cơ sở giáo dục, đào tạo trực thuộc tỉnh"; "100% bệnh viện tuyến huyện, tuyến tỉnh thực hiện chuyển đổi số") không ghi năm: được khai báo là chỉ tiêu năm 2025, năm kết thúc phong trào (I.1 "phấn đấu đến năm 2025"), trên hai chỉ số mới của danh mục quốc gia (education-institutions-transformed, hospitals-transformed).',
  },
  {
    source: 'V.1; V.2; V.3; VI; VII.1',
    text: 'Lỗi đánh máy/OCR "chuyên đổi số", "Chuyên đổi số" (đúng là "Chuyển đổi số") lặp lại ở mục V, VI, VII.1; lời văn chỉ tiêu V.1 trong manifest đã sửa thành "chuyển đổi số".',
  },
  {
    source: 'II.3.k; VII.2',
    text: 'Lỗi nhỏ khác trong văn bản: "Quyết định 2026/QĐTTg" thiếu dấu gạch (2026/QĐ-TTg); "Bảo tàng Đăk Lăk" viết khác "Đắk Lắk"; dấu ngoặc kép thừa sau tên Kế hoạch số 10741/KH-UBND; "thực hiện thực hiện chuyển đổi số" lặp từ (VII.2). Không ảnh hưởng đến dữ liệu khai báo.',
  },
  {
    source: 'III.5',
    text: '"Mẫu số 07 Nghị định số 91/2027/NĐ-CP ngày 31/7/2017" là lỗi đánh máy của Nghị định số 91/2017/NĐ-CP (ngày 31/7/2017 và phần căn cứ xác nhận). Nghị định 91/2017/NĐ-CP (và các Thông tư 12/2019/TT-BNV, 05/2020/TT-BNV hướng dẫn nó) đã được thay bằng Luật Thi đua, khen thưởng 2022 (hiệu lực 01/01/2024) và Nghị định số 98/2023/NĐ-CP: hồ sơ sơ kết 2024 và tổng kết 2025 dùng mẫu báo cáo thành tích theo Nghị định 98/2023/NĐ-CP.',
  },
  {
    source: 'III.5',
    text: 'Thành phần hồ sơ III.5 (Tờ trình, Biên bản họp Hội đồng Thi đua – Khen thưởng, Báo cáo thành tích; "01 bộ") không gắn với hình thức khen thưởng nào: khai báo áp dụng cho mọi hình thức, mỗi tài liệu 01 bản.',
  },
  {
    source: 'VI',
    text: 'Kinh phí khen thưởng "được chi từ nguồn kinh phí khen thưởng của tỉnh": schema không có trường kinh phí.',
  },
  {
    source: 'VII.3; VII.4; III.1.b; III.3',
    text: 'Sắp xếp bộ máy năm 2025: Sở Thông tin và Truyền thông hợp nhất vào Sở Khoa học và Công nghệ; từ 01/7/2025 không còn cấp huyện và tỉnh Đắk Lắk hợp nhất với tỉnh Phú Yên thành tỉnh Đắk Lắk mới (Nghị quyết số 202/2025/QH15). Tổng kết Quý IV/2025 diễn ra sau đó: tiêu chí cấp huyện (III.1.b) và Giấy khen của Chủ tịch UBND cấp huyện không còn đơn vị áp dụng; đơn vị cũ cần giữ tên lịch sử. Manifest khai báo absorbed (Phú Yên, theo Nghị quyết 202/2025/QH15) và validTo 30/6/2025 cho Giấy khen của Chủ tịch UBND cấp huyện (Luật Tổ chức chính quyền địa phương số 72/2025/QH15): nguồn là luật, ngoài Kế hoạch.',
  },
];
