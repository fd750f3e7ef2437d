import { useCallback, useRef, useState } from 'react';
import { exposeState } from './twin';

// A page's form state, as the console keeps it in React, exposed to the tests as plain JSON (`replicaState()`).

export type Values = Record<string, unknown>;

export function useFormState<T extends Values>(initial: T): { values: T; set: <K extends keyof T>(key: K) => (value: T[K]) => void; update: (patch: Partial<T>) => void } {
  const [values, setValues] = useState(initial);
  const latest = useRef(values);
  latest.current = values;
  exposeState(() => JSON.parse(JSON.stringify(latest.current)) as Values);
  const set = useCallback(<K extends keyof T>(key: K) => (value: T[K]) => setValues((v) => ({ ...v, [key]: value })), []);
  const update = useCallback((patch: Partial<T>) => setValues((v) => ({ ...v, ...patch })), []);
  return { values, set, update };
}
