import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Material, Profile } from '../profile/schema';
import type { Finding, Text } from '../rules/define-rule';
import { inspectionFindings, type MaterialInspection } from '../rules/materials';
import type { Change } from './FieldRow';
import { say } from './lang';
import { bytesOfData, inspectMaterialBytes, measureBytes, readBytes } from './material-bytes';
import { MaterialCard } from './MaterialCard';
import { Findings } from './FieldRow';
import {
  ACCEPT_ATTRIBUTE,
  composedMaterial,
  findingsAt,
  generalFindings,
  guessKind,
  guessOwner,
  idPairs,
  materialFrom,
  pastedName,
  portalChoices,
  quotaText,
  refusal,
  withBytes,
  WORDS,
  type NewBytes,
} from './materials-model';
import { Section, type SectionState } from './Section';
import './materials.css';

// 材料: the filing's files, after the services as the filing lists them. Files come in by drop, the chooser or a paste;
// each is read, sniffed, hashed and measured here, then added to the profile with its bytes in `data`, so the normal
// save stores them (the store moves them to its files) and the draft keeps them meanwhile.

export const MATERIALS_SECTION = 'materials';

export type FileLoader = (profileId: string) => Promise<Map<string, Uint8Array<ArrayBuffer>>>;

type Props = {
  profile: Profile;
  findings: readonly Finding[];
  onChange: Change;
  onProfile: (next: Profile) => void;
  section: SectionState;
  /** The stored profile's id, when it is stored: its files are loaded for thumbnails and checks. */
  profileId?: string;
  loadFiles?: FileLoader;
};

type Held = { sha256: string; bytes: Uint8Array<ArrayBuffer> };
const inspectionKey = (m: Material) => `${m.id}:${m.sha256}`;

/** A pasted screenshot arrives as "image.png": named by when it came instead. */
const nameOf = (file: File) => (file.name === '' || /^image\.(png|jpe?g)$/i.test(file.name) ? pastedName(file.type, new Date()) : file.name);

