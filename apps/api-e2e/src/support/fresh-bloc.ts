import { type TestApp, bearer, uniqueName, unitId, yearVersion } from './test-app';
import { scratchYear } from './years';

export interface FreshBloc {
  id: string;
  name: string;
  year: number;
  /** BLC (thuky's unit, the head), BTGTU (donvi's, the deputy), SNV. */
  units: string[];
}

/** A fresh bloc of three demo units in a year of its own, with thuky's unit (Báo Lào Cai) as head. */
export async function freshBloc(t: TestApp, adminToken: string): Promise<FreshBloc> {
  const name = `Khối giao ước ${uniqueName('g')}`;
  const bloc = await t.http
    .post('/api/v1/blocs')
    .set(bearer(adminToken))
    .send({ name, kind: 'khoi' })
    .expect(201);
  const units = [await unitId(t, 'BLC'), await unitId(t, 'BTGTU'), await unitId(t, 'SNV')];
  const year = await scratchYear(t, units);
  await t.http
    .put(`/api/v1/blocs/${bloc.body.id}/years/${year}/members`)
    .set(bearer(adminToken))
    .send({ version: await yearVersion(t, bloc.body.id, year), unitIds: units })
    .expect(200);
  await t.http
    .put(`/api/v1/blocs/${bloc.body.id}/years/${year}/leadership`)
    .set(bearer(adminToken))
    .send({
      version: await yearVersion(t, bloc.body.id, year),
      headUnitId: units[0],
      deputyUnitId: units[1],
    })
    .expect(200);
  return { id: bloc.body.id, name, year, units };
}
