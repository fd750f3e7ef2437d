import type { Rule } from './define-rule';
import { accessRules } from './access';
import { addressRules } from './address';
import { appsRules } from './apps';
import { completenessRules } from './completeness';
import { contactsRules } from './contacts';
import { domainsRules } from './domains';
import { identityRules } from './identity';
import { materialsRules } from './materials';
import { miniprogramsRules } from './miniprograms';
import { namesRules } from './names';
import { organisationRules } from './organisation';
import { platformsRules } from './platforms';
import { provinceRules } from './province';
import { recordsRules } from './records';
import { securityRules } from './security';

/** Every rule, by family; the family is the rule id's prefix and the file's name. */
export const ruleFamilies: Readonly<Record<string, readonly Rule[]>> = {
  completeness: completenessRules,
  identity: identityRules,
  organisation: organisationRules,
  contacts: contactsRules,
  names: namesRules,
  domains: domainsRules,
  access: accessRules,
  address: addressRules,
  province: provinceRules,
  records: recordsRules,
  apps: appsRules,
  platforms: platformsRules,
  miniprograms: miniprogramsRules,
  materials: materialsRules,
  security: securityRules,
};

export const rules: readonly Rule[] = Object.values(ruleFamilies).flat();
