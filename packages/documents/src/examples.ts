import type { Awardee, DecisionDocument, DocumentHead } from './models.js';

/**
 * Example data for a fictitious province ("tỉnh Thử Nghiệm"), for tests, the benchmark and template authors.
 * Names are generated; nothing here describes a real province.
 */

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Thu', 'Minh', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Giang', 'Hà', 'Hùng', 'Lan', 'Yến', 'Ước', 'Ánh'];

export function exampleHead(overrides: Partial<DocumentHead> = {}): DocumentHead {
  return {
    issuer: { parent: null, name: 'Ủy ban nhân dân tỉnh Thử Nghiệm' },
    number: '125/QĐ-UBND',
    symbol: 'QĐ-UBND',
    place: 'Thử Nghiệm',
    date: '2024-02-05',
    ...overrides,
  };
}

/** A decision with `collectives` collectives and `individuals` individuals. */
export function exampleDecision(collectives = 3, individuals = 4): DecisionDocument {
  const awardee = (i: number, recipient: Awardee['recipient']): Awardee =>
    recipient === 'collective'
      ? {
          recipient,
          name: `Ủy ban nhân dân xã Số ${String(i + 1).padStart(2, '0')}`,
          detail: null,
          nominatingUnit: `UBND huyện Đắk ${1 + (i % 9)}`,
        }
      : {
          recipient,
          name: `${FAMILY[i % FAMILY.length]} ${MIDDLE[i % MIDDLE.length]} ${GIVEN[i % GIVEN.length]}`,
          detail: `Chuyên viên, Văn phòng UBND huyện Đắk ${1 + (i % 9)}`,
          nominatingUnit: `UBND huyện Đắk ${1 + (i % 9)}`,
        };
  return {
    head: exampleHead(),
    authority: 'Chủ tịch Ủy ban nhân dân tỉnh Thử Nghiệm',
    decider: 'Chủ tịch Ủy ban nhân dân tỉnh',
    summary: 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    legalBases: [
      { text: 'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015' },
      { text: 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022' },
      {
        text: 'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
      },
    ],
    proposal: 'Theo đề nghị của Giám đốc Sở Nội vụ',
    awardForm: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
    achievement:
      'đã có thành tích xuất sắc trong Phong trào thi đua “Chuyển đổi số giai đoạn 2023 - 2025”, Sơ kết năm 2024',
    collectives: Array.from({ length: collectives }, (_, i) => awardee(i, 'collective')),
    individuals: Array.from({ length: individuals }, (_, i) => awardee(i, 'individual')),
    executors: 'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các cơ quan, đơn vị có liên quan',
    recipients: ['Như Điều 3', 'Chủ tịch, các PCT UBND tỉnh', 'Lưu: VT, SNV'],
    signer: { title: 'KT. CHỦ TỊCH – PHÓ CHỦ TỊCH', name: 'Nguyễn Văn Minh' },
  };
}
