import type { ProvinceManifestInput } from '@thidua/domain';

/** Discrepancies, OCR typos, gaps and outdated references found in the plan, each with its section. */
export const notes: ProvinceManifestInput['notes'] = [
  {
    source: 'Phần mở đầu; phần ký',
    text: 'Văn bản không ghi số hiệu ("Số: …/KH-UBND") và không có dòng địa danh, ngày tháng ("Ninh Thuận, ngày … tháng … năm …"); chỉ có chữ ký "CHỦ TỊCH … Trần Quốc Nam" (không có dòng "TM. ỦY BAN NHÂN DÂN"). plan.number và plan.date để null; dateText ghi "không ghi ngày (Kế hoạch năm 2023)". Kế hoạch viện dẫn Quyết định số 56/QĐ-UBND ngày 14/02/2023 nên được ban hành không sớm hơn ngày đó.',
  },
  {
    source: 'Phần mở đầu',
    text: 'Lỗi đánh máy: "Ủy ban nhân dân tỉnh tỉnh Ninh Thuận ban hành Kế hoạch" (lặp chữ "tỉnh"); authority ghi "Ủy ban nhân dân tỉnh Ninh Thuận".',
  },
  {
    source: 'I.2',
    text: 'Lỗi OCR/đánh máy: "có đơn đốc, kiểm tra, đánh giá định kỳ 6 tháng" — đúng là "đôn đốc".',
  },
  {
    source: 'III',
    text: 'Lỗi đánh máy: "đối cấp tỉnh, cấp huyện đạt tối thiểu 75%" thiếu chữ "với" ("đối với cấp tỉnh, cấp huyện"), câu sau viết đúng "riêng đối với cấp xã". Nghĩa giữ nguyên: cấp tỉnh, cấp huyện ≥ 75%, cấp xã ≥ 50%.',
  },
  {
    source: 'Nơi nhận',
    text: 'Lỗi OCR/đánh máy: "Công TTĐT tỉnh" — đúng là "Cổng TTĐT tỉnh" (Cổng thông tin điện tử).',
  },
  {
    source: 'Phần căn cứ; II.1',
    text: 'Phong trào chỉ trong năm 2023 (không chia giai đoạn, movement.stages rỗng) và là đợt năm 2023 của phong trào "Chuyển đổi số giai đoạn 2021-2025" phát động theo Kế hoạch số 3420/KH-UBND ngày 05/8/2022; schema không biểu diễn được quan hệ phong trào cha – con, chỉ ghi ở legalBases.',
  },
  {
    source: 'I.2',
    text: 'Yêu cầu người đứng đầu "đôn đốc, kiểm tra, đánh giá định kỳ 6 tháng, sơ kết, tổng kết" nhưng Kế hoạch không ấn định thời điểm, hồ sơ hay khen thưởng cho sơ kết 6 tháng: không khai báo đợt interim-review.',
  },
  {
    source: 'V.4; IV.4',
    text: 'Không có hạn ban hành văn bản triển khai của đơn vị (V.4 chỉ ghi "căn cứ Kế hoạch này và điều kiện cụ thể"): đợt phat-dong-2023 lấy cả năm 2023, không có nominationDeadline. Trên thực tế tập thể phải có văn bản này trong hồ sơ khen thưởng (IV.4) trước ngày 15/12/2023.',
  },
  {
    source: 'IV; V.1',
    text: 'Kế hoạch không gọi đợt khen thưởng là "tổng kết"; vì phong trào chỉ kéo dài năm 2023 và khen thưởng khép lại phong trào nên đợt tong-ket-2023 có kind "final-review" (không phải "annual").',
  },
  {
    source: 'IV.4',
    text: 'Câu "… gửi về Sở Thông tin và Truyền thông (cơ quan thường trực Ban Điều hành Chuyển đổi số tỉnh) tổng hợp chung trình Chủ tịch Ủy ban nhân dân tỉnh (thông qua Sở Nội vụ) trước ngày 15/12/2023" không rõ hạn 15/12/2023 áp dụng cho đơn vị gửi Sở Thông tin và Truyền thông hay cho Sở trình Chủ tịch UBND tỉnh; không có hạn riêng cho đơn vị. Manifest dùng 15/12/2023 làm nominationDeadline của đợt tong-ket-2023, đúng như chữ của văn bản.',
  },
  {
    source: 'IV.4; V.1',
    text: '"trước ngày 15/12/2023" theo nghĩa đen là chậm nhất ngày 14/12/2023; manifest giữ ngày như văn bản (2023-12-15) và hệ thống coi đó là ngày cuối cùng được nộp. Quản trị viên có thể điều chỉnh hạn (có ghi nhật ký) nếu áp dụng nghĩa đen.',
  },
  {
    source: 'V.1; V.4',
    text: 'Hạn báo cáo duy nhất (trước ngày 15/12/2023) là của Sở Thông tin và Truyền thông tổng hợp, tham mưu UBND tỉnh báo cáo; các đơn vị "báo cáo kết quả thực hiện Phong trào thi đua theo quy định" (V.4) không có ngày. workflow.reportDeadlines ghi hạn của V.1 và hệ thống dùng nó làm hạn báo cáo năm 2023 của đơn vị; reportDeadline của đợt tong-ket-2023 là hạn "Báo cáo kết quả thực hiện phong trào thi đua Chuyển đổi số năm 2023" nộp kèm hồ sơ tập thể (IV.4).',
  },
  {
    source: 'IV.3',
    text: '"Không quá 05 tập thể, 07 cá nhân" — hai giới hạn riêng (maxCollectives 5, maxIndividuals 7), không có giới hạn gộp hay giới hạn cho mỗi đơn vị đề nghị.',
  },
  {
    source: 'IV.4',
    text: 'Thành phần hồ sơ chung theo Hướng dẫn số 2730/HD-SNV ngày 06/9/2022 của Sở Nội vụ, Kế hoạch không liệt kê (tờ trình, biên bản, báo cáo thành tích, mẫu) nên không khai báo; chỉ khai báo phần Kế hoạch nêu: tập thể thêm Kế hoạch phát động hoặc văn bản triển khai và Báo cáo kết quả thực hiện phong trào năm 2023; "Số lượng hồ sơ khen thưởng: 01 bộ" (copies 1).',
  },
  {
    source: 'IV.4',
    text: 'Kế hoạch không dẫn mẫu số 07 Nghị định số 91/2017/NĐ-CP; Hướng dẫn 2730/HD-SNV (2022) được ban hành khi Nghị định 91/2017/NĐ-CP còn hiệu lực (áp dụng cho hồ sơ năm 2023). Từ 01/01/2024, Luật Thi đua, khen thưởng 2022 và Nghị định số 98/2023/NĐ-CP thay thế Nghị định 91/2017/NĐ-CP và các mẫu báo cáo thành tích.',
  },
  {
    source: 'III',
    text: 'Tiêu chí thi đua không chia theo đối tượng (trừ tỷ lệ hồ sơ TTHC theo cấp tỉnh/huyện/xã): mỗi tiêu chí được khai báo cho cả ba đối tượng nhà nước (sở, ban, ngành; huyện; xã). Một số là tỷ lệ toàn tỉnh ("Tỷ lệ dịch vụ công trực tuyến phát sinh hồ sơ đạt 75%", "95% báo cáo định kỳ…", "Tỷ lệ cơ quan nhà nước cung cấp dữ liệu mở … đạt 50%") nhưng được dùng làm tiêu chí cho từng đơn vị đúng theo lời văn; chúng cũng được khai báo là chỉ tiêu năm 2023.',
  },
  {
    source: 'III',
    text: 'Gạch đầu dòng có cả vế định tính và vế số được tách thành hai tiêu chí, mỗi tiêu chí giữ nguyên chữ của vế tương ứng: "Đẩy mạnh ứng dụng hệ thống điện tử …" (định tính) và "Đảm bảo 100% văn bản điện tử … được ký số" (e-documents-signed); "Kết nối, liên thông các cơ sở dữ liệu quốc gia …" (định tính) và "Tỷ lệ cơ quan nhà nước cung cấp dữ liệu mở …" (open-data-agencies). Vế "kết nối, chia sẻ dữ liệu giữa hệ thống báo cáo tỉnh Ninh Thuận với Hệ thống thông tin báo cáo Chính phủ" là việc của hệ thống cấp tỉnh, để chung trong chữ của tiêu chí 95% báo cáo (reports-on-system).',
  },
  {
    source: 'III',
    text: 'Ánh xạ chặt hơn chỉ số quốc gia: "dữ liệu mở đầy đủ theo danh mục" (open-data-agencies không đòi "đầy đủ theo danh mục"); "công khai thông tin đầy đủ theo quy định tại Nghị định số 42/2022/NĐ-CP" (portals-disclosing); "ký số thay thế văn bản giấy" (e-documents-signed). Các con số "100%", "95%", "đạt 75%", "đạt 50%" và "tối thiểu …%" đều đọc là "≥".',
  },
  {
    source: 'III',
    text: 'Tiêu chí "Triển khai thực hiện tốt nhiệm vụ được giao theo Kế hoạch chuyển đổi số tỉnh Ninh Thuận năm 2023 (Quyết định số 56/QĐ-UBND ngày 14/02/2023)" là định tính: danh sách nhiệm vụ nằm ở Quyết định 56, không ở Kế hoạch này.',
  },
  {
    source: 'I.1',
    text: 'Chủ đề "mỗi cơ quan, đơn vị, địa phương phấn đấu hoàn thành ít nhất một sản phẩm chuyển đổi số năm 2023" không được mục III nêu thành tiêu chí và không có chỉ số trong danh mục quốc gia: chỉ ghi ở movement.theme.',
  },
  {
    source: 'II.2; IV.2',
    text: 'Đối tượng: "Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội các cấp" xếp vào tier provincial-agency kể cả tổ chức cấp huyện, cấp xã; "các tổ chức hợp pháp khác" xếp chung tier enterprise; cá nhân (kể cả người lao động của doanh nghiệp, tổ chức) là tier official. Không có tier người dân hay ngoài tỉnh. Doanh nghiệp và cá nhân không có tiêu chí riêng: chỉ có tiêu chuẩn chung ở IV.2 (định tính).',
  },
  {
    source: 'IV.4; V.2',
    text: 'Kế hoạch không dùng chữ "thẩm định": hồ sơ trình Chủ tịch UBND tỉnh "thông qua Sở Nội vụ" và Sở Nội vụ "phối hợp với Sở Thông tin và Truyền thông đề xuất khen thưởng"; bước home-affairs mang vai trò này. Ban Điều hành Chuyển đổi số tỉnh chỉ được nêu qua cơ quan thường trực là Sở Thông tin và Truyền thông, không có bước riêng.',
  },
  {
    source: 'V.3; V.5',
    text: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các đoàn thể tỉnh, Đài Phát thanh và Truyền hình tỉnh, Báo Ninh Thuận chỉ có nhiệm vụ tuyên truyền, vận động; không có vai trò trong quy trình khen thưởng nên không khai báo bước.',
  },
  {
    source: 'II.2; V.1',
    text: 'Sắp xếp bộ máy năm 2025: Sở Thông tin và Truyền thông hợp nhất vào Sở Khoa học và Công nghệ; từ 01/7/2025 không còn cấp huyện và tỉnh Ninh Thuận hợp nhất với tỉnh Khánh Hòa thành tỉnh Khánh Hòa (Nghị quyết số 202/2025/QH15). Phong trào đã kết thúc năm 2023: dữ liệu giữ tên đơn vị lịch sử. Kế hoạch không nói đến việc này; manifest khai báo mergedInto theo Nghị quyết 202/2025/QH15 (nguồn ngoài Kế hoạch) để so sánh toàn quốc theo địa giới hiện nay.',
  },
];
