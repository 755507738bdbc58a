/**
 * Demo data from real bloc life in Lào Cai (../shared/seeds): the bloc "Khối thi đua các cơ quan
 * Tỉnh ủy" with its 9 member units, and a few more provincial blocs so that lists are not trivial.
 */
export const DEMO_PASSWORD = 'ThiDua@2024';

export const UNIT_KINDS = [
  { code: 'dang', name: 'Cơ quan Đảng', sortOrder: 1 },
  { code: 'nha-nuoc', name: 'Cơ quan nhà nước', sortOrder: 2 },
  { code: 'doan-the', name: 'Đoàn thể chính trị - xã hội', sortOrder: 3 },
  { code: 'su-nghiep', name: 'Đơn vị sự nghiệp', sortOrder: 4 },
  { code: 'doanh-nghiep', name: 'Doanh nghiệp', sortOrder: 5 },
  { code: 'xa-phuong', name: 'Xã, phường', sortOrder: 6 },
  { code: 'luc-luong-vu-trang', name: 'Lực lượng vũ trang', sortOrder: 7 },
];

export interface DemoUnit {
  code: string;
  name: string;
  shortName?: string;
  kind: string;
  parent?: string;
  headName?: string;
  headPosition?: string;
  address?: string;
}

export const LAO_CAI_PARTY_BLOC = 'Khối thi đua các cơ quan Tỉnh ủy';

/** The 9 member units, in the order the 2023 year-end conference report lists them. */
export const PARTY_BLOC_UNITS: DemoUnit[] = [
  { code: 'VPTU', name: 'Văn phòng Tỉnh ủy', shortName: 'VPTU', kind: 'dang' },
  { code: 'BTGTU', name: 'Ban Tuyên giáo Tỉnh ủy', shortName: 'BTG', kind: 'dang' },
  {
    code: 'BNCTU',
    name: 'Ban Nội chính Tỉnh ủy',
    shortName: 'BNC',
    kind: 'dang',
    headName: 'Lý Văn Hải',
    headPosition: 'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy',
  },
  { code: 'BTCTU', name: 'Ban Tổ chức Tỉnh ủy', shortName: 'BTC', kind: 'dang' },
  { code: 'BDVTU', name: 'Ban Dân vận Tỉnh ủy', shortName: 'BDV', kind: 'dang' },
  { code: 'UBKTTU', name: 'Ủy ban Kiểm tra Tỉnh ủy', shortName: 'UBKT', kind: 'dang' },
  { code: 'TCT', name: 'Trường Chính trị tỉnh', shortName: 'TCT', kind: 'su-nghiep' },
  {
    code: 'DUKCQDN',
    name: 'Đảng ủy Khối Cơ quan - Doanh nghiệp',
    shortName: 'ĐUK',
    kind: 'dang',
    headName: 'Đặng Đình Chung',
    headPosition: 'Tỉnh ủy viên, Bí thư Đảng ủy Khối',
  },
  {
    code: 'BLC',
    name: 'Báo Lào Cai',
    shortName: 'BLC',
    kind: 'su-nghiep',
    headName: 'Lưu Thị Nụ',
    headPosition: 'Phó Tổng Biên tập phụ trách',
  },
];

export interface DemoBloc {
  name: string;
  kind: 'khoi' | 'cum';
  description: string;
  managingAuthority: string;
  units: DemoUnit[];
  /** Head and deputy per year, as unit codes. */
  leadership: Record<number, { head: string; deputy: string }>;
}

const HĐTĐKT = 'Hội đồng Thi đua - Khen thưởng tỉnh Lào Cai';

