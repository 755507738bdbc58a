import type { OfficialDocument } from '../lib/official-document';

/** The nine member units of a sample bloc (names with every kind of Vietnamese diacritic). */
export const SAMPLE_UNITS = [
  'Ban Tổ chức Tỉnh ủy',
  'Ủy ban Kiểm tra Tỉnh ủy',
  'Ban Tuyên giáo và Dân vận Tỉnh ủy',
  'Ban Nội chính Tỉnh ủy',
  'Văn phòng Tỉnh ủy',
  'Đảng ủy Khối Cơ quan - Doanh nghiệp',
  'Trường Chính trị tỉnh',
  'Báo Lào Cai',
  'Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh',
] as const;

/** A pledge (bản giao ước thi đua): motto only, căn cứ, targets, and nine signers three per row. */
export function samplePledge(): OfficialDocument {
  return {
    nationalMotto: true,
    title: 'Bản giao ước thi đua năm 2024',
    subtitle: 'Khối thi đua các cơ quan Đảng tỉnh',
    blocks: [
      {
        type: 'paragraph',
        text: [
          { text: 'Căn cứ ', italic: true },
          { text: 'Luật Thi đua, Khen thưởng ngày 15 tháng 6 năm 2022;', italic: true },
        ],
      },
      {
        type: 'paragraph',
        text: 'Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết một số điều của Luật Thi đua, Khen thưởng;',
        italic: true,
      },
      {
        type: 'paragraph',
        text: 'Các đơn vị thành viên Khối thi đua các cơ quan Đảng tỉnh gồm:',
      },
      { type: 'list', items: SAMPLE_UNITS.map((unit) => `${unit};`) },
      { type: 'heading', text: 'I. NỘI DUNG GIAO ƯỚC' },
      {
        type: 'list',
        items: [
          'Hoàn thành 100% chỉ tiêu, nhiệm vụ được giao; không có cán bộ vi phạm kỷ luật.',
          'Đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin trong quản lý, điều hành.',
          'Tích cực hưởng ứng các phong trào thi đua do Ủy ban nhân dân tỉnh phát động.',
        ],
      },
      { type: 'heading', text: 'II. TỔ CHỨC THỰC HIỆN' },
      {
        type: 'list',
        numbered: true,
        items: Array.from(
          { length: 12 },
          (_, i) =>
            `Nhiệm vụ thứ ${i + 1}: các đơn vị thành viên Khối thi đua tổ chức quán triệt, xây dựng kế hoạch và triển khai thực hiện nghiêm túc, hiệu quả nội dung giao ước; định kỳ báo cáo kết quả về Trưởng khối.`,
        ),
      },
      { type: 'pageBreak' },
      {
        type: 'paragraph',
        text: 'Bản giao ước được lập thành 10 bản, mỗi đơn vị thành viên giữ 01 bản, 01 bản gửi Ban Thi đua - Khen thưởng tỉnh để theo dõi.',
      },
      {
        type: 'signatures',
        perRow: 3,
        columns: SAMPLE_UNITS.map((unit, i) => ({
          title: `TM. ${unit}`,
          position: i === 0 ? 'Trưởng khối' : 'Trưởng ban',
          note: '(Ký, ghi rõ họ tên, đóng dấu)',
          name: `Nguyễn Thị Ngọc Ánh ${i + 1}`,
        })),
      },
    ],
  };
}

