import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { of, throwError } from 'rxjs';
import { HttpErrorResponse } from '@angular/common/http';

import {
  BALLOT_EVENT_SOURCE,
  ballotFixture,
  BallotsApi,
  FakeEventSources,
} from '@thidua/ballots/data-access';

import { BallotStore } from './ballot.store';
import { TallyFormComponent } from './tally-form.component';

const SEAL = {
  publicKey: 'e'.repeat(64),
  committeeSize: 3,
  committeeThreshold: 2,
  fingerprint: null,
};

describe('TallyFormComponent', () => {
  let api: Record<string, jest.Mock>;

  async function open() {
    TestBed.configureTestingModule({
      providers: [
        provideNoopAnimations(),
        BallotStore,
        { provide: BallotsApi, useValue: api },
        { provide: BALLOT_EVENT_SOURCE, useValue: new FakeEventSources().factory },
      ],
    });
    await TestBed.inject(BallotStore).load('b1');
    const fixture = TestBed.createComponent(TallyFormComponent);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const inputs = () => Array.from(el.querySelectorAll<HTMLInputElement>('input'));
    const type = async (index: number, value: string) => {
      inputs()[index].value = value;
      inputs()[index].dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const submit = async () => {
      el.querySelector('form')?.dispatchEvent(new Event('submit'));
      await fixture.whenStable();
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    };
    return { el, inputs, type, submit };
  }

  beforeEach(() => {
    api = {
      getBallot: jest.fn(() => of(ballotFixture({ status: 'closed', version: 7, seal: SEAL }))),
      tallyBallot: jest.fn(),
      results: jest.fn(() => of(null)),
      receipts: jest.fn(() => of([])),
    };
  });

  it('should give one field per committee member and ask for k of them', async () => {
    const { el, inputs, type, submit } = await open();
    expect(inputs()).toHaveLength(3);
    expect(el.textContent).toContain('Mảnh khóa của thành viên 3');
    await type(0, 'share-one');
    await submit();
    expect(api['tallyBallot']).not.toHaveBeenCalled();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('Cần ít nhất 2 mảnh khóa');
  });

  it('should post the filled shares and show each server error on its own field', async () => {
    const { el, type, submit } = await open();
    await type(0, 'share-one');
    await type(2, ' share-three ');
    api['tallyBallot'].mockReturnValue(
      throwError(
        () =>
          new HttpErrorResponse({
            status: 422,
            error: {
              statusCode: 422,
              code: 'ballots.shares',
              message: 'Các mảnh khóa chưa mở được hòm phiếu.',
              fieldErrors: { 'shares.1': ['Đây không phải mảnh khóa của phiếu bầu này.'] },
            },
          }),
      ),
    );
    await submit();
    expect(api['tallyBallot']).toHaveBeenCalledWith('b1', {
      shares: ['share-one', 'share-three'],
      version: 7,
    });
    const fields = el.querySelectorAll('mat-form-field');
    expect(fields[2].textContent).toContain('Đây không phải mảnh khóa của phiếu bầu này.');
    expect(fields[0].textContent).not.toContain('Đây không phải');
  });
});
