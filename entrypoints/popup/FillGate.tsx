import { i18n } from '#i18n';
import type { Profile } from '../../src/profile/schema';
import type { Finding } from '../../src/rules/define-rule';
import { fieldName } from '../../src/ui/field-names';
import { colon, lang } from '../../src/ui/lang';

// Asked before Fill when the profile has errors: those of the fields this page asks for, listed; the rest counted.

type Props = { gate: { here: readonly Finding[]; elsewhere: number }; profile: Profile | undefined; onFill: () => void; onCancel: () => void };

export function FillGate({ gate, profile, onFill, onCancel }: Props) {
  return (
    <section id="fill-gate" role="alertdialog" aria-labelledby="fill-gate-title">
      <p id="fill-gate-title">
        {i18n.t('fillGate', gate.here.length)}
      </p>
      <ul>
        {gate.here.map((f, i) => (
          <li key={i} title={f.path}>
            {fieldName(f.path, lang, profile)}
            {colon}
            {f.message[lang]}
          </li>
        ))}
      </ul>
      {gate.elsewhere > 0 && <p id="fill-gate-elsewhere">{i18n.t('fillGateElsewhere', gate.elsewhere)}</p>}
      <button id="fill-anyway" onClick={onFill}>
        {i18n.t('fillAnyway')}
      </button>
      <button id="fill-cancel" onClick={onCancel}>
        {i18n.t('cancel')}
      </button>
    </section>
  );
}
