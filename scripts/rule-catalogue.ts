import { readFileSync, writeFileSync } from 'node:fs';
import { renderCatalogue, spliceCatalogue } from '../src/cli/rule-catalogue';
import { ruleFamilies } from '../src/rules/index';

// Regenerates the README's rule catalogue from the rule definitions; a unit test fails when it drifts.
const readme = readFileSync('README.md', 'utf8');
writeFileSync('README.md', spliceCatalogue(readme, renderCatalogue(ruleFamilies)));
console.log('README.md rule catalogue updated');
