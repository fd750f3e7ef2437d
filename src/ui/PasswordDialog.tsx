import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'preact/hooks';

// A password asked in the page's own password field (masked, never window.prompt's clear-text box): a small dialog
// for the encrypted backup's password, asked twice when it seals, once when it opens.

export type PasswordAsk = { title: string; repeat: boolean };

type Props = PasswordAsk & { onDone: (password: string | undefined) => void };

export function PasswordDialog({ title, repeat, onDone }: Props) {
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const mismatch = repeat && again !== '' && again !== password;
  return (
    <div id="password-dialog" class="dialog" role="dialog" aria-modal="true" aria-labelledby="password-title">
      <h2 id="password-title">{title}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (password && (!repeat || again === password)) onDone(password);
        }}
        onKeyDown={(e) => e.key === 'Escape' && onDone(undefined)}
      >
        <label class="field">
          <span class="field-label">{i18n.t('password')}</span>
          <input id="password-input" ref={first} type="password" autocomplete={repeat ? 'new-password' : 'current-password'} value={password} onInput={(e) => setPassword(e.currentTarget.value)} />
        </label>
        {repeat && (
          <label class="field">
            <span class="field-label">{i18n.t('encryptedExportRepeat')}</span>
            <input id="password-repeat" type="password" autocomplete="new-password" aria-invalid={mismatch} value={again} onInput={(e) => setAgain(e.currentTarget.value)} />
          </label>
        )}
        {mismatch && <p id="password-mismatch" role="alert">{i18n.t('passwordsDiffer')}</p>}
        <button id="password-ok" class="primary" disabled={!password || (repeat && again !== password)}>{i18n.t('ok')}</button>{' '}
        <button type="button" id="password-cancel" onClick={() => onDone(undefined)}>{i18n.t('cancel')}</button>
      </form>
    </div>
  );
}