export function MaterialsSection({ profile, findings, onChange, onProfile, section, profileId, loadFiles }: Props) {
  const materials = profile.materials;
  const [stored, setStored] = useState<{ profileId?: string; files?: Map<string, Uint8Array<ArrayBuffer>> }>({});
  const [inspections, setInspections] = useState<ReadonlyMap<string, MaterialInspection>>(new Map());
  const [notes, setNotes] = useState<Text[]>([]);
  const [reading, setReading] = useState<string[]>([]);
  const [quota, setQuota] = useState<Text>();
  const [over, setOver] = useState(false);
  const chooser = useRef<HTMLInputElement>(null);
  // Adds finish one after another on the newest profile, so two drops in a row both land.
  const latest = useRef(profile);
  latest.current = profile;
  const queue = useRef<Promise<void>>(Promise.resolve());
  const decoded = useRef(new Map<string, Held>());
  const measuring = useRef(new Set<string>());

  // The stored files of the profile on screen, loaded once per profile (and again after a save changes its id).
  useEffect(() => {
    if (!profileId || !loadFiles) return setStored({});
    let current = true;
    void loadFiles(profileId).then(
      (files) => current && setStored({ profileId, files }),
      () => current && setStored({ profileId, files: new Map() }),
    );
    return () => {
      current = false;
    };
  }, [profileId]);

  /** A material's bytes: its own `data` (added, not yet saved), else the stored file. */
  function bytesOf(m: Material): Uint8Array<ArrayBuffer> | undefined {
    if (m.data === undefined) return stored.profileId === profileId ? stored.files?.get(m.id) : undefined;
    const held = decoded.current.get(m.id);
    if (held?.sha256 === m.sha256) return held.bytes;
    const bytes = bytesOfData(m.data);
    decoded.current.set(m.id, { sha256: m.sha256, bytes });
    return bytes;
  }
  const bytes = useMemo(() => materials.map(bytesOf), [materials, stored]);

  // Stored materials are measured once their bytes are here, so their checks come back after a reload.
  useEffect(() => {
    materials.forEach((m, i) => {
      const key = inspectionKey(m);
      const held = bytes[i];
      if (!held || inspections.has(key) || measuring.current.has(key)) return;
      measuring.current.add(key);
      void inspectMaterialBytes(held, m.type).then((found) => setInspections((prev) => new Map(prev).set(key, found)));
    });
  }, [bytes]);

  useEffect(() => {
    void navigator.storage?.estimate?.().then((estimate) => setQuota(quotaText(estimate)), () => undefined);
  }, [materials.length, profileId]);

  async function addFiles(files: readonly File[]) {
    if (files.length === 0) return;
    const names = files.map(nameOf);
    setReading((prev) => [...prev, ...names]);
    const added: Material[] = [];
    const refused: Text[] = [];
    const measured = new Map<string, MaterialInspection>();
    for (const [k, file] of files.entries()) {
      const name = names[k]!;
      const read = await readBytes(new Uint8Array(await file.arrayBuffer()), file.type);
      const why = refusal(name, read.inspection);
      if (why) {
        refused.push(why);
        continue;
      }
      const kind = guessKind(name);
      const material = materialFrom({ id: `m-${crypto.randomUUID()}`, name, inspection: read.inspection, sha256: read.sha256, data: read.data, kind, owner: guessOwner(kind, latest.current) });
      decoded.current.set(material.id, { sha256: material.sha256, bytes: read.bytes });
      const pixels = await measureBytes(read.bytes, read.inspection);
      // The declared type is kept in this inspection, so a .jpg that is really a PNG says so on its card.
      measured.set(inspectionKey(material), pixels ? { bytes: read.inspection, pixels } : { bytes: read.inspection });
      added.push(material);
    }
    setInspections((prev) => new Map([...prev, ...measured]));
    setNotes(refused);
    setReading((prev) => prev.filter((n) => !names.includes(n)));
    if (added.length === 0) return;
    const next = { ...latest.current, materials: [...latest.current.materials, ...added] };
    latest.current = next;
    onProfile(next);
  }
  const add = (files: readonly File[]) => {
    queue.current = queue.current.then(() => addFiles(files)).catch((error: unknown) => setNotes([{ zh: String(error), en: String(error) }]));
  };

  function change(next: Material[]) {
    const profile = { ...latest.current, materials: next };
    latest.current = profile;
    onProfile(profile);
  }
  const remove = (i: number) => change(latest.current.materials.filter((_, j) => j !== i));
  const replace = (i: number, facts: NewBytes) => change(latest.current.materials.map((m, j) => (j === i ? withBytes(m, facts) : m)));
  const compose = (pair: ReturnType<typeof idPairs>[number], facts: NewBytes) =>
    change([...latest.current.materials, composedMaterial(pair, latest.current.materials, latest.current, `m-${crypto.randomUUID()}`, facts)]);

  // Nothing left to load: a profile not stored yet has only the files added to it.
  const filesReady = !profileId || !loadFiles || (stored.profileId === profileId && stored.files !== undefined);
  const pairs = idPairs(materials);
  const portals = portalChoices(profile);
  const cardFindings = materials.map((m, i) => {
    const inspection = inspections.get(inspectionKey(m));
    return [...findingsAt(findings, i), ...(inspection ? inspectionFindings(m, i, inspection) : [])];
  });
  const all = [...generalFindings(findings), ...cardFindings.flat()];
  const counts = { errors: all.filter((f) => f.severity === 'error').length, warnings: all.filter((f) => f.severity === 'warning').length };

  return (
    <Section level={2} class="materials" title={say(WORDS.title)} {...section} {...counts}>
      <div
        class={`materials-drop${over ? ' over' : ''}`}
        role="group"
        tabIndex={0}
        aria-label={say(WORDS.area)}
        aria-describedby="materials-intro"
        onDragOver={(e) => {
          e.preventDefault();
          e.stopPropagation(); // the workspace takes drops as imports; a drop here is a material
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setOver(false);
          add([...(e.dataTransfer?.files ?? [])]);
        }}
        onPaste={(e) => {
          const files = [...(e.clipboardData?.files ?? [])];
          if (files.length === 0) return; // text pasted into a field stays the field's
          e.preventDefault();
          add(files);
        }}
      >
        <p id="materials-intro" class="hint">{say(WORDS.intro)}</p>
        <div class="materials-toolbar">
          <button type="button" id="materials-choose" onClick={() => chooser.current?.click()}>
            {say(WORDS.choose)}
          </button>
          <input
            ref={chooser}
            id="materials-file"
            type="file"
            accept={ACCEPT_ATTRIBUTE}
            multiple
            hidden
            onChange={(e) => {
              const input = e.currentTarget;
              add([...(input.files ?? [])]);
              input.value = ''; // the same file chosen again is added again
            }}
          />
          {quota && (
            <span id="materials-quota" class="materials-quota">
              {say(WORDS.quota)}: {say(quota)}
            </span>
          )}
        </div>
        <div id="materials-status" role="status" class="materials-status">
          {reading.length > 0 && (
            <p>
              {say(WORDS.reading)}
              <span class="data">{reading.join(', ')}</span>
            </p>
          )}
          {notes.map((note, k) => (
            <p key={k} class="error materials-refused">
              {say(note)}
            </p>
          ))}
        </div>
        <Findings findings={generalFindings(findings)} />
        {materials.length === 0 ? (
          <p class="materials-none">{say(WORDS.none)}</p>
        ) : (
          <div class="materials-list">
            {materials.map((m, i) => {
              const pair = pairs.find((p) => p.front === i);
              const backMaterial = pair ? materials[pair.back] : undefined;
              const own = bytes[i];
              return (
                <MaterialCard
                  key={m.id}
                  material={m}
                  index={i}
                  profile={profile}
                  findings={cardFindings[i] ?? []}
                  {...(own ? { bytes: own } : {})}
                  missing={filesReady && own === undefined}
                  portals={portals}
                  {...(pair && backMaterial ? { back: { material: backMaterial, ...(bytes[pair.back] ? { bytes: bytes[pair.back] } : {}) } } : {})}
                  onChange={onChange}
                  onRemove={() => remove(i)}
                  onReplace={(facts) => replace(i, facts)}
                  onCompose={(facts) => pair && compose(pair, facts)}
                />
              );
            })}
          </div>
        )}
      </div>
    </Section>
  );
}
