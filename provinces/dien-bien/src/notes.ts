import type { ProvinceManifestInput } from '@thidua/domain';

/** Discrepancies, OCR typos, gaps and outdated references found in the plan, each with its section. */
export const notes: ProvinceManifestInput['notes'] = [
  {
    source: 'Phần mở đầu',
    text: 'Số hiệu và ngày được điền tay trên bản in ("Số: *2158*/KH-UBND", "ngày *26* tháng 5 năm 2023"): plan.number "2158/KH-UBND", plan.date 26/05/2023.',
  },
  {
    source: 'Phần căn cứ; phần ký',
    text: 'Câu ban hành ghi "Chủ tịch ban nhân dân tỉnh ban hành Kế hoạch" — thiếu chữ "Ủy" (Chủ tịch Ủy ban nhân dân tỉnh). Kế hoạch mang ký hiệu KH-UBND, phần ký chỉ ghi "CHỦ TỊCH Lê Thành Đô" (không có dòng "TM. ỦY BAN NHÂN DÂN" trong bản chép): issuer giữ là Ủy ban nhân dân tỉnh Điện Biên.',
  },
  {
    source: 'Tên Kế hoạch; V.2',
    text: 'Tên phong trào viết "Chuyển đổi số giai đoạn 2023 -2030" (thiếu dấu cách) ở tiêu đề và V.2, "2023 - 2030" ở các chỗ khác; manifest dùng "Chuyển đổi số giai đoạn 2023 - 2030".',
  },
  {
    source: 'I.1; I.2; II.3; IV.2.b; V.2',
    text: 'Chữ viết tắt "cán bộ, công chức, viên chức" không thống nhất: "CBCVC" (I.1), "CBCCVV" (I.2, II.3), "CBCCVN" (IV.2.b, V.2), đúng là "CBCCVC" (III.1.2). Văn bản tier "official" và tiêu chí cá nhân giữ nguyên chữ của Kế hoạch.',
  },
  {
    source: 'IV.2.a',
    text: 'Lỗi chính tả "Phong trào thi đua Chuyên đổi số" (đúng: "Chuyển đổi số") trong câu dẫn tiêu chuẩn tập thể; văn bản tiêu chí giữ nguyên.',
  },
  {
    source: 'III.2.2.2',
    text: 'Viện dẫn "Nghị quyết 13-NQ/ĐU ngày 01/10/2021 của Tỉnh ủy" — phần căn cứ và I.1 ghi "13-NQ/TU"; ký hiệu đúng là 13-NQ/TU (văn bản của Tỉnh ủy).',
  },
  {
    source: 'V.1',
    text: 'Thiếu chữ: "việc thực hiện Phong trào thi theo lĩnh vực, địa bàn cụ thể" (đúng: "Phong trào thi đua").',
  },
  {
    source: 'V.2',
    text: 'Hạn "hoàn thành ban hành Kế hoạch chậm nhất quý III//2023" (thừa một dấu "/"), đọc là quý III/2023: đợt phat-dong-2023 từ ngày ban hành Kế hoạch (26/05/2023) đến 30/09/2023, reportDeadline 30/09/2023 là hạn các đơn vị ban hành và gửi Kế hoạch về UBND tỉnh, Sở Thông tin và Truyền thông, Sở Nội vụ. Hạn này không đưa vào workflow.reportDeadlines vì ở đó là hạn báo cáo hằng năm của đơn vị.',
  },
  {
    source: 'II.4; III.2.2.2; IV.3.2',
    text: 'Kết thúc giai đoạn I được gọi là "sơ kết" (II.4 "sơ kết, đánh giá rút kinh nghiệm vào quý IV năm 2025"; IV.3.2 "Khen thưởng sơ kết giai đoạn I") nhưng III.2.2.2 viết "Trên cơ sở tổng kết, đánh giá … giai đoạn I (2023 - 2025)". Manifest khai báo đợt so-ket-2025 loại interim-review, quý IV/2025; việc sơ kết có điều kiện ("căn cứ tình hình thực tiễn"). Tổng kết cả phong trào là quý IV/2030 (tong-ket-2030).',
  },
  {
    source: 'IV.3.1; II.4',
    text: 'Khen thưởng hàng năm được khai báo cho mỗi năm 2023–2030 (nam-2023 … nam-2030), kể cả năm 2025 và 2030 trùng với sơ kết, tổng kết: Kế hoạch không miễn khen thưởng hàng năm trong năm sơ kết, tổng kết, và IV.3.2, IV.3.3 phân biệt người "chưa được khen năm" (tức đã có khen hằng năm). Năm 2023 được tính dù Kế hoạch ban hành ngày 26/5/2023.',
  },
  {
    source: 'IV.3.1',
    text: '"tối đa không quá 05 tập thể, cá nhân" là trần chung tập thể + cá nhân (maxCombined 5) cho Bằng khen Chủ tịch UBND tỉnh hằng năm. Câu tiếp theo "trình khen thưởng cho tập thể, cá nhân ngoài tỉnh … (nếu có)" không nói có tính vào 05 suất hay không; manifest không có trần riêng cho đối tượng ngoài tỉnh nên họ được tính trong trần chung của đợt.',
  },
  {
    source: 'IV.3.1; IV.2.a',
    text: 'Khen thưởng hằng năm "trên cơ sở kết quả đánh giá xếp hạng hàng năm" và tiêu chuẩn tập thể cấp tỉnh, cấp huyện "xếp hạng thuộc tốp đầu theo Bộ chỉ số đánh giá Chính quyền số" không nêu số N của "tốp đầu", cũng không dẫn quyết định ban hành Bộ chỉ số. Kiểu "rank" của schema bắt buộc có N, nên các tiêu chí này là định tính (người thẩm định xác nhận), không gắn chỉ số dti-rank; xã, phường, thị trấn không có tiêu chuẩn xếp hạng.',
  },
  {
    source: 'IV.3.1; IV.3.2; IV.3.3',
    text: 'Ở khen thưởng hằng năm, Sở Thông tin và Truyền thông (phối hợp Sở Nội vụ) "lựa chọn, trình" Bằng khen, tức là cơ quan tổng hợp cũng là nơi chọn người được đề nghị; V.2 đồng thời giao các sở, ngành, UBND cấp huyện "đề nghị Chủ tịch UBND tỉnh tặng thưởng Bằng khen". Schema chỉ có một chuỗi nominating-unit → information-department → home-affairs → chairman.',
  },
  {
    source: 'IV.3.2',
    text: 'Lặp chữ "05 tập thể tiêu biểu dẫn đầu Phong trào thi đua và 05 cá nhân cá nhân tiêu biểu": đọc là 05 tập thể và 05 cá nhân (maxCollectives 5, maxIndividuals 5) cho Bằng khen Chủ tịch UBND tỉnh khi sơ kết giai đoạn I; tổng kết giai đoạn II là 10 tập thể và 10 cá nhân (IV.3.3).',
  },
  {
    source: 'IV.3.2; IV.3.3',
    text: 'Chữ bị cụt "(chưa được khen năm)" — có lẽ là "chưa được khen thưởng hằng năm": tập thể, cá nhân ngoài tỉnh chỉ được trình khen khi sơ kết, tổng kết nếu chưa được khen hằng năm. Schema không biểu diễn được điều kiện này; người thẩm định kiểm tra.',
  },
  {
    source: 'IV.3.3',
    text: 'Không có số lượng cho Huân chương Lao động hạng Ba và Bằng khen của Thủ tướng Chính phủ khi tổng kết 2030 ("sau khi thống nhất với Ban Thi đua, khen thưởng Trung ương"): không khai báo quota (hiển thị "không quy định"). Điều kiện "có phạm vi ảnh hưởng trên địa bàn toàn tỉnh" chỉ áp dụng cho khen thưởng cấp nhà nước, nhưng schema không gắn tiêu chí với từng hình thức khen thưởng; Ban TĐKT Trung ương, Chủ tịch nước, Thủ tướng không có vai trò riêng trong workflow (ghi trong bước của Chủ tịch UBND tỉnh).',
  },
  {
    source: 'IV.1; IV.2.a',
    text: 'Hình thức thứ tư gộp "Giấy khen (Bằng khen)" của sở, ban, ngành, Ủy ban MTTQ Việt Nam và tổ chức xã hội tỉnh (các đoàn thể tặng Bằng khen), UBND cấp huyện, cấp xã và đơn vị "theo thẩm quyền": khai báo là một hình thức cấp đơn vị (giay-khen), số lượng do từng nơi quyết định (decidedByHead). IV.1 viết "các tổ chức xã hội tỉnh", IV.2.a và V viết "các tổ chức chính trị - xã hội tỉnh".',
  },
  {
    source: 'IV.1; IV.3',
    text: 'Kế hoạch không giới hạn đối tượng (tier) cho từng hình thức khen thưởng: awardForms không khai báo tiers (mọi đối tượng của II.3).',
  },
  {
    source: 'II.3; IV.2.b',
    text: 'Nhân dân là đối tượng thi đua cá nhân (II.3) nhưng IV.2.b chỉ nêu tiêu chuẩn riêng cho CBCCVN; người dân chỉ có câu dẫn chung "Gương mẫu chấp hành tốt …, tích cực hưởng ứng Phong trào thi đua" (tiêu chí nguoi-dan-chap-hanh).',
  },
  {
    source: 'V.3; V.4',
    text: 'Hai cơ quan cùng thẩm định: Sở Thông tin và Truyền thông "chủ trì … thẩm định thành tích" (V.4), Sở Nội vụ "thẩm định hồ sơ đề nghị trình khen thưởng cấp tỉnh, cấp nhà nước" (V.3).',
  },
  {
    source: 'V.3',
    text: 'Kế hoạch không liệt kê thành phần hồ sơ, số bộ hay mẫu báo cáo thành tích, cũng không có hạn nộp hồ sơ đề nghị khen thưởng: dossier để trống, các đợt không có nominationDeadline. Việc khen thưởng theo "quy định pháp luật về thi đua, khen thưởng hiện hành" (I.2): từ 01/01/2024 là Luật Thi đua, khen thưởng 2022 và Nghị định số 98/2023/NĐ-CP (thay Nghị định số 91/2017/NĐ-CP và các mẫu báo cáo thành tích).',
  },
  {
    source: 'V.8; V.4',
    text: '"trước ngày 15/11" được khai báo là hạn hằng năm 15/11 (everyYear "11-15", hiểu chặt thì hạn cuối là 14/11); Sở Thông tin và Truyền thông tổng hợp báo cáo "trước 5/12" ("12-05"). Báo cáo sơ kết, tổng kết, đột xuất "theo yêu cầu của UBND tỉnh" không có ngày: các đợt so-ket-2025, tong-ket-2030 không có reportDeadline. V.8 giao cả doanh nghiệp báo cáo hằng năm.',
  },
  {
    source: 'III.2.2',
    text: 'Mục tiêu III.2.2 là chỉ tiêu chung của tỉnh (targets, level "province", hồ sơ công việc theo cấp tỉnh/huyện/xã), không phải tiêu chuẩn khen thưởng: IV.2 không dẫn con số nào, nên không có tiêu chí threshold. Mục tiêu không có con số (4G/5G, 5G, chính quyền thông minh, chuyển đổi số tổng thể, toàn diện) không khai báo.',
  },
  {
    source: 'III.2.2.1.c; III.2.2.2.c',
    text: '"có khoảng 40 (2025) / khoảng 50 (2030) doanh nghiệp công nghệ số" là số ước lượng, khai báo ">= 40" / ">= 50". "Không còn hộ nghèo, hộ cận nghèo về thông tin" khai báo "= 0" trên chỉ số households-information-poor (thấp hơn là tốt hơn).',
  },
  {
    source: 'III.2.2.1.b; III.2.2.2.b; III.2.2.2.d',
    text: 'Cách ghi mục tiêu thay đổi giữa 2025 và 2030: "100% thủ tục hành chính đủ điều kiện được cung cấp mức độ 4 trên nhiều phương tiện" (2025, tách thành online-services-full và online-services-multi-device) so với "100% dịch vụ công trực tuyến mức độ 4 được cung cấp trên nhiều phương tiện" (2030); "dịch vụ thiết yếu" (2025) so với "tất cả các dịch vụ cơ bản trên môi trường số" (2030), cùng chỉ số population-digital-access; "tại tất cả các huyện, thị xã, thành phố" khai báo 100% trên districts-smart-city-services.',
  },
  {
    source: 'IV.2.a; V.2; III.2.2.2.b',
    text: 'Sắp xếp đơn vị hành chính 2025: từ 01/7/2025 không còn cấp huyện (tỉnh Điện Biên giữ nguyên, không hợp nhất); Sở Thông tin và Truyền thông đã hợp nhất vào Sở Khoa học và Công nghệ. Tiêu chí và vai trò của "huyện, thị xã, thành phố", "UBND cấp huyện" không còn đơn vị để áp dụng ở sơ kết quý IV/2025 và giai đoạn II; mục tiêu 2030 theo cấp huyện cũng vậy. Đơn vị cũ cần giữ tên lịch sử.',
  },
];
