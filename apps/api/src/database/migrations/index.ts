import { EnableVietnameseSearch1732200000000 } from './1732200000000-enable-vietnamese-search';
import { CreateFoundation1732200000100 } from './1732200000100-create-foundation';
import { AddMovementsAndPledges1732200000200 } from './1732200000200-add-movements-and-pledges';
import { AddAwardsAndNominations1732200000300 } from './1732200000300-add-awards-and-nominations';
import { AddMeetingsAndBallots1732200000400 } from './1732200000400-add-meetings-and-ballots';
import { AddAwardLists1732200000500 } from './1732200000500-add-award-lists';
import { AddScoreSheets1732200000600 } from './1732200000600-add-score-sheets';
import { AddActivityReports1732200000700 } from './1732200000700-add-activity-reports';
import { AddVersionsToEditableRows1732200000800 } from './1732200000800-add-versions-to-editable-rows';
import { SealTheBallotBox1732200000900 } from './1732200000900-seal-the-ballot-box';
import { ThrottleSignInsPerAccountAndAddress1732200001200 } from './1732200001200-throttle-sign-ins-per-account-and-address';
import { MakeAuditLogAppendOnly1732200001300 } from './1732200001300-make-audit-log-append-only';
import { AddOrganisationProfile1732200001400 } from './1732200001400-add-organisation-profile';
import { WidenExportJobKinds1732200001500 } from './1732200001500-widen-export-job-kinds';
import { AddSigningCertificates1732200001600 } from './1732200001600-add-signing-certificates';
import { AddOutgoingNumberRegister1732200001700 } from './1732200001700-add-outgoing-number-register';
import { CountDelegatesAbsentUntilMarked1732200001900 } from './1732200001900-count-delegates-absent-until-marked';
import { AddMailDeliveries1732200001901 } from './1732200001901-add-mail-deliveries';
import { IndexAwardHistoryByUnit1732200002000 } from './1732200002000-index-award-history-by-unit';
import { KeepFoldedSearchText1732200002100 } from './1732200002100-keep-folded-search-text';
import { AddApiKeys1732200002200 } from './1732200002200-add-api-keys';
import { NumberBlocPapersAndMinutes1732200002300 } from './1732200002300-number-bloc-papers-and-minutes';
import { AddAttemptsToExportJobs1732200002400 } from './1732200002400-add-attempts-to-export-jobs';
import { AddClearanceRequests1732200002600 } from './1732200002600-add-clearance-requests';
import { AddUnitEvents1732200002700 } from './1732200002700-add-unit-events';

/** Migrations in order. Class references, because webpack bundles main.js. */
export const MIGRATIONS = [
  EnableVietnameseSearch1732200000000,
  CreateFoundation1732200000100,
  AddMovementsAndPledges1732200000200,
  AddAwardsAndNominations1732200000300,
  AddMeetingsAndBallots1732200000400,
  AddAwardLists1732200000500,
  AddScoreSheets1732200000600,
  AddActivityReports1732200000700,
  AddVersionsToEditableRows1732200000800,
  SealTheBallotBox1732200000900,
  ThrottleSignInsPerAccountAndAddress1732200001200,
  MakeAuditLogAppendOnly1732200001300,
  AddOrganisationProfile1732200001400,
  WidenExportJobKinds1732200001500,
  AddSigningCertificates1732200001600,
  AddOutgoingNumberRegister1732200001700,
  CountDelegatesAbsentUntilMarked1732200001900,
  AddMailDeliveries1732200001901,
  IndexAwardHistoryByUnit1732200002000,
  KeepFoldedSearchText1732200002100,
  AddApiKeys1732200002200,
  NumberBlocPapersAndMinutes1732200002300,
  AddAttemptsToExportJobs1732200002400,
  AddClearanceRequests1732200002600,
  AddUnitEvents1732200002700,
];
