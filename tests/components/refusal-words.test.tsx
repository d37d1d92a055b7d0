// The forms say why typed text was refused in the active language: the refusal is data
// (lib/auth/reason.ts) and the words come from lib/i18n/auth.ts (issue 11 §1).
// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { AddOrigin } from '../../components/AddOrigin';
import { DomainForm } from '../../components/DomainForm';
import { messages } from '../../lib/i18n';
import { click, mount, submit, type } from '../support/render';

describe('refusals in the active language', () => {
  it('DomainForm says why a domain was refused, in Dutch', async () => {
    const t = messages('nl');
    const root = mount(<DomainForm t={t} onSubmit={() => {}} />);
    await type(root.querySelector('input[name=domain]'), 'mijn winkel');
    await click(root.querySelector('button[type=submit]'));
    expect(root.querySelector('[role=alert]')?.textContent).toBe(
      `${t.panel.invalidDomain} (een domein bevat geen spaties)`,
    );
  });

  it('AddOrigin says why an address was refused, in English', async () => {
    const t = messages('en');
    const root = mount(<AddOrigin t={t} onAdd={async () => ({ ok: true })} />);
    await type(root.querySelector('input[name=origin]'), 'http://mail.example.be');
    await submit(root.querySelector('form'));
    expect(root.querySelector('[role=status]')?.textContent).toBe(
      `${t.popup.originInvalid} (the address must use https)`,
    );
  });
});
