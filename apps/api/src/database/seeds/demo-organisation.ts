import type { OrganisationProfile } from '@thidua/registry/contracts';
import type { EntityManager } from 'typeorm';

const PROVINCE = 'ỦY BAN NHÂN DÂN TỈNH LÀO CAI';

/**
 * DEMO DATA: the organisation profile of the demo install, the province of Lào Cai (the bodies and
 * places of ../shared/seeds). The signers' names are invented for the demo; a real install enters
 * its own on the admin page "Hồ sơ cơ quan" (docs/configuration.md).
 */
export const DEMO_ORGANISATION: OrganisationProfile = {
  fullName: 'Ủy ban nhân dân tỉnh Lào Cai',
  shortName: 'UBND tỉnh Lào Cai',
  headerLines: ['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI'],
  areaName: 'tỉnh Lào Cai',
  place: 'Lào Cai',
  issuingBodies: [
    {
      code: 'ubnd',
      name: 'Ủy ban nhân dân tỉnh Lào Cai',
      parentLines: [],
      ownLines: ['ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI'],
      numberSymbol: 'UBND',
    },
    {
      code: 'snv',
      name: 'Sở Nội vụ tỉnh Lào Cai',
      parentLines: [PROVINCE],
      ownLines: ['SỞ NỘI VỤ'],
      numberSymbol: 'SNV',
    },
    {
      code: 'btdkt',
      name: 'Ban Thi đua - Khen thưởng tỉnh Lào Cai',
      parentLines: ['SỞ NỘI VỤ TỈNH LÀO CAI'],
      ownLines: ['BAN THI ĐUA - KHEN THƯỞNG'],
      numberSymbol: 'BTĐKT',
    },
    {
      code: 'hdtdkt',
      name: 'Hội đồng Thi đua - Khen thưởng tỉnh Lào Cai',
      parentLines: [PROVINCE],
      ownLines: ['HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG'],
      numberSymbol: 'HĐTĐKT',
    },
  ],
  signers: [
    {
      documentKind: 'coverLetter',
      issuingBodyCode: 'snv',
      validFrom: '2020-01-01',
      capacity: 'KT.',
      authority: 'GIÁM ĐỐC',
      title: 'PHÓ GIÁM ĐỐC',
      name: 'Trần Thị Mai',
    },
    {
      documentKind: 'decision',
      issuingBodyCode: 'ubnd',
      validFrom: '2020-01-01',
      capacity: 'KT.',
      authority: 'CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Lê Thị Thanh Hà',
    },
    {
      documentKind: 'certificate',
      issuingBodyCode: 'ubnd',
      validFrom: '2020-01-01',
      capacity: 'KT.',
      authority: 'CHỦ TỊCH',
      title: 'PHÓ CHỦ TỊCH',
      name: 'Lê Thị Thanh Hà',
    },
    {
      documentKind: 'certificate',
      issuingBodyCode: 'ubnd',
      validFrom: '2024-01-01',
      capacity: '',
      authority: '',
      title: 'CHỦ TỊCH',
      name: 'Hoàng Minh Đức',
    },
    {
      documentKind: 'minutes',
      issuingBodyCode: 'hdtdkt',
      validFrom: '2020-01-01',
      capacity: 'TM.',
      authority: 'HỘI ĐỒNG',
      title: 'CHỦ TỊCH',
      name: 'Hoàng Minh Đức',
    },
    {
      documentKind: 'report',
      issuingBodyCode: 'snv',
      validFrom: '2020-01-01',
      capacity: '',
      authority: '',
      title: 'GIÁM ĐỐC',
      name: 'Phạm Văn Quang',
    },
  ],
  recipients: [
    {
      documentKind: 'coverLetter',
      addressees: ['Chủ tịch Ủy ban nhân dân tỉnh Lào Cai', 'Sở Nội vụ tỉnh Lào Cai'],
      recipients: ['Như trên', 'Lưu: VT'],
    },
    { documentKind: 'decision', addressees: [], recipients: ['Như Điều 3', 'Lưu: VT'] },
    {
      documentKind: 'ranking',
      addressees: [],
      recipients: [
        'Hội đồng Thi đua - Khen thưởng tỉnh Lào Cai',
        'Các đơn vị thành viên Khối',
        'Lưu: VT',
      ],
    },
    {
      documentKind: 'report',
      addressees: [],
      recipients: ['Ủy ban nhân dân tỉnh Lào Cai (để báo cáo)', 'Lưu: VT'],
    },
  ],
};

/** Writes the demo profile when the install has none (an admin's own profile is never touched). */
export async function seedDemoOrganisation(manager: EntityManager): Promise<void> {
  const [exists] = await manager.query(`SELECT 1 FROM organisation_profiles`);
  if (exists) return;
  const p = DEMO_ORGANISATION;
  await manager.query(
    `INSERT INTO organisation_profiles (full_name, short_name, header_lines, area_name, place)
     VALUES ($1, $2, $3::jsonb, $4, $5)`,
    [p.fullName, p.shortName, JSON.stringify(p.headerLines), p.areaName, p.place],
  );
  for (const [i, b] of p.issuingBodies.entries()) {
    await manager.query(
      `INSERT INTO issuing_bodies (code, name, parent_lines, own_lines, number_symbol, sort_order)
       VALUES ($1, $2, $3::jsonb, $4::jsonb, $5, $6) ON CONFLICT (code) DO NOTHING`,
      [
        b.code,
        b.name,
        JSON.stringify(b.parentLines),
        JSON.stringify(b.ownLines),
        b.numberSymbol,
        i,
      ],
    );
  }
  for (const s of p.signers) {
    await manager.query(
      `INSERT INTO document_signers (document_kind, issuing_body_id, valid_from, capacity, authority, title, name)
       SELECT $1, id, $3, $4, $5, $6, $7 FROM issuing_bodies WHERE code = $2
       ON CONFLICT (document_kind, valid_from) DO NOTHING`,
      [s.documentKind, s.issuingBodyCode, s.validFrom, s.capacity, s.authority, s.title, s.name],
    );
  }
  for (const r of p.recipients) {
    await manager.query(
      `INSERT INTO document_recipients (document_kind, addressees, recipients) VALUES ($1, $2::jsonb, $3::jsonb)
       ON CONFLICT (document_kind) DO NOTHING`,
      [r.documentKind, JSON.stringify(r.addressees), JSON.stringify(r.recipients)],
    );
  }
}
