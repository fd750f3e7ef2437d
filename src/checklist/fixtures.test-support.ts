import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importDocument } from '../profile/import';
import type { Material, Profile } from '../profile/schema';
import type { Need } from './need';

// Test support for the checklist: every valid shared fixture, hand-made materials and compact views of needs.
// Not imported by the extension.

const FIXTURES = join(import.meta.dirname, '../../test/fixtures');

/** Every profile of `test/fixtures/profiles/valid-*.json` and `test/fixtures/v2/valid-*.json`, by file (and index in a set). */
export function validFixtures(): { name: string; profile: Profile }[] {
  return ['profiles', 'v2'].flatMap((folder) =>
    readdirSync(join(FIXTURES, folder))
      .filter((file) => file.startsWith('valid-') && file.endsWith('.json'))
      .flatMap((file) => {
        const result = importDocument(readFileSync(join(FIXTURES, folder, file), 'utf8'));
        if (!result.ok) throw new Error(`${file}: ${JSON.stringify(result.errors)}`);
        return result.profiles.map((profile, i) => ({ name: `${folder}/${file}#${i}`, profile }));
      }),
  );
}

let next = 0;
/** A material as the store would hold it (no bytes needed by the checklist). */
export function material(kind: string, owner: string, name = `${kind}.jpg`): Material {
  next += 1;
  return { id: `m-${next}`, kind, owner, name, type: 'image/jpeg', size: 300_000, width: 1280, height: 800, sha256: `${next}`.padStart(64, '0') };
}

/** `kind owner` of each need, with a `?` when it is not required: compact expectations. */
export const keysOf = (needs: readonly Need[]): string[] => needs.map((n) => `${n.required ? '' : '?'}${n.kind} ${n.owner}`);

export function needOf(needs: readonly Need[], kind: string, owner: string): Need {
  const found = needs.find((n) => n.kind === kind && n.owner === owner);
  if (!found) throw new Error(`no need ${kind} ${owner} in ${keysOf(needs).join(', ')}`);
  return found;
}
