import type { Profile } from '../profile/schema';
import type { Finding } from '../rules/define-rule';
import type { EditorField } from './editor-model';
import { FieldRow, type Change } from './FieldRow';

/** A run of editor rows under one path prefix (`subject.head`, `apps[0].platforms[1]`). */
export function Fields({ fields, prefix, ...rest }: { fields: readonly EditorField[]; prefix: string; profile: Profile; findings: readonly Finding[]; onChange: Change }) {
  return (
    <>
      {fields.map((field) => {
        const path = prefix ? `${prefix}.${field.key}` : field.key;
        return <FieldRow key={path} field={field} path={path} {...rest} />;
      })}
    </>
  );
}
