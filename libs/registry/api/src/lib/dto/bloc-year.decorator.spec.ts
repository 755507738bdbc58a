import type { ExecutionContext, PipeTransform } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { DECORATORS } from '@nestjs/swagger';

import { BlocYear, type BlocYearParams } from './bloc-year.decorator';

const BLOC = '4edbdd5c-063f-4552-a4b7-e3ffdf5e118a';

class BlocYearsController {
  byBlocId(@BlocYear() params: BlocYearParams) {
    return params;
  }

  byId(@BlocYear('id') params: BlocYearParams) {
    return params;
  }
}

/** Reads `params` as the decorator does on `handler`, through its pipe. */
async function read(handler: keyof BlocYearsController, params: Record<string, string>) {
  const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, BlocYearsController, handler);
  const { factory, data, pipes } = Object.values(args)[0] as {
    factory: (data: unknown, context: ExecutionContext) => unknown;
    data: string;
    pipes: PipeTransform[];
  };
  const context = { switchToHttp: () => ({ getRequest: () => ({ params }) }) };
  const raw = factory(data, context as unknown as ExecutionContext);
  return pipes[0].transform(raw, { type: 'custom', data });
}

describe('BlocYear', () => {
  it('should give the bloc id and the year as a number', async () => {
    await expect(read('byBlocId', { blocId: BLOC, year: '2024' })).resolves.toEqual({
      blocId: BLOC,
      year: 2024,
    });
    await expect(read('byId', { id: BLOC, year: '2025' })).resolves.toEqual({
      blocId: BLOC,
      year: 2025,
    });
  });

  it('should refuse a malformed bloc id as ParseUUIDPipe does', async () => {
    await expect(read('byBlocId', { blocId: 'not-a-uuid', year: '2024' })).rejects.toMatchObject({
      status: 400,
      message: 'Validation failed (uuid is expected)',
    });
  });

  it.each(['abcd', '1999', '2101', '20245'])(
    'should refuse the year %s with common.invalidYear, before a malformed id',
    async (year) => {
      await expect(read('byBlocId', { blocId: 'not-a-uuid', year })).rejects.toMatchObject({
        status: 400,
        code: 'common.invalidYear',
        params: { min: 2000, max: 2100 },
      });
    },
  );

  it('should document both path params', () => {
    const documented = Reflect.getMetadata(
      DECORATORS.API_PARAMETERS,
      BlocYearsController.prototype.byId,
    );
    expect(documented).toEqual([
      expect.objectContaining({ name: 'id', in: 'path', required: true, type: String }),
      expect.objectContaining({ name: 'year', in: 'path', required: true, type: Number }),
    ]);
  });
});
