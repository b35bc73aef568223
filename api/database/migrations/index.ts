import { Foundation1795333728725 } from './1795333728725-Foundation';
import { Platforms1795334995773 } from './1795334995773-Platforms';
import { Briefs1795335168724 } from './1795335168724-Briefs';
import { ArgumentBase1795335230174 } from './1795335230174-ArgumentBase';
import { BriefWorkflow1795335555304 } from './1795335555304-BriefWorkflow';
import { ReplyRevisionsAndDeliveries1795335607942 } from './1795335607942-ReplyRevisionsAndDeliveries';
import { SocialCrm1795335692918 } from './1795335692918-SocialCrm';
import { MatchIndex1795336525114 } from './1795336525114-MatchIndex';
import { EscalationAtIngest1795338382909 } from './1795338382909-EscalationAtIngest';
import { MatchAbbreviations1795338442026 } from './1795338442026-MatchAbbreviations';
import { ConfirmedMatchDocuments1795340901642 } from './1795340901642-ConfirmedMatchDocuments';
import { CategoryClassifier1795347262767 } from './1795347262767-CategoryClassifier';
import { AbuseLimits1796291312780 } from './1796291312780-AbuseLimits';
import { MatchIndexLockOrder1796291687283 } from './1796291687283-MatchIndexLockOrder';
import { ClientTimeZone1796400000000 } from './1796400000000-ClientTimeZone';
import { KpiFacts1796500000000 } from './1796500000000-KpiFacts';
import { KpiRevisions1796510000000 } from './1796510000000-KpiRevisions';
import { Reports1796510100000 } from './1796510100000-Reports';
import { CaseRollups1796525000000 } from './1796525000000-CaseRollups';
import { Certification1796530000000 } from './1796530000000-Certification';
import { CertificationStandard1796535000000 } from './1796535000000-CertificationStandard';
import { Webhooks1796540000000 } from './1796540000000-Webhooks';
import { LearnedMatchModels1796550000000 } from './1796550000000-LearnedMatchModels';
import { CallerChangeNotices1796560000000 } from './1796560000000-CallerChangeNotices';
import { MatchIndexPerStatement1796560000001 } from './1796560000001-MatchIndexPerStatement';
import { ApprovedWordsInFlow1796570000000 } from './1796570000000-ApprovedWordsInFlow';
import { Notifications1796580000000 } from './1796580000000-Notifications';
import { MatchIndexBulkWrites1796610000000 } from './1796610000000-MatchIndexBulkWrites';
import { ArgumentBaseImportProgress1796610000001 } from './1796610000001-ArgumentBaseImportProgress';

/** Every migration in order; `npm run db:migration:generate -- Name` rewrites this list. */
export const migrations: Function[] = [
  Foundation1795333728725,
  Platforms1795334995773,
  Briefs1795335168724,
  ArgumentBase1795335230174,
  BriefWorkflow1795335555304,
  ReplyRevisionsAndDeliveries1795335607942,
  SocialCrm1795335692918,
  MatchIndex1795336525114,
  EscalationAtIngest1795338382909,
  MatchAbbreviations1795338442026,
  ConfirmedMatchDocuments1795340901642,
  CategoryClassifier1795347262767,
  AbuseLimits1796291312780,
  MatchIndexLockOrder1796291687283,
  ClientTimeZone1796400000000,
  KpiFacts1796500000000,
  KpiRevisions1796510000000,
  Reports1796510100000,
  CaseRollups1796525000000,
  Certification1796530000000,
  CertificationStandard1796535000000,
  Webhooks1796540000000,
  LearnedMatchModels1796550000000,
  CallerChangeNotices1796560000000,
  MatchIndexPerStatement1796560000001,
  ApprovedWordsInFlow1796570000000,
  Notifications1796580000000,
  MatchIndexBulkWrites1796610000000,
  ArgumentBaseImportProgress1796610000001,
];
