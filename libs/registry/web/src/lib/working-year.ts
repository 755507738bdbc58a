import { Injectable, Injector, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { currentYear } from '@thidua/shared/util';

import { BlocsApi } from './blocs/blocs.api';

/**
 * The year every page opens on when none is chosen (`GET /blocs/working-year`): the latest year,
 * up to this calendar year, in which some bloc has members; this calendar year until it is known.
 * Loaded once when the signed-in app starts (the shell's guard waits for it), read synchronously.
 */
@Injectable({ providedIn: 'root' })
export class WorkingYear {
  /** The API is looked up when loading: pages (and their tests) may read the year without HTTP. */
  private readonly injector = inject(Injector);
  private readonly yearState = signal(currentYear());
  private loading: Promise<void> | null = null;

  readonly year = this.yearState.asReadonly();

  /** Asks the server once; a failure keeps the calendar year and lets a later call ask again. */
  load(): Promise<void> {
    this.loading ??= firstValueFrom(this.injector.get(BlocsApi).workingYear()).then(
      ({ year }) => this.yearState.set(year),
      () => {
        this.loading = null;
      },
    );
    return this.loading;
  }

  /** A `?year=` or `:year` value read as a year, or the working year when missing or nonsense. */
  or(year: number | null): number {
    return year ?? this.yearState();
  }
}
