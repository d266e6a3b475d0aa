import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CONTACT_KINDS, type Contact } from '../../../../../shared/contracts/care-team';
import type { ClientFile } from '../../../../../shared/contracts/clients';
import { useLanternMutation, useLanternQuery } from '../../../lib/client';
import { errorMessage } from '../../../lib/errors';
import { ErrorAlert, LoadingMessage, StatusMessage } from '../../../ui/feedback';
import { formatCalendarDate } from '../../../lib/format';
import { ContactDialog } from './ContactDialog';
import { ReasonDialog } from './ReasonDialog';

type Open =
  { kind: 'add' } | { kind: 'edit'; contact: Contact } | { kind: 'remove'; contact: Contact } | null;

/** Emergency contacts, family, guardians, representatives and the care team, grouped by kind. */
export function ContactsTab({ file, canEdit }: { file: ClientFile; canEdit: boolean }) {
  const { t } = useTranslation();
  const removeContact = useLanternMutation('careTeam:remove');
  const clientId = file.client.id;
  const contacts = useLanternQuery('careTeam:list', { clientId });
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const remove = async (contact: Contact, reason: string) => {
    await removeContact.mutateAsync({ id: contact.id, reason });
    setNotice(t('clients.contacts.removed', { name: contact.name }));
  };

  return (
    <div className="stack">
      <div className="tab-toolbar">
        <h2 className="tab-heading">{t('clients.tabs.contacts')}</h2>
        {canEdit ? (
          <Button className="button button-primary" onPress={() => setOpen({ kind: 'add' })}>
            <span aria-hidden="true">+</span> {t('clients.contacts.add')}
          </Button>
        ) : null}
      </div>
      <StatusMessage>{notice}</StatusMessage>
      {contacts.isPending ? <LoadingMessage /> : null}
      {contacts.isError ? (
        <ErrorAlert>
          {t('clients.contacts.loadFailed')} {errorMessage(t, contacts.error.error)}
        </ErrorAlert>
      ) : null}
      {contacts.data?.length === 0 ? <p className="empty-state">{t('clients.contacts.empty')}</p> : null}
      {CONTACT_KINDS.map((kind) => {
        const group = (contacts.data ?? []).filter((contact) => contact.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} className="contact-group" aria-labelledby={`contacts-${kind}`}>
            <h3 id={`contacts-${kind}`}>{t(`clients.contactGroup.${kind}`)}</h3>
            <ul className="card-list">
              {group.map((contact) => (
                <li key={contact.id} className="panel contact-card">
                  <ContactCard contact={contact} />
                  {canEdit ? (
                    <div className="row-actions">
                      <Button
                        className="button button-small"
                        aria-label={t('clients.contacts.editName', { name: contact.name })}
                        onPress={() => setOpen({ kind: 'edit', contact })}
                      >
                        {t('clients.contacts.edit')}
                      </Button>
                      <Button
                        className="button button-small button-danger"
                        aria-label={t('clients.contacts.removeName', { name: contact.name })}
                        onPress={() => setOpen({ kind: 'remove', contact })}
                      >
                        {t('clients.contacts.remove')}
                      </Button>
                    </div>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <ContactDialog
        isOpen={open?.kind === 'add' || open?.kind === 'edit'}
        clientId={clientId}
        contact={open?.kind === 'edit' ? open.contact : null}
        onClose={() => setOpen(null)}
        onSaved={(name) => setNotice(t('clients.contacts.saved', { name }))}
      />
      <ReasonDialog
        isOpen={open?.kind === 'remove'}
        title={t('clients.contacts.removeTitle', { name: open?.kind === 'remove' ? open.contact.name : '' })}
        intro={t('clients.contacts.removeIntro')}
        label={t('clients.contacts.removeReason')}
        help={t('clients.contacts.removeReasonHelp')}
        submit={t('clients.contacts.removeSubmit')}
        onClose={() => setOpen(null)}
        onConfirm={(reason) => (open?.kind === 'remove' ? remove(open.contact, reason) : Promise.resolve())}
      />
    </div>
  );
}

function ContactCard({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const role = contact.careRole ? t(`clients.careRole.${contact.careRole}`) : contact.relationship;
  // "Psychiatrist (Psychiatrist)" says nothing twice: the relationship only when it adds something.
  const relationship =
    contact.careRole && contact.relationship && !sameWords(contact.relationship, role)
      ? contact.relationship
      : null;
  return (
    <div className="contact-body">
      <p className="contact-name">
        <strong>{contact.name}</strong>
        {role ? <span className="muted"> · {role}</span> : null}
        {relationship ? <span className="muted"> ({relationship})</span> : null}
      </p>
      {contact.organisation ? <p>{contact.organisation}</p> : null}
      <p className="contact-ways">
        {contact.phone ? <span>{t('clients.contacts.phoneValue', { phone: contact.phone })}</span> : null}
        {contact.email ? <span>{t('clients.contacts.emailValue', { email: contact.email })}</span> : null}
      </p>
      <p className={contact.mayContact ? 'consent consent-yes' : 'consent consent-no'}>
        <span aria-hidden="true">{contact.mayContact ? '✓ ' : '✕ '}</span>
        {contact.mayContact
          ? t('clients.contacts.consentGiven', { date: formatCalendarDate(contact.consentDate) })
          : t('clients.contacts.noConsent')}
      </p>
      {contact.notes ? <p className="contact-notes">{contact.notes}</p> : null}
    </div>
  );
}

/** The same words, whatever the case and spacing ("psychiatrist " is "Psychiatrist"). */
function sameWords(a: string, b: string): boolean {
  const words = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return words(a) === words(b);
}
