import { InstanceSetting } from '../auth/instance-setting.entity';
import { ApiKey } from '../modules/api-keys/api-key.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { Reply } from '../modules/argument-base/reply.entity';
import { SituationExample } from '../modules/argument-base/situation-example.entity';
import { Situation } from '../modules/argument-base/situation.entity';
import { SituationMatchCorpus, SituationMatchDocument, SituationMatchGram, SituationMatchTerm, SituationMatchVocabulary } from '../modules/matching/match-index.entity';
import { BriefVersion } from '../modules/briefs/brief-version.entity';
import { Brief } from '../modules/briefs/brief.entity';
import { Client } from '../modules/clients/client.entity';
import { Platform } from '../modules/platforms/platform.entity';
import { Membership } from '../modules/users/membership.entity';
import { User } from '../modules/users/user.entity';

/** Every stored entity, listed so that compiled and test runs load exactly the same classes. */
export const entities = [InstanceSetting, Client, User, Membership, ApiKey, AuditEvent, Platform, Brief, BriefVersion, Situation, SituationExample, Reply, SituationMatchDocument, SituationMatchTerm, SituationMatchVocabulary, SituationMatchCorpus, SituationMatchGram];
