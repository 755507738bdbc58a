import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import {
  ballotStatusLabel,
  denominatorInWords,
  hexGroups,
  numberVi,
  percentVi,
  ruleInWords,
  thresholdInWords,
  turnoutInWords,
} from '@thidua/ballots/ui';

import { BallotStore } from '../ballot/ballot.store';
import { resultsLayout } from './projector-layout';

/** Circumference of the turnout ring (r = 54). */
const RING = 2 * Math.PI * 54;
/** How often the projector asks for the meeting's count of reissued codes. */
const MEETING_REFRESH_MS = 30_000;

/**
 * The projector in the conference hall, full screen: the ballot's title, the live turnout as a
 * ring, the codes reissued during the meeting, and after the count the results as bars (numbers
 * always written out too) with the public record's fingerprint.
 */
@Component({
  selector: 'td-projector-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule],
  templateUrl: './projector-page.component.html',
  styleUrl: './projector-page.component.scss',
})
export class ProjectorPageComponent {
  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly store = inject(BallotStore);
  private readonly document = inject(DOCUMENT);

  protected readonly ring = RING;
  protected readonly statusLabel = ballotStatusLabel;
  protected readonly number = numberVi;
  protected readonly percent = percentVi;
  protected readonly ruleText = computed(() => {
    const ballot = this.store.ballot();
    return ballot ? ruleInWords(ballot) : '';
  });
  protected readonly thresholdText = computed(() => {
    const ballot = this.store.ballot();
    return ballot ? thresholdInWords(ballot.rule) : '';
  });
  protected readonly turnoutText = computed(() => {
    const turnout = this.store.turnout();
    return turnout ? turnoutInWords(turnout.votedCount, turnout.voterCount) : '';
  });
  protected readonly ringOffset = computed(() => RING * (1 - this.store.turnoutPercent() / 100));
  protected readonly denominatorText = computed(() => {
    const row = this.store.results()?.rows[0];
    return row ? denominatorInWords(row.denominator, row.denominatorKind) : '';
  });
  protected readonly threshold = computed(() => this.store.results()?.rule.threshold ?? null);
  protected readonly codeReissues = computed(() => this.store.meeting()?.codeReissues ?? 0);
  protected readonly fingerprintGroups = computed(() => hexGroups(this.store.fingerprint() ?? ''));
  protected readonly hasResults = computed(() => !!this.store.results());
  protected readonly layout = computed(() => resultsLayout(this.store.results()?.rows.length ?? 0));

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => {
        void this.store.load(id).then(() => this.store.loadMeeting());
        this.store.connect(id);
      });
    });
    const timer = setInterval(() => void this.store.loadMeeting(), MEETING_REFRESH_MS);
    inject(DestroyRef).onDestroy(() => {
      clearInterval(timer);
      this.store.disconnect();
    });
  }

  protected toggleFullScreen(): void {
    const doc = this.document;
    if (doc.fullscreenElement) void doc.exitFullscreen();
    else void doc.documentElement.requestFullscreen?.().catch(() => undefined);
  }

  protected votesText(votes: number): string {
    const count = numberVi(votes);
    return $localize`:@@blProjectorVotes:${count}:COUNT: phiếu`;
  }
}
