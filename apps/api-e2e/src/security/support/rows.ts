import type { BallotResponse } from '@thidua/ballots/contracts';

import { sealedVote } from '../../support/sealed';
import { uniqueName } from '../../support/test-app';
import { type Actors, COPY_YEAR, SCORED_YEAR, YEAR } from './actors';
import { Fixtures, PDF } from './fixtures';
import type { MatrixRow } from './matrix';

/*
 * Every endpoint of the OpenAPI document as every actor. Columns of `expect`:
 *   admin · sec (party bloc's secretariat) · sec2 (another bloc's) · unit (Ban Tuyên giáo) ·
 *   unit2 (another unit) · viewer · anon
 * A new endpoint without a row fails the first test ("no authorization row for …").
 */
const READ = '200 200 200 200 200 200 401';
const PUBLIC = '200 200 200 200 200 200 200';
const adminOnly = (s: string) => `${s} 403 403 403 403 403 401`;
/** Admin and the bloc's own secretariat. */
const bloc = (s: string) => `${s} ${s} 403 403 403 403 401`;
/** Admin and the unit's own users. */
const ownUnit = (s: string) => `${s} 403 403 ${s} 403 403 401`;
/** Admin, the bloc's secretariat and the unit's own users. */
const blocOrUnit = (s: string) => `${s} ${s} 403 ${s} 403 403 401`;

const xlsx = Buffer.from('PK\u0003\u0004 not really a workbook');

/** Reports of a bloc: admin, the bloc's secretariat and viewers. */
const REPORT = '200 200 403 403 403 200 401';
/** A unit's (or its person's) record: admin, viewers, the unit and its bloc's secretariat. */
const RECORD = '200 200 403 200 403 200 401';

/** A legal document no paper of the other suites cites (reports cite none, and far in the future). */
const legalDocumentBody = () => ({
  citation: `Quyết định kiểm thử ${uniqueName('')}`,
  kind: 'decision',
  inForceFrom: '2090-01-01',
  citedBy: ['report'],
});

