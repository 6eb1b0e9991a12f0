// The organisation's members and invitations; admins invite, change roles and remove.
import { useEffect, useState } from 'preact/hooks';
import { formatDate } from '../i18n/index.tsx';
import { ROLE_WORDS } from '../../../worker/workspace/role-words.ts';
import { ROLES } from '../../../worker/workspace/roles.ts';
import type { Role } from '../../../worker/workspace/schemas.ts';
import type { Invitation, Member } from './api.ts';
import { reasonOf, type PageProps } from './Workspace.tsx';

export function Members({ api, me, lang, w }: PageProps) {
  const [data, setData] = useState<{ members: Member[]; invitations: Invitation[] } | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const admin = me.user.role === 'admin';
  const load = () => api.members().then(setData, (e) => setMessage({ error: true, text: reasonOf(e, w) }));
  useEffect(() => void load(), []);
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      setMessage({ error: false, text: w.changesSaved });
      await load();
    } catch (e) {
      setMessage({ error: true, text: reasonOf(e, w) });
    }
  };
  const roleSelect = (id: string, label: string, value: Role) => (
    <>
      <label for={id} class="visually-hidden">
        {label}
      </label>
      <select id={id} name="role" defaultValue={value}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {ROLE_WORDS[lang][r]}
          </option>
        ))}
      </select>
    </>
  );
  const roleOf = (form: HTMLFormElement) => (form.elements.namedItem('role') as HTMLSelectElement).value as Role;

  return (
    <>
      <h2>{w.members}</h2>
      {message && (
        <p class={message.error ? 'error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {!data ? (
        !message && <p>{w.loading}</p>
      ) : (
        <>
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="members-caption">
            <table>
              <caption id="members-caption">{w.membersCaption(data.members.length)}</caption>
              <thead>
                <tr>
                  <th scope="col">{w.colName}</th>
                  <th scope="col">{w.colEmail}</th>
                  <th scope="col">{w.colRole}</th>
                  <th scope="col">{w.colSource}</th>
                </tr>
              </thead>
              <tbody>
                {data.members.map((m) => (
                  <tr key={m.userId}>
                    <th scope="row">{m.name}</th>
                    <td>{m.email}</td>
                    <td>
                      {admin ? (
                        <form
                          class="inline"
                          onSubmit={(ev) => {
                            ev.preventDefault();
                            void act(() => api.setRole(m.userId, roleOf(ev.target as HTMLFormElement)));
                          }}
                        >
                          {roleSelect(`role-${m.userId}`, w.changeRole(m.name), m.role)}
                          <button type="submit" class="secondary">
                            {w.save}
                          </button>
                          <button
                            type="button"
                            class="secondary"
                            aria-label={w.remove(m.name)}
                            onClick={() => {
                              if (confirm(w.removeConfirm(m.name))) void act(() => api.remove(m.userId));
                            }}
                          >
                            {w.removeButton}
                          </button>
                        </form>
                      ) : (
                        ROLE_WORDS[lang][m.role]
                      )}
                    </td>
                    <td>
                      {w.sources[m.source]}, {formatDate(m.since.slice(0, 10), lang)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.invitations.length > 0 && (
            <>
              <h3>{w.invitations}</h3>
              <ul>
                {data.invitations.map((i) => (
                  <li key={i.email}>
                    {i.email} — {ROLE_WORDS[lang][i.role]} ({w.invitedBy(i.invitedBy)}){' '}
                    {admin && (
                      <button type="button" class="link-button" onClick={() => void act(() => api.withdraw(i.email))}>
                        {w.withdraw(i.email)}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          {admin && (
            <form
              class="invite"
              onSubmit={(ev) => {
                ev.preventDefault();
                const f = ev.target as HTMLFormElement;
                const email = (f.elements.namedItem('email') as HTMLInputElement).value;
                void act(async () => {
                  await api.invite(email, roleOf(f));
                  f.reset();
                });
              }}
            >
              <h3>{w.invite}</h3>
              <div class="field">
                <label for="invite-email">{w.email}</label>
                <input id="invite-email" name="email" type="email" required autoComplete="off" />
              </div>
              <div class="field">
                <label for="invite-role">{w.role}</label>
                <select id="invite-role" name="role" defaultValue="project_lead">
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {ROLE_WORDS[lang][r]}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" class="primary">
                {w.invite}
              </button>
            </form>
          )}
        </>
      )}
    </>
  );
}