export const DEMO_BLOCS: DemoBloc[] = [
  {
    name: LAO_CAI_PARTY_BLOC,
    kind: 'khoi',
    description:
      'Các cơ quan tham mưu, giúp việc của Tỉnh ủy Lào Cai và đơn vị sự nghiệp trực thuộc.',
    managingAuthority: HĐTĐKT,
    units: PARTY_BLOC_UNITS,
    leadership: {
      2023: { head: 'BNCTU', deputy: 'BLC' },
      2024: { head: 'BLC', deputy: 'BTCTU' },
    },
  },
  {
    name: 'Khối thi đua các cơ quan tổng hợp',
    kind: 'khoi',
    description: 'Các sở, ngành tham mưu tổng hợp của UBND tỉnh.',
    managingAuthority: HĐTĐKT,
    units: [
      {
        code: 'VPUBND',
        name: 'Văn phòng Ủy ban nhân dân tỉnh',
        shortName: 'VP UBND',
        kind: 'nha-nuoc',
      },
      { code: 'SNV', name: 'Sở Nội vụ', shortName: 'SNV', kind: 'nha-nuoc' },
      { code: 'STC', name: 'Sở Tài chính', shortName: 'STC', kind: 'nha-nuoc' },
      { code: 'STP', name: 'Sở Tư pháp', shortName: 'STP', kind: 'nha-nuoc' },
      { code: 'TTT', name: 'Thanh tra tỉnh', shortName: 'TTr', kind: 'nha-nuoc' },
      { code: 'SNGV', name: 'Sở Ngoại vụ', shortName: 'SNgV', kind: 'nha-nuoc' },
    ],
    leadership: {
      2023: { head: 'SNV', deputy: 'STC' },
      2024: { head: 'STC', deputy: 'STP' },
    },
  },
  {
    name: 'Khối thi đua các đoàn thể chính trị - xã hội',
    kind: 'khoi',
    description: 'Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội cấp tỉnh.',
    managingAuthority: HĐTĐKT,
    units: [
      {
        code: 'UBMTTQ',
        name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
        shortName: 'MTTQ',
        kind: 'doan-the',
      },
      { code: 'HLHPN', name: 'Hội Liên hiệp Phụ nữ tỉnh', shortName: 'Hội LHPN', kind: 'doan-the' },
      { code: 'TDOAN', name: 'Tỉnh đoàn Lào Cai', shortName: 'Tỉnh đoàn', kind: 'doan-the' },
      { code: 'HND', name: 'Hội Nông dân tỉnh', shortName: 'Hội ND', kind: 'doan-the' },
      { code: 'HCCB', name: 'Hội Cựu chiến binh tỉnh', shortName: 'Hội CCB', kind: 'doan-the' },
      { code: 'LDLD', name: 'Liên đoàn Lao động tỉnh', shortName: 'LĐLĐ', kind: 'doan-the' },
    ],
    leadership: {
      2023: { head: 'HLHPN', deputy: 'TDOAN' },
      2024: { head: 'TDOAN', deputy: 'HND' },
    },
  },
  {
    name: 'Khối thi đua văn hóa - xã hội',
    kind: 'khoi',
    description: 'Các sở, ngành và đơn vị sự nghiệp lĩnh vực văn hóa, giáo dục, y tế, lao động.',
    managingAuthority: HĐTĐKT,
    units: [
      { code: 'SGDDT', name: 'Sở Giáo dục và Đào tạo', shortName: 'SGDĐT', kind: 'nha-nuoc' },
      { code: 'SYT', name: 'Sở Y tế', shortName: 'SYT', kind: 'nha-nuoc' },
      {
        code: 'SVHTTDL',
        name: 'Sở Văn hóa, Thể thao và Du lịch',
        shortName: 'SVHTTDL',
        kind: 'nha-nuoc',
      },
      {
        code: 'SLDTBXH',
        name: 'Sở Lao động - Thương binh và Xã hội',
        shortName: 'SLĐTBXH',
        kind: 'nha-nuoc',
      },
      {
        code: 'DPTTH',
        name: 'Đài Phát thanh và Truyền hình tỉnh',
        shortName: 'Đài PT-TH',
        kind: 'su-nghiep',
      },
      {
        code: 'TCDLC',
        name: 'Trường Cao đẳng Lào Cai',
        shortName: 'CĐ Lào Cai',
        kind: 'su-nghiep',
      },
      {
        code: 'BVDKT',
        name: 'Bệnh viện Đa khoa tỉnh',
        shortName: 'BVĐK tỉnh',
        kind: 'su-nghiep',
        parent: 'SYT',
      },
    ],
    leadership: {
      2023: { head: 'SYT', deputy: 'SGDDT' },
      2024: { head: 'SGDDT', deputy: 'SVHTTDL' },
    },
  },
  {
    name: 'Cụm thi đua các xã, phường khu vực thành phố Lào Cai',
    kind: 'cum',
    description: 'Các xã, phường thuộc khu vực trung tâm tỉnh.',
    managingAuthority: HĐTĐKT,
    units: [
      { code: 'PLC', name: 'Phường Lào Cai', kind: 'xa-phuong' },
      { code: 'PCD', name: 'Phường Cam Đường', kind: 'xa-phuong' },
      { code: 'XCP', name: 'Xã Cốc San', kind: 'xa-phuong' },
      { code: 'XHT', name: 'Xã Hợp Thành', kind: 'xa-phuong' },
      { code: 'XBX', name: 'Xã Bát Xát', kind: 'xa-phuong' },
      { code: 'XAN', name: 'Xã Ân Nghĩa', kind: 'xa-phuong' },
    ],
    leadership: {
      2023: { head: 'PLC', deputy: 'PCD' },
      2024: { head: 'PCD', deputy: 'XCP' },
    },
  },
];

/** Units that belong to no bloc: a sub-unit and an enterprise, to show the tree and archived state. */
export const OTHER_UNITS: DemoUnit[] = [
  { code: 'TTTHCB', name: 'Trung tâm Thông tin - Công báo', kind: 'su-nghiep', parent: 'VPUBND' },
  {
    code: 'CTXSLC',
    name: 'Công ty Xổ số kiến thiết Lào Cai',
    shortName: 'XSKT Lào Cai',
    kind: 'doanh-nghiep',
  },
];

export const DEMO_USERS = [
  { username: 'admin', fullName: 'Quản trị hệ thống', role: 'admin' as const, unit: null },
  { username: 'thuky', fullName: 'Nguyễn Thu Hà', role: 'secretariat' as const, unit: 'BLC' },
  { username: 'donvi', fullName: 'Trần Văn Đức', role: 'unit' as const, unit: 'BTGTU' },
  { username: 'xem', fullName: 'Lê Thị Ánh', role: 'viewer' as const, unit: null },
  { username: 'xacnhan', fullName: 'Phạm Minh Tuấn', role: 'clearance' as const, unit: 'TTT' },
];

export const DEMO_YEARS = [2023, 2024];