/** A landscape award list (danh sách) of `count` rows with section rows inside the table. */
export function sampleList(count: number): OfficialDocument {
  return {
    orientation: 'landscape',
    header: {
      parentAgency: 'Tỉnh ủy Lào Cai',
      issuingAgency: 'Đảng ủy Khối Cơ quan - Doanh nghiệp',
      number: '15/TTr-KTĐ',
      place: 'Lào Cai',
      date: '2024-01-05',
    },
    title: 'Danh sách đề nghị khen thưởng',
    subtitle: '(Kèm theo Tờ trình số 15/TTr-KTĐ ngày 05/01/2024)',
    blocks: [
      {
        type: 'table',
        columns: [
          { header: 'STT', width: 30, align: 'center' },
          { header: 'Tên tập thể / Họ và tên', width: '*' },
          { header: 'Chức vụ', width: 110 },
          { header: 'Đơn vị công tác', width: '*' },
          { header: 'Hình thức đề nghị', width: 'auto' },
          { header: 'Số phiếu', width: 50, align: 'right' },
        ],
        groupRows: [
          { beforeRow: 0, text: 'I. TẬP THỂ' },
          { beforeRow: 9, text: 'II. CÁ NHÂN' },
        ],
        rows: Array.from({ length: count }, (_, i) =>
          i < 9
            ? [
                i + 1,
                SAMPLE_UNITS[i],
                '',
                'Khối các cơ quan Đảng tỉnh',
                'Cờ thi đua của UBND tỉnh',
                27 - i,
              ]
            : [
                i + 1,
                `Hoàng Thị Thủy ${i + 1}`,
                'Chuyên viên',
                SAMPLE_UNITS[i % SAMPLE_UNITS.length],
                'Bằng khen của UBND tỉnh',
                20,
              ],
        ),
      },
      {
        type: 'paragraph',
        text: `Danh sách gồm 9 tập thể và ${count - 9} cá nhân.`,
      },
      {
        type: 'closing',
        recipients: ['Như trên', 'Ban Thi đua - Khen thưởng tỉnh'],
        signature: {
          title: 'TM. Ban Thường vụ',
          position: 'Bí thư',
          name: 'Lương Đức Hùng',
        },
      },
    ],
  };
}

/** Designed certificates (Bằng khen), one page per awardee, as the award lists build them. */
export function sampleCertificates(names: readonly string[]): OfficialDocument {
  const centred = (text: string, size: number, bold = true) => ({
    type: 'paragraph' as const,
    text: [{ text, bold }],
    align: 'center' as const,
    indent: false,
    size,
  });
  return {
    orientation: 'landscape',
    design: 'certificate',
    blocks: names.flatMap((name, i) => [
      ...(i > 0 ? [{ type: 'pageBreak' as const }] : []),
      centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 13),
      centred('Độc lập - Tự do - Hạnh phúc', 14),
      centred('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH', 15),
      centred('BẰNG KHEN', 28),
      centred('TẶNG', 14),
      centred(name, 22),
      centred('Đã có thành tích xuất sắc trong phong trào thi đua năm 2024', 14, false),
      {
        type: 'paragraph' as const,
        text: 'Quyết định số 2150/QĐ-UBND ngày 30/12/2024',
        align: 'left' as const,
        indent: false,
        size: 12,
      },
      {
        type: 'paragraph' as const,
        text: [{ text: 'Lào Cai, ngày 30 tháng 12 năm 2024', italic: true }],
        align: 'right' as const,
        indent: false,
      },
      {
        type: 'signatures' as const,
        perRow: 2,
        columns: [{ title: 'KT. Chủ tịch', position: 'Phó Chủ tịch', name: 'Trịnh Xuân Trường' }],
      },
    ]),
  };
}

/** A ballot paper of `candidates` names, `copies` times. */
export function sampleBallotPapers(candidates: number, copies: number): OfficialDocument {
  return {
    slips: copies,
    blocks: [
      {
        type: 'paragraph',
        text: [{ text: 'KHỐI THI ĐUA CÁC CƠ QUAN ĐẢNG TỈNH', bold: true }],
        align: 'center',
        indent: false,
        size: 12,
      },
      {
        type: 'paragraph',
        text: [{ text: 'PHIẾU BẦU', bold: true }],
        align: 'center',
        indent: false,
        size: 15,
      },
      {
        type: 'paragraph',
        text: 'Đánh dấu (X) vào ô bên cạnh tối đa 2 (hai) ứng viên. Phiếu chọn quá số lượng là phiếu không hợp lệ.',
        italic: true,
        size: 12,
      },
      {
        type: 'table',
        columns: [
          { header: 'STT', width: 30, align: 'center' },
          { header: 'Ứng viên', width: '*' },
          { header: 'Chọn', width: 55, align: 'center' },
        ],
        rows: Array.from({ length: candidates }, (_, i) => [
          i + 1,
          SAMPLE_UNITS[i % SAMPLE_UNITS.length],
          '',
        ]),
        fontSize: 12,
      },
    ],
  };
}
