// What the upload steps of the single-page replicas (issue 17) report through `replicaState()`: per field key, the
// files the upload widget holds in its own list, each with the SHA-256 of the bytes the widget holds (so a test sees
// the bytes, not only a name), and under `rejected` the files a field refused, with the reason the page showed.

export type ListedFile = { name: string; size: number; type: string; sha256: string };
export type Rejection = { name: string; reason: string };
export type UploadSnapshot = Record<string, ListedFile[] | Record<string, Rejection[]>> & { rejected: Record<string, Rejection[]> };

const digests = new WeakMap<Blob, Promise<string>>();

/** The SHA-256 of a file's bytes, lower-case hex (each File is read once). */
export function sha256Of(file: Blob): Promise<string> {
  let digest = digests.get(file);
  if (!digest) {
    digest = file
      .arrayBuffer()
      .then((bytes) => crypto.subtle.digest('SHA-256', bytes))
      .then((hash) => Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join(''));
    digests.set(file, digest);
  }
  return digest;
}

export type UploadState = {
  /** The widget's list changed: it now holds these files (settles in the snapshot once their digests are known). */
  listed(key: string, files: readonly File[]): void;
  rejected(key: string, rejection: Rejection): void;
  snapshot(): UploadSnapshot;
};

export function uploadState(keys: readonly string[]): UploadState {
  const lists = new Map<string, ListedFile[]>(keys.map((key) => [key, []]));
  const rejections = new Map<string, Rejection[]>(keys.map((key) => [key, []]));
  // A list digested after a newer one must not replace it.
  const versions = new Map<string, number>();
  return {
    listed(key, files) {
      const version = (versions.get(key) ?? 0) + 1;
      versions.set(key, version);
      void Promise.all(files.map(async (file) => ({ name: file.name, size: file.size, type: file.type, sha256: await sha256Of(file) }))).then((list) => {
        if (versions.get(key) === version) lists.set(key, list);
      });
    },
    rejected(key, rejection) {
      rejections.set(key, [...(rejections.get(key) ?? []), rejection]);
    },
    snapshot() {
      const rejected = Object.fromEntries([...rejections].map(([key, list]) => [key, list.map((r) => ({ ...r }))]));
      return { ...Object.fromEntries([...lists].map(([key, list]) => [key, list.map((f) => ({ ...f }))])), rejected };
    },
  };
}

/** Sends a file to the replica server's `POST /api/upload` (nothing leaves the machine); answers its `{ url }`. */
export async function sendToReplica(file: Blob): Promise<{ url: string }> {
  const response = await fetch('/api/upload', { method: 'POST', body: file, headers: { 'content-type': 'application/octet-stream' } });
  if (!response.ok) throw new Error(`upload failed: ${response.status}`);
  const answer: unknown = await response.json();
  const url = typeof answer === 'object' && answer !== null ? Reflect.get(answer, 'url') : undefined;
  if (typeof url !== 'string') throw new Error('upload answer without url');
  return { url };
}

const MB = 1024 * 1024;

/** "3.2 MB" / "180 KB", as the consoles word sizes in their messages. */
export function sizeText(bytes: number): string {
  return bytes >= MB ? `${Math.round((bytes / MB) * 10) / 10} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Whether a file matches an `accept` list (extensions, exact MIME types, `type/*`), as the browser's picker filters. */
export function accepts(accept: string, file: { name: string; type: string }): boolean {
  const extension = /\.[^.]+$/.exec(file.name)?.[0].toLowerCase() ?? '';
  const mime = file.type.toLowerCase();
  return accept
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean)
    .some((t) => (t.startsWith('.') ? extension === t : t.endsWith('/*') ? mime.startsWith(t.slice(0, -1)) : mime === t));
}
