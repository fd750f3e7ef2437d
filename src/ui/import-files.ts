// The files of one import (dropped together or chosen together), read as text in the order given.

export type NamedText = { name: string; text: string; /** more than one file: errors name the file they are in */ many: boolean };

export async function filesToImport(files: readonly Pick<File, 'name' | 'text'>[]): Promise<NamedText[]> {
  const many = files.length > 1;
  return Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text(), many })));
}
