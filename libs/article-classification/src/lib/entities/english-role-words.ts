import { LexiconMatch } from '../text/lexicon-matcher';
import { Token } from '../text/tokenize';
import { ENGLISH_GIVEN_NAMES } from './data/english-words';
import { Role } from './role-lexicon';

/**
 * A role's short form with an ending is often a given name instead (Gen → Gene, Col → Cole, Rev → Reva); a given name
 * read so would leave its bearer known by surname alone. The role written out (General Lee) still counts.
 */
export const givenNameReadAsRole = (role: LexiconMatch<Role>, tokens: Token[], language: string) =>
  language === 'en' &&
  role.first === role.last &&
  tokens[role.last].norm !== role.value.lastStem &&
  ENGLISH_GIVEN_NAMES.has(tokens[role.last].norm);