/** One row per endpoint; `f` builds the own-scope targets. */
export function endpointRows(f: Fixtures, a: Actors): MatrixRow[] {
  const movementReport = async () => ({
    year: YEAR,
    blocId: a.party,
    movementId: (await f.launchedMovement()).id,
  });
  /** The party bloc's YEAR, its score sheet made when there is none. */
  const partySheet = async (params: Record<string, string> = {}) => {
    await f.sheet(a.party, YEAR);
    return { params: { blocId: a.party, year: YEAR, ...params } };
  };
  return [
    // Platform and own account
    { route: 'GET /health', expect: PUBLIC },
    { route: 'GET /audit-log', expect: adminOnly('200') },
    {
      route: 'GET /audit-log/export',
      target: async () => ({ query: { from: `${YEAR}-01-01`, to: `${YEAR}-01-31` } }),
      expect: adminOnly('200'),
    },
    {
      route: 'POST /auth/login',
      target: async () => ({ body: { username: 'xem', password: 'ThiDua@2024' } }),
      expect: PUBLIC,
    },
    { route: 'POST /auth/logout', freshSession: true, expect: '2xx 2xx 2xx 2xx 2xx 2xx 401' },
    { route: 'GET /auth/me', expect: READ },
    {
      route: 'POST /auth/password',
      target: async () => ({ body: { currentPassword: 'Sai@12345', newPassword: 'Moi@123456' } }),
      expect: '422 422 422 422 422 422 401',
    },
    { route: 'GET /auth/me/mail', expect: READ },
    {
      route: 'PUT /auth/me/mail',
      target: async () => ({ body: { email: null, mailOptOut: false } }),
      expect: READ,
    },
    // What waits for the caller; the digest now (no SMTP_URL in this suite: 409 for the admin).
    { route: 'GET /me/tasks', expect: READ },
    { route: 'POST /admin/mail/digest', expect: adminOnly('409') },
    // Users
    { route: 'GET /users', expect: adminOnly('200') },
    {
      route: 'POST /users',
      fresh: true,
      target: async () => ({
        body: { username: uniqueName('m'), fullName: 'A', role: 'viewer', password: 'ThiDua@2024' },
      }),
      expect: adminOnly('201'),
    },
    {
      route: 'GET /users/:id',
      target: async () => ({ params: { id: a.users.unit } }),
      expect: adminOnly('200'),
    },
    {
      route: 'PATCH /users/:id',
      fresh: true,
      target: async () => {
        const u = await f.makeUser();
        return { params: { id: u.id }, body: { fullName: 'Đổi tên', version: u.version } };
      },
      expect: adminOnly('200'),
    },
    {
      route: 'POST /users/:id/reset-password',
      fresh: true,
      target: async () => ({
        params: { id: (await f.makeUser()).id },
        body: { newPassword: 'Moi@123456' },
      }),
      expect: adminOnly('2xx'),
    },
    {
      route: 'POST /users/:id/unlock-sign-in',
      fresh: true,
      target: async () => ({ params: { id: (await f.makeUser()).id } }),
      expect: adminOnly('200'),
    },
    { route: 'GET /users/sign-in-limits', expect: adminOnly('200') },
    // Files
    {
      route: 'POST /attachments',
      target: async () => ({
        query: { purpose: 'document' },
        file: { name: 'van-ban.pdf', content: PDF },
      }),
      expect: '201 201 201 201 201 403 401',
    },
    {
      // A nomination's achievement report: read by those who see the nomination.
      route: 'GET /attachments/:id',
      target: async () => ({ params: { id: (await f.reportedNomination()).report.id } }),
      expect: '200 200 403 200 403 200 401',
    },
    // Signing certificates: the admin's alone (a file that is no PKCS#12 is refused, 422).
    { route: 'GET /signing-certificates', expect: adminOnly('200') },
    {
      route: 'POST /signing-certificates',
      target: async () => ({
        file: {
          name: 'chung-thu.p12',
          content: PDF,
          fields: { bodyCode: 'SNV', bodyName: 'Sở Nội vụ', signerName: 'A', password: 'x' },
        },
      }),
      expect: adminOnly('422'),
    },
    {
      route: 'DELETE /signing-certificates/:id',
      target: async () => ({ params: { id: '00000000-0000-4000-8000-000000000000' } }),
      expect: adminOnly('404'),
    },
    // The register of outgoing numbers: the admin and the secretariats (register.outgoing).
    { route: 'GET /outgoing-numbers', expect: '200 200 200 403 403 403 401' },
    {
      route: 'POST /outgoing-numbers',
      target: async () => ({
        body: { documentKind: 'decision', documentDate: `${YEAR}-08-01`, subject: 'Ma trận quyền' },
      }),
      expect: '201 201 201 403 403 403 401',
    },
    // Integrations' API keys: the admin's alone (revoking a key that does not exist is 404).
    { route: 'GET /api-keys', expect: adminOnly('200') },
    {
      route: 'POST /api-keys',
      fresh: true,
      target: async () => ({
        body: {
          name: uniqueName('Khóa '),
          scopes: ['registry:read'],
          expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        },
      }),
      expect: adminOnly('201'),
    },
    {
      route: 'POST /api-keys/:id/revoke',
      target: async () => ({ params: { id: '00000000-0000-4000-8000-000000000000' } }),
      expect: adminOnly('404'),
    },
    // Registry: units and kinds
    { route: 'GET /units', expect: READ },
    { route: 'GET /units/tree', expect: READ },
    { route: 'GET /units/export', expect: READ },
    { route: 'GET /units/import/template', expect: READ },
    {
      route: 'POST /units/import',
      target: async () => ({ query: { dryRun: 'true' }, file: { name: 'd.xlsx', content: xlsx } }),
      expect: '415|422 415|422 415|422 403 403 403 401',
    },
    {
      route: 'POST /units',
      fresh: true,
      target: async () => ({
        body: {
          code: uniqueName('N').toUpperCase().slice(0, 20),
          name: `Đơn vị ${uniqueName('')}`,
        },
      }),
      expect: '201 201 201 403 403 403 401',
    },
    {
      route: 'GET /units/:id',
      target: async () => ({ params: { id: a.units.btgtu } }),
      expect: READ,
    },
    {
      route: 'PATCH /units/:id',
      fresh: true,
      target: async () => ({
        params: { id: a.units.btgtu },
        body: { version: await f.version(`/units/${a.units.btgtu}`) },
      }),
      expect: bloc('200'),
    },
    {
      route: 'DELETE /units/:id',
      fresh: true,
      target: async () => ({ params: { id: (await f.makeUnit()).id } }),
      expect: adminOnly('2xx'),
    },
    // Units' events and lineage: everyone signed in reads them; the admin records and undoes them.
    {
      route: 'GET /units/:id/events',
      target: async () => ({ params: { id: a.units.btgtu } }),
      expect: READ,
    },
    {
      route: 'POST /units/:id/events',
      fresh: true,
      target: async () => ({
        params: { id: (await f.makeUnit()).id },
        body: {
          kind: 'rename',
          effectiveDate: `${YEAR}-07-01`,
          decision: { number: '1/QĐ-MT', date: `${YEAR}-06-20`, decidedBy: 'Ủy ban nhân dân tỉnh' },
          newName: `Đơn vị đổi tên ${uniqueName('')}`,
        },
      }),
      expect: adminOnly('201'),
    },
    {
      route: 'DELETE /units/:id/events/:eventId',
      target: async () => ({
        params: { id: a.units.btgtu, eventId: '00000000-0000-4000-8000-000000000000' },
      }),
      expect: adminOnly('404'),
    },
    {
      route: 'GET /units/:id/lineage',
      target: async () => ({ params: { id: a.units.btgtu } }),
      expect: READ,
    },
    { route: 'GET /lineage-settings', expect: READ },
    {
      route: 'PUT /lineage-settings',
      fresh: true,
      target: async () => ({
        body: { rule: 'main', citation: '', version: await f.version('/lineage-settings') },
      }),
      expect: adminOnly('200'),
    },
    { route: 'GET /unit-kinds', expect: READ },
    {
      route: 'POST /unit-kinds',
      fresh: true,
      target: async () => ({ body: { code: uniqueName('k-'), name: `Loại ${uniqueName('')}` } }),
      expect: adminOnly('201'),
    },
    {
      route: 'PATCH /unit-kinds/:id',
      target: async () => {
        const kinds = await f.api('admin', 'get', '/unit-kinds');
        return {
          params: { id: kinds[0].id },
          body: { sortOrder: kinds[0].sortOrder, version: kinds[0].version },
        };
      },
      expect: adminOnly('200'),
    },
    // Organisation profile and legal bases: everyone signed in reads, the admin changes
    { route: 'GET /organisation/profile', expect: READ },
    {
      route: 'PUT /organisation/profile',
      fresh: true,
      target: async () => {
        const {
          warnings: _w,
          updatedAt: _u,
          ...body
        } = await f.api('admin', 'get', '/organisation/profile');
        return { body };
      },
      expect: adminOnly('200'),
    },
    { route: 'GET /organisation/legal-documents', expect: READ },
    {
      route: 'POST /organisation/legal-documents',
      fresh: true,
      target: async () => ({ body: legalDocumentBody() }),
      expect: adminOnly('201'),
    },
    {
      route: 'PUT /organisation/legal-documents/:id',
      fresh: true,
      target: async () => {
        const d = await f.api(
          'admin',
          'post',
          '/organisation/legal-documents',
          legalDocumentBody(),
        );
        return { params: { id: d.id }, body: { ...legalDocumentBody(), version: d.version } };
      },
      expect: adminOnly('200'),
    },
    {
      route: 'DELETE /organisation/legal-documents/:id',
      fresh: true,
      target: async () => {
        const d = await f.api(
          'admin',
          'post',
          '/organisation/legal-documents',
          legalDocumentBody(),
        );
        return { params: { id: d.id }, body: { version: d.version } };
      },
      expect: adminOnly('204'),
    },
    // Registry: blocs and years
    { route: 'GET /blocs', expect: READ },
    { route: 'GET /blocs/export', expect: READ },
    { route: 'GET /blocs/working-year', expect: READ },
    {
      route: 'POST /blocs',
      fresh: true,
      target: async () => ({ body: { name: `Khối ${uniqueName('')}`, kind: 'khoi' } }),
      expect: adminOnly('201'),
    },
    { route: 'GET /blocs/:id', target: async () => ({ params: { id: a.party } }), expect: READ },
    {
      route: 'PATCH /blocs/:id',
      fresh: true,
      target: async () => ({
        params: { id: a.party },
        body: { version: await f.version(`/blocs/${a.party}`) },
      }),
      expect: bloc('200'),
    },
    {
      route: 'GET /blocs/:id/years/:year',
      target: async () => ({ params: { id: a.party, year: YEAR } }),
      expect: READ,
    },
    {
      route: 'PUT /blocs/:id/years/:year/members',
      fresh: true,
      target: async () => {
        const y = await f.api('admin', 'get', `/blocs/${a.party}/years/${YEAR}`);
        return {
          params: { id: a.party, year: YEAR },
          body: {
            unitIds: y.members.map((m: { unit: { id: string } }) => m.unit.id),
            version: await f.yearVersion(a.party, YEAR),
          },
        };
      },
      expect: bloc('200'),
    },
    {
      route: 'PUT /blocs/:id/years/:year/leadership',
      fresh: true,
      target: async () => ({
        params: { id: a.party, year: YEAR },
        body: {
          headUnitId: a.units.blc,
          deputyUnitId: a.units.btctu,
          version: await f.yearVersion(a.party, YEAR),
        },
      }),
      expect: bloc('200'),
    },
    {
      route: 'POST /blocs/:id/years/:year/copy-previous',
      fresh: true,
      target: async () => ({
        params: { id: a.party, year: COPY_YEAR },
        body: { version: await f.yearVersion(a.party, COPY_YEAR) },
      }),
      expect: bloc('2xx|409'),
    },
    {
      route: 'GET /blocs/:id/years/:year/rotation-proposal',
      target: async () => ({ params: { id: a.party, year: COPY_YEAR } }),
      expect: READ,
    },
    // Movements
    { route: 'GET /movements', expect: READ },
    {
      // Its blocs are the party bloc's: another bloc's secretariat may not enlist them.
      route: 'POST /movements',
      fresh: true,
      target: async () => ({ body: f.movementBody() }),
      expect: bloc('201'),
    },
    {
      route: 'GET /movements/:id',
      target: async () => ({ params: { id: (await f.launchedMovement()).id } }),
      expect: READ,
    },
    {
      route: 'PUT /movements/:id',
      fresh: true,
      target: async () => {
        const m = await f.makeMovement();
        return { params: { id: m.id }, body: { ...f.movementBody(), version: m.version } };
      },
      expect: bloc('200'),
    },
    {
      route: 'POST /movements/:id/transitions',
      fresh: true,
      target: async () => {
        const m = await f.makeMovement();
        return { params: { id: m.id }, body: { action: 'launch', version: m.version } };
      },
      expect: bloc('200'),
    },
    {
      route: 'PUT /movements/:id/results',
      fresh: true,
      target: async () => {
        const m = await f.api('admin', 'get', `/movements/${(await f.launchedMovement()).id}`);
        const targetId = m.targets[0].id;
        const read = m.results.find(
          (r: { targetId: string; unit: { id: string } }) =>
            r.targetId === targetId && r.unit.id === a.units.btgtu,
        );
        return {
          params: { id: m.id },
          body: {
            unitId: a.units.btgtu,
            results: [{ targetId, value: 2, note: 'Đã tổ chức', version: read?.version ?? 0 }],
          },
        };
      },
      expect: ownUnit('200'),
    },
    {
      route: 'POST /movements/:id/models',
      target: async () => ({
        params: { id: (await f.launchedMovement()).id },
        body: {
          name: 'Mô hình dân vận khéo',
          unitId: a.units.btgtu,
          recognizedOn: `${YEAR}-05-01`,
        },
      }),
      expect: bloc('201'),
    },
    {
      route: 'DELETE /movements/:id/models/:modelId',
      fresh: true,
      target: async () => {
        const { movement, modelId } = await f.makeModel();
        return { params: { id: movement.id, modelId } };
      },
      expect: bloc('200'),
    },
    {
      route: 'POST /movements/:id/documents',
      target: async () => ({
        params: { id: (await f.launchedMovement()).id },
        file: { name: 'ke-hoach.pdf', content: PDF },
      }),
      expect: bloc('201'),
    },
    {
      route: 'GET /movements/:id/activity-reports',
      target: async () => ({
        params: { id: (await f.launchedMovement()).id },
        query: { year: YEAR },
      }),
      expect: READ,
    },
    {
      // Each unit reports for itself (admin for any participant), with the version it read.
      route: 'PUT /movements/:id/activity-reports',
      fresh: true,
      target: async () => {
        const { id } = await f.launchedMovement();
        const list = await f.api('admin', 'get', `/movements/${id}/activity-reports?year=${YEAR}`);
        const own = list.rows.find((r: { unit: { id: string } }) => r.unit.id === a.units.btgtu);
        return {
          params: { id },
          body: {
            unitId: a.units.btgtu,
            year: YEAR,
            sessionsHeld: 4,
            conferencesHeld: 1,
            attendees: 120,
            memberCount: 40,
            participantCount: 38,
            modelsBuilt: 1,
            summary: 'Tổ chức sinh hoạt chuyên đề hằng quý',
            version: own.report?.version ?? 0,
          },
        };
      },
      expect: ownUnit('200'),
    },
    // Pledges
    {
      route: 'GET /blocs/:blocId/years/:year/pledge',
      target: async () => ({ params: { blocId: a.party, year: 2024 } }),
      expect: READ,
    },
    {
      route: 'PUT /blocs/:blocId/years/:year/pledge',
      target: async () => {
        const p = await f.pledge();
        return {
          params: { blocId: a.party, year: YEAR },
          body: {
            title: p.title,
            place: p.place,
            commitments: p.commitments,
            version: (await f.api('admin', 'get', `/blocs/${a.party}/years/${YEAR}/pledge`))
              .version,
          },
        };
      },
      fresh: true,
      expect: bloc('200'),
    },
    {
      route: 'PUT /blocs/:blocId/years/:year/pledge/units/:unitId',
      fresh: true,
      target: async () => {
        await f.pledge();
        const p = await f.api('admin', 'get', `/blocs/${a.party}/years/${YEAR}/pledge`);
        const own = p.units.find((u: { unit: { id: string } }) => u.unit.id === a.units.btgtu);
        return {
          params: { blocId: a.party, year: YEAR, unitId: a.units.btgtu },
          body: {
            targets: ['Hoàn thành 100% kế hoạch'],
            titles: ['Tập thể lao động xuất sắc'],
            version: own.version,
          },
        };
      },
      expect: blocOrUnit('200'),
    },
    {
      route: 'POST /blocs/:blocId/years/:year/pledge/signatures',
      target: async () => {
        await f.pledge();
        return {
          params: { blocId: a.party, year: YEAR },
          body: {
            unitId: a.units.btgtu,
            signerName: 'Trần Văn Đức',
            signerPosition: 'Trưởng ban',
            signedOn: `${YEAR}-02-01`,
            method: 'app',
          },
        };
      },
      expect: '403|409 403 403 201 403 403 401',
    },
    {
      route: 'POST /blocs/:blocId/years/:year/pledge/reopen',
      target: async () => ({
        params: await f.lockedPledge(),
        body: { reason: 'Bổ sung đơn vị' },
      }),
      expect: bloc('200|409'),
    },
    {
      route: 'GET /blocs/:blocId/years/:year/pledge/document',
      target: async () => ({ params: { blocId: a.party, year: 2024 }, query: { format: 'pdf' } }),
      expect: READ,
    },
    // Scoring: the party bloc's sheet of YEAR (cards in draft), its cards moved on in SCORED_YEAR,
    // and blocs of their own for the steps that cannot be undone.
    {
      route: 'GET /blocs/:blocId/years/:year/score-sheet',
      target: () => partySheet(),
      expect: READ,
    },
    {
      route: 'PUT /blocs/:blocId/years/:year/score-sheet',
      fresh: true,
      target: async () => {
        const { blocId, year } = await f.makeScoringBloc();
        const sheet = await f.sheet(blocId, year);
        return { params: { blocId, year }, body: { ...f.sheetBody(), version: sheet.version } };
      },
      expect: bloc('200'),
    },
    {
      route: 'POST /blocs/:blocId/years/:year/score-sheet/copy-previous',
      fresh: true,
      target: async () => {
        const { blocId, year } = await f.makeScoringBloc();
        // Last year's sheet, of a bloc whose member was then a unit of the suite's own.
        await f.api('admin', 'put', `/blocs/${blocId}/years/${year - 1}/members`, {
          unitIds: [(await f.makeUnit()).id],
          version: 0,
        });
        await f.sheet(blocId, year - 1);
        return { params: { blocId, year } };
      },
      expect: bloc('201'),
    },
    {
      route: 'POST /blocs/:blocId/years/:year/score-sheet/from-pledge',
      fresh: true,
      target: async () => {
        const { blocId, year } = await f.makeScoringBloc();
        await f.api('sec', 'put', `/blocs/${blocId}/years/${year}/pledge`, {
          title: `Giao ước thi đua năm ${year}`,
          place: 'Lào Cai',
          commitments: ['Hoàn thành xuất sắc nhiệm vụ chính trị', 'Không có vi phạm kỷ luật'],
        });
        return { params: { blocId, year }, body: { scale: 100 } };
      },
      expect: bloc('201'),
    },
    {
      route: 'POST /blocs/:blocId/years/:year/score-sheet/agree',
      fresh: true,
      target: async () => {
        const { blocId, year } = await f.checkedScoringBloc();
        const sheet = await f.sheet(blocId, year);
        return { params: { blocId, year }, body: { version: sheet.version } };
      },
      expect: bloc('200'),
    },
    {
      route: 'POST /blocs/:blocId/years/:year/score-sheet/lock',
      fresh: true,
      target: async () => {
        const { blocId, year } = await f.agreedScoringBloc();
        const sheet = await f.sheet(blocId, year);
        return { params: { blocId, year }, body: { version: sheet.version } };
      },
      expect: bloc('200'),
    },
    {
      route: 'GET /blocs/:blocId/years/:year/scores',
      target: () => partySheet(),
      expect: READ,
    },
    {
      route: 'GET /blocs/:blocId/years/:year/scores/:unitId',
      target: () => partySheet({ unitId: a.units.btgtu }),
      expect: READ,
    },
    {
      // The unit's own card only: not the head's secretariat, not another unit.
      route: 'PUT /blocs/:blocId/years/:year/scores/:unitId',
      fresh: true,
      target: async () => {
        const sheet = await f.sheet(a.party, YEAR);
        const path = `/blocs/${a.party}/years/${YEAR}/scores/${a.units.btgtu}`;
        const card = await f.api('admin', 'get', path);
        return {
          params: { blocId: a.party, year: YEAR, unitId: a.units.btgtu },
          body: {
            entries: [{ itemId: sheet.groups[0].criteria[0].id, points: 85, explanation: 'Đạt' }],
            version: card.version,
          },
        };
      },
      expect: ownUnit('200'),
    },
    {
      route: 'POST /blocs/:blocId/years/:year/scores/:unitId/evidence',
      target: async () => {
        const sheet = await f.sheet(a.party, YEAR);
        return {
          params: { blocId: a.party, year: YEAR, unitId: a.units.btgtu },
          query: { itemId: sheet.groups[0].criteria[0].id },
          file: { name: 'minh-chung.pdf', content: PDF },
        };
      },
      expect: ownUnit('201'),
    },
    {
      route: 'DELETE /blocs/:blocId/years/:year/scores/:unitId/evidence/:attachmentId',
      fresh: true,
      target: async () => ({
        params: {
          blocId: a.party,
          year: YEAR,
          unitId: a.units.btgtu,
          attachmentId: await f.evidence(),
        },
      }),
      expect: ownUnit('200'),
    },
    {
      // The head's secretariat checks a member's card; another bloc's does not.
      route: 'PUT /blocs/:blocId/years/:year/scores/:unitId/adjustments',
      fresh: true,
      target: async () => {
        await f.partyYear(SCORED_YEAR);
        const sheet = await f.sheet(a.party, SCORED_YEAR);
        const card = await f.submittedCard(a.party, SCORED_YEAR, a.units.btgtu);
        return {
          params: { blocId: a.party, year: SCORED_YEAR, unitId: a.units.btgtu },
          body: {
            adjustments: [
              { itemId: sheet.groups[0].criteria[0].id, points: 80, reason: 'Thiếu minh chứng' },
            ],
            version: card.version,
          },
        };
      },
      expect: bloc('200'),
    },
    {
      // `submit`: the unit's own card only.
      route: 'POST /blocs/:blocId/years/:year/scores/:unitId/transitions',
      fresh: true,
      target: async () => {
        await f.partyYear(SCORED_YEAR);
        const path = `/blocs/${a.party}/years/${SCORED_YEAR}/scores/${a.units.btgtu}`;
        let card = await f.submittedCard(a.party, SCORED_YEAR, a.units.btgtu);
        card = await f.api('admin', 'post', `${path}/transitions`, {
          action: 'return',
          reason: 'Bổ sung minh chứng',
          version: card.version,
        });
        card = await f.scoredCard(a.party, SCORED_YEAR, a.units.btgtu);
        return {
          params: { blocId: a.party, year: SCORED_YEAR, unitId: a.units.btgtu },
          body: { action: 'submit', version: card.version },
        };
      },
      expect: ownUnit('200'),
    },
    {
      route: 'GET /blocs/:blocId/years/:year/ranking',
      target: () => partySheet(),
      expect: READ,
    },
    {
      route: 'GET /blocs/:blocId/years/:year/target-comparison',
      target: () => partySheet(),
      expect: READ,
    },
    // Award catalogue
    { route: 'GET /award-types', expect: READ },
    {
      route: 'GET /award-types/:id',
      target: async () => ({ params: { id: f.award['GK'] } }),
      expect: READ,
    },
    {
      route: 'POST /award-types',
      fresh: true,
      target: async () => ({ body: awardTypeBody() }),
      expect: adminOnly('201'),
    },
    {
      route: 'PUT /award-types/:id',
      fresh: true,
      target: async () => {
        const t = await f.api('admin', 'post', '/award-types', awardTypeBody());
        return { params: { id: t.id }, body: { ...awardTypeBody(t.code), version: t.version } };
      },
      expect: adminOnly('200'),
    },
    {
      route: 'POST /award-types/:id/versions',
      fresh: true,
      target: async () => {
        const t = await f.api('admin', 'post', '/award-types', awardTypeBody());
        return { params: { id: t.id }, body: { ...ruleBody(), version: t.version } };
      },
      expect: adminOnly('201'),
    },
    {
      route: 'PUT /award-types/:id/versions/:versionId',
      fresh: true,
      target: async () => {
        const t = await f.api('admin', 'post', '/award-types', awardTypeBody());
        const v = await f.api('admin', 'post', `/award-types/${t.id}/versions`, {
          ...ruleBody(),
          version: t.version,
        });
        const versionId = (v.versions ?? v.ruleVersions ?? [v])[0].id;
        return { params: { id: t.id, versionId }, body: { ...ruleBody(), version: v.version } };
      },
      expect: adminOnly('200'),
    },
    // People, households, review flags, history
    { route: 'GET /people', expect: READ },
    {
      route: 'POST /people',
      fresh: true,
      target: async () => ({
        body: { fullName: 'Nguyễn Thị Hoa', sex: 'female', unitId: a.units.btgtu },
      }),
      expect: ownUnit('201'),
    },
    {
      route: 'GET /people/:id',
      target: async () => ({ params: { id: (await f.once('person', f.makePerson)).id } }),
      expect: READ,
    },
    {
      route: 'PUT /people/:id',
      fresh: true,
      target: async () => {
        const p = await f.makePerson();
        return {
          params: { id: p.id },
          body: { fullName: p.fullName, sex: 'male', unitId: a.units.btgtu, version: p.version },
        };
      },
      expect: ownUnit('200'),
    },
    {
      route: 'GET /people/:id/records',
      target: async () => ({ params: { id: (await f.once('person', f.makePerson)).id } }),
      expect: READ,
    },
    {
      route: 'PUT /people/:id/records/:year',
      fresh: true,
      target: async () => {
        const { id } = await f.once('person', f.makePerson);
        const version = await f.rowVersion(
          `SELECT version FROM person_year_records WHERE person_id = $1 AND term_year = 2024`,
          [id],
        );
        return {
          params: { id, year: 2024 },
          body: { rating: 'excellent', initiatives: 1, version },
        };
      },
      expect: ownUnit('200'),
    },
    { route: 'GET /households', expect: READ },
    {
      route: 'POST /households',
      fresh: true,
      target: async () => ({
        body: { headName: 'Hộ bà Lò Thị Mai', address: 'Xã Cốc San', unitId: a.units.btgtu },
      }),
      expect: ownUnit('201'),
    },
    {
      route: 'GET /households/:id',
      target: async () => ({ params: { id: (await f.once('household', f.makeHousehold)).id } }),
      expect: READ,
    },
    {
      route: 'PUT /households/:id',
      fresh: true,
      target: async () => {
        const h = await f.makeHousehold();
        return {
          params: { id: h.id },
          body: {
            headName: h.headName,
            address: h.address,
            unitId: a.units.btgtu,
            version: h.version,
          },
        };
      },
      expect: ownUnit('200'),
    },
    {
      route: 'POST /review-flags',
      fresh: true,
      target: async () => ({
        body: {
          // A person of the suite's own: a flag on a demo unit would block other suites' nominations.
          beneficiaryKind: 'individual',
          beneficiaryId: (await f.makePerson()).id,
          kind: 'inspection',
          fromDate: '2020-01-01',
          toDate: '2020-02-01',
        },
      }),
      expect: adminOnly('201'),
    },
    { route: 'GET /award-history', expect: READ },
    {
      route: 'POST /award-history',
      fresh: true,
      target: async () => ({
        body: {
          year: 1990 + Math.floor(Math.random() * 9),
          awardTypeId: f.award['GK'],
          beneficiaryKind: 'individual',
          beneficiaryId: (await f.makePerson()).id,
        },
      }),
      expect: adminOnly('201'),
    },
    { route: 'GET /award-history/import/template', expect: adminOnly('200') },
    {
      route: 'POST /award-history/import',
      target: async () => ({ query: { dryRun: 'true' }, file: { name: 'h.xlsx', content: xlsx } }),
      expect: '415|422 403 403 403 403 403 401',
    },
    // Nominations
    { route: 'GET /nominations', expect: READ },
    {
      route: 'POST /nominations',
      fresh: true,
      target: async () => ({ body: await f.nominationBody() }),
      expect: ownUnit('201'),
    },
    {
      route: 'GET /nominations/:id',
      target: async () => ({ params: { id: (await f.nomination()).id } }),
      expect: '200 200 403 200 403 200 401',
    },
    {
      route: 'PUT /nominations/:id',
      target: async () => {
        const n = await f.nomination();
        return {
          params: { id: n.id },
          body: {
            year: n.year,
            awardTypeId: n.award.id,
            beneficiaryKind: 'individual',
            beneficiaryId: n.beneficiary.id,
            proposingUnitId: a.units.btgtu,
            summary: 'Hoàn thành xuất sắc nhiệm vụ được giao',
            version: (await f.api('admin', 'get', `/nominations/${n.id}`)).version,
          },
        };
      },
      fresh: true,
      expect: ownUnit('200'),
    },
    {
      route: 'GET /nominations/:id/eligibility',
      target: async () => ({ params: { id: (await f.nomination()).id } }),
      expect: '200 200 403 200 403 200 401',
    },
    {
      route: 'POST /nominations/:id/transitions',
      fresh: true,
      target: async () => {
        const n = await f.submittedNomination();
        return { params: { id: n.id }, body: { action: 'accept', version: n.version } };
      },
      expect: bloc('200'),
    },
    // Meetings and ballots
    {
      route: 'GET /meetings',
      target: async () => ({ query: { blocId: a.party, year: 2023 } }),
      expect: READ,
    },
    {
      route: 'POST /meetings',
      fresh: true,
      target: async () => ({ body: f.meetingBody() }),
      expect: bloc('201'),
    },
    {
      route: 'GET /meetings/:id',
      target: async () => ({ params: { id: (await f.meeting()).id } }),
      expect: READ,
    },
    {
      route: 'PUT /meetings/:id',
      fresh: true,
      target: async () => {
        const m = await f.api('sec', 'post', '/meetings', f.meetingBody());
        return { params: { id: m.id }, body: { ...f.meetingBody(), version: m.version } };
      },
      expect: bloc('200'),
    },
    {
      route: 'PUT /meetings/:id/voters',
      fresh: true,
      target: async () => {
        const m = await f.api('sec', 'post', '/meetings', f.meetingBody());
        return { params: { id: m.id }, body: { ...f.votersBody(m), version: m.version } };
      },
      expect: bloc('200'),
    },
    {
      route: 'POST /meetings/:id/voter-codes',
      fresh: true,
      target: async () => ({ params: { id: (await f.newMeeting()).id } }),
      expect: bloc('201'),
    },
    {
      route: 'POST /meetings/:id/voters/:voterId/voter-code',
      fresh: true,
      target: async () => {
        const m = await f.api('sec', 'post', '/meetings', f.meetingBody());
        return {
          params: { id: m.id, voterId: m.voters[0].id },
          body: { reason: 'Đại biểu làm mất phiếu ghi mã', isChairApproved: true },
        };
      },
      expect: bloc('201'),
    },
    {
      route: 'GET /ballots',
      target: async () => ({ query: { meetingId: (await f.closedBallot()).meetingId } }),
      expect: READ,
    },
    {
      route: 'POST /ballots',
      fresh: true,
      target: async () => ({ body: await f.ballotBody() }),
      expect: bloc('201'),
    },
    {
      route: 'GET /ballots/:id',
      target: async () => ({ params: { id: (await f.closedBallot()).id } }),
      expect: READ,
    },
    {
      route: 'PUT /ballots/:id',
      fresh: true,
      target: async () => {
        const b = await f.makeBallot();
        return { params: { id: b.id }, body: { ...(await f.ballotBody()), version: b.version } };
      },
      expect: bloc('200'),
    },
    {
      route: 'POST /ballots/:id/open',
      fresh: true,
      target: async () => {
        const b = await f.makeBallot();
        return { params: { id: b.id }, body: { version: b.version } };
      },
      expect: bloc('200'),
    },
    {
      route: 'POST /ballots/:id/close',
      fresh: true,
      target: async () => {
        const b = await f.makeBallot();
        const opened = await f.api('sec', 'post', `/ballots/${b.id}/open`, { version: b.version });
        return { params: { id: b.id }, body: { version: opened.version } };
      },
      expect: bloc('200|409'),
    },
    {
      // Every present delegate may vote once: the signed-in delegates of the party bloc's units.
      route: 'POST /ballots/:id/votes',
      // A new encryption for each actor (the same one twice would be a replay).
      fresh: true,
      target: async () => {
        const b = await f.openBallot();
        return {
          params: { id: b.id },
          body: sealedVote(b as BallotResponse, { choices: [b.candidates[0].nominationId] }),
        };
      },
      expect: '403 201 403 201 201 403 401|403',
    },
    {
      route: 'GET /ballots/:id/turnout',
      target: async () => ({ params: { id: (await f.closedBallot()).id } }),
      expect: READ,
    },
    {
      route: 'GET /ballots/:id/events',
      stream: true,
      target: async () => ({ params: { id: (await f.openBallot()).id } }),
      expect: READ,
    },
    {
      route: 'GET /ballots/:id/results',
      target: async () => ({ params: { id: (await f.closedBallot()).id } }),
      expect: READ,
    },
    {
      route: 'GET /ballots/:id/receipts',
      target: async () => ({ params: { id: (await f.closedBallot()).id } }),
      expect: READ,
    },
    {
      route: 'GET /ballots/:id/board',
      target: async () => ({ params: { id: (await f.closedBallot()).id } }),
      expect: READ,
    },
    {
      // A closed secret ballot counted with the committee's shares (the meeting's one member).
      route: 'POST /ballots/:id/tally',
      fresh: true,
      target: async () => {
        const b = await f.makeBallot();
        const opened = await f.api('sec', 'post', `/ballots/${b.id}/open`, { version: b.version });
        const closed = await f.api('sec', 'post', `/ballots/${b.id}/close`, {
          version: opened.version,
        });
        return {
          params: { id: b.id },
          body: {
            shares: opened.committeeShares.map((c: { code: string }) => c.code),
            version: closed.version,
          },
        };
      },
      expect: bloc('200'),
    },
    {
      route: 'PUT /ballots/:id/paper-counts',
      fresh: true,
      target: async () => {
        const b = await f.openBallot('paper');
        return {
          params: { id: b.id },
          body: {
            issued: 9,
            returned: 9,
            valid: 9,
            invalid: 0,
            votes: { [b.candidates[0].nominationId]: 9, [b.candidates[1].nominationId]: 0 },
            version: await f.ballotVersion(b.id),
          },
        };
      },
      expect: bloc('200'),
    },
    {
      route: 'POST /ballots/:id/runoff',
      target: async () => {
        const { id } = await f.closedBallot();
        return { params: { id }, body: { version: await f.ballotVersion(id) } };
      },
      expect: bloc('409|422'),
    },
    {
      route: 'PUT /ballots/:id/minutes-number',
      // Each allowed call reads the ballot's version anew (the one before moved it on).
      fresh: true,
      target: async () => {
        const { id } = await f.closedBallot();
        return {
          params: { id },
          body: { minutesNumber: '9/BB-KTĐ', version: await f.ballotVersion(id) },
        };
      },
      expect: bloc('200'),
    },
    {
      route: 'GET /ballots/:id/minutes',
      target: async () => ({
        params: { id: (await f.closedBallot()).id },
        query: { format: 'pdf' },
      }),
      expect: READ,
    },
    {
      route: 'GET /ballots/:id/papers',
      target: async () => ({ params: { id: (await f.closedBallot()).id } }),
      expect: READ,
    },
    // Award lists, exports, certificates
    { route: 'GET /award-lists', expect: READ },
    {
      route: 'POST /award-lists',
      fresh: true,
      target: async () => ({
        body: {
          title: 'Danh sách',
          year: YEAR,
          blocId: a.party,
          order: 'units',
          nominationIds: [],
        },
      }),
      expect: bloc('201'),
    },
    {
      route: 'GET /award-lists/:id',
      target: async () => ({ params: { id: (await f.awardList()).id } }),
      expect: READ,
    },
    {
      route: 'PUT /award-lists/:id',
      fresh: true,
      target: async () => {
        const l = await f.makeAwardList();
        return {
          params: { id: l.id },
          body: {
            title: l.title,
            year: YEAR,
            blocId: a.party,
            order: 'names',
            nominationIds: [],
            version: l.version,
          },
        };
      },
      expect: bloc('200'),
    },
    {
      route: 'POST /award-lists/:id/send',
      fresh: true,
      target: async () => {
        const l = await f.makeAwardList(true);
        return { params: { id: l.id }, body: { version: l.version } };
      },
      expect: bloc('200'),
    },
    {
      // A draft list only; its nominations stay as they are.
      route: 'DELETE /award-lists/:id',
      fresh: true,
      target: async () => {
        const l = await f.makeAwardList();
        return { params: { id: l.id }, body: { version: l.version } };
      },
      expect: bloc('204'),
    },
    {
      route: 'POST /award-lists/:id/decision',
      fresh: true,
      target: async () => {
        const l = await f.sentAwardList();
        return {
          params: { id: l.id },
          body: {
            number: '1/QĐ-UBND',
            date: `${YEAR}-12-30`,
            signer: 'Chủ tịch',
            rejectedNominationIds: [],
            version: l.version,
          },
        };
      },
      expect: adminOnly('200'),
    },
    {
      route: 'GET /award-lists/:id/export',
      target: async () => ({ params: { id: (await f.awardList()).id }, query: { format: 'xlsx' } }),
      expect: READ,
    },
    {
      route: 'GET /award-lists/:id/cover-letter',
      target: async () => ({ params: { id: (await f.awardList()).id }, query: { format: 'pdf' } }),
      expect: READ,
    },
    {
      route: 'GET /award-lists/:id/decision',
      target: async () => ({
        params: { id: (await f.decidedAwardList()).id },
        query: { format: 'pdf' },
      }),
      expect: READ,
    },
    {
      route: 'GET /award-lists/:id/certificates',
      target: async () => ({ params: { id: (await f.decidedAwardList()).id } }),
      expect: READ,
    },
    {
      route: 'POST /award-lists/:id/exports',
      target: async () => ({
        params: { id: (await f.awardList()).id },
        body: { kind: 'list', format: 'xlsx' },
      }),
      expect: '2xx 2xx 2xx 2xx 2xx 2xx 401',
    },
    {
      route: 'GET /export-jobs/:jobId',
      target: async () => ({ params: { jobId: (await f.exportJob()).id } }),
      expect: READ,
    },
    {
      route: 'GET /export-jobs/:jobId/file',
      target: async () => ({ params: { jobId: (await f.exportJob()).id } }),
      expect: READ,
    },
    {
      route: 'GET /certificate-layouts/:awardTypeId',
      target: async () => ({ params: { awardTypeId: f.award['GK'] } }),
      expect: READ,
    },
    {
      route: 'PUT /certificate-layouts/:awardTypeId',
      target: async () => {
        const l = await f.api('admin', 'get', `/certificate-layouts/${f.award['GK']}`);
        return {
          params: { awardTypeId: f.award['GK'] },
          body: { orientation: l.orientation, fields: l.fields, version: l.version },
        };
      },
      expect: adminOnly('200'),
    },
    // Clearance and concurrence: the board opens and reads; only a clearance office (none of these
    // actors: the board cannot answer for one) answers and uploads.
    ...(['clearance-rounds', 'concurrence-requests'] as const).flatMap((path): MatrixRow[] => [
      { route: `GET /${path}`, expect: adminOnly('200') },
      {
        route: `POST /${path}`,
        fresh: true,
        target: async () => {
          const r = await f.clearance(path);
          return {
            body: {
              title: `Xác nhận ${uniqueName('')}`,
              year: YEAR,
              dueDate: `${YEAR}-12-31`,
              nominationIds: r.nominees.map((n: { nominationId: string }) => n.nominationId),
              officeIds: [a.units.tct],
            },
          };
        },
        expect: adminOnly('201'),
      },
      {
        route: `GET /${path}/:id`,
        target: async () => ({ params: { id: (await f.clearance(path)).id } }),
        expect: adminOnly('200'),
      },
      {
        route: `POST /${path}/:id/answers`,
        target: async () => {
          const r = await f.clearance(path);
          return {
            params: { id: r.id },
            body: { nominationId: r.nominees[0].nominationId, answer: 'noObjection', version: 0 },
          };
        },
        expect: '403 403 403 403 403 403 401',
      },
      {
        route: `POST /${path}/:id/documents`,
        target: async () => ({
          params: { id: (await f.clearance(path)).id },
          file: { name: 'ket-luan.pdf', content: PDF },
        }),
        expect: '403 403 403 403 403 403 401',
      },
    ]),
    {
      route: 'POST /clearance-overrides',
      target: async () => ({
        body: {
          nominationId: (await f.clearance('clearance-rounds')).nominees[0].nominationId,
          reason: 'Hội đồng đã xem xét',
        },
      }),
      expect: adminOnly('200'),
    },
    // Dashboard and reports: the board and viewers any bloc, a secretariat its own bloc only,
    // unit users none (their unit's record only).
    {
      route: 'GET /dashboard',
      target: async () => ({ query: { year: YEAR, blocId: a.party } }),
      expect: REPORT,
    },
    {
      route: 'GET /reports/awards',
      target: async () => ({ query: { year: YEAR, blocId: a.party, groupBy: 'unit' } }),
      expect: REPORT,
    },
    {
      route: 'GET /reports/awards/export',
      target: async () => ({ query: { year: YEAR, blocId: a.party, format: 'xlsx' } }),
      expect: REPORT,
    },
    {
      route: 'GET /reports/participation',
      target: async () => ({ query: await movementReport() }),
      expect: REPORT,
    },
    {
      route: 'GET /reports/participation/export',
      target: async () => ({ query: { ...(await movementReport()), format: 'xlsx' } }),
      expect: REPORT,
    },
    {
      route: 'GET /reports/targets',
      target: async () => ({ query: await movementReport() }),
      expect: REPORT,
    },
    {
      route: 'GET /reports/targets/export',
      target: async () => ({ query: { ...(await movementReport()), format: 'xlsx' } }),
      expect: REPORT,
    },
    {
      route: 'GET /reports/units/:id',
      target: async () => ({ params: { id: a.units.btgtu } }),
      expect: RECORD,
    },
    {
      route: 'GET /reports/people/:id',
      target: async () => ({ params: { id: (await f.once('person', f.makePerson)).id } }),
      expect: RECORD,
    },
  ];
}

export function awardTypeBody(
  code = uniqueName('T')
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 20),
) {
  return {
    code,
    name: `Danh hiệu ${code}`,
    category: 'commendation',
    beneficiaryKinds: ['collective'],
    decidingAuthority: 'Chủ tịch UBND tỉnh',
    kind: 'regular',
  };
}

function ruleBody() {
  return {
    effectiveFrom: `${2000 + Math.floor(Math.random() * 90)}-01-01`,
    legalCitation: 'Điều 1 Nghị định 98/2023/NĐ-CP',
    bonusCoefficient: 1,
    ballot: { threshold: 50, denominator: 'eligible', comparator: 'gt' },
    prerequisites: [],
  };
}
