import type { RouterOutputs } from "@opis/api";
import {
  type Office,
  organisationsForRole,
  ROLES,
  type Role,
  type UserAccount,
  userAccountSchemaFor,
} from "@opis/domain";
import {
  Checkbox,
  describeClientError,
  ErrorSummary,
  municipalityName,
  Notice,
  Select,
  type SummaryError,
  TextInput,
  translateKey,
  useActiveProject,
  useCurrentUser,
  useMutation,
  useQuery,
  useQueryClient,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, useEffect, useState } from "react";

type Sort = "name" | "role" | "createdAt";
type AdminUser = RouterOutputs["users"]["list"][number];

/** Form field → element id, so an error names and links to its field. */
const ACCOUNT_FIELDS: Record<string, string> = {
  name: "user-name",
  email: "user-email",
  role: "user-role",
  organisation: "user-organisation",
  office: "user-office",
  municipalityCode: "user-municipality",
  subject: "user-subject",
  projectIds: "users-form-title",
};

const EMPTY_DRAFT = {
  name: "",
  email: "",
  role: "coordinator" as Role,
  organisation: "kommun",
  office: "",
  municipalityCode: "",
  subject: "",
};

/**
 * The administrator's users (issue 13): the project's users searched and sorted,
 * a new user, deactivation (sessions end at once), the offices and the
 * municipalities they serve (read-only, ADR 0029), and a caseload moved from one
 * officer to another. Every write is audited on the server.
 */
export function UsersScreen() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const project = useActiveProject();
  const [search, setSearch] = useState("");
  const [sort, setSort] = useState<Sort>("name");
  const list = useQuery(trpc.users.list.queryOptions({ search: search.trim() || undefined, sort }));
  const offices = useQuery(trpc.users.offices.queryOptions({}));
  const [confirming, setConfirming] = useState<{ id: string; name: string } | null>(null);
  const [editing, setEditing] = useState<AdminUser | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.users.list.queryKey() });

  useEffect(() => {
    document.title = `${t("admin.users.title")} – OPIS`;
  }, [t]);

  const deactivate = useMutation(
    trpc.users.deactivate.mutationOptions({
      onSuccess: (result) => {
        setMessage(
          t("admin.users.deactivated", {
            name: confirming?.name ?? "",
            count: result.sessionsEnded,
          }),
        );
        setConfirming(null);
        void refresh();
      },
    }),
  );

  // The caseload form offers every officer, whatever the list is searched for.
  const everyone = useQuery(trpc.users.list.queryOptions({ sort: "name" }));
  const users = list.data ?? [];
  const officers = (everyone.data ?? []).filter((u) => u.role === "officer");

  return (
    <>
      <h1>{t("admin.users.title")}</h1>
      <p className="lead">{t("admin.users.lead")}</p>
      <div role="status" aria-live="polite" data-testid="users-status">
        {message ?? ""}
      </div>

      <section aria-labelledby="users-list-title">
        <h2 id="users-list-title">{t("admin.users.list.title")}</h2>
        <form className="form" onSubmit={(event) => event.preventDefault()}>
          <TextInput
            id="users-search"
            type="search"
            label={t("admin.users.search")}
            width="w20"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            optional
          />
          <Select
            id="users-sort"
            label={t("admin.users.sort")}
            value={sort}
            onChange={(event) => setSort(event.target.value as Sort)}
            options={(["name", "role", "createdAt"] as const).map((s) => ({
              value: s,
              label: t(`admin.users.sort.${s}`),
            }))}
          />
        </form>
        {list.isPending ? <p role="status">{t("app.loading")}</p> : null}
        {(list.error ?? deactivate.error) ? (
          <Notice kind="error" role="alert">
            <p>{translateKey(t, describeClientError(list.error ?? deactivate.error).messageKey)}</p>
          </Notice>
        ) : null}
        {list.data && users.length === 0 ? <p>{t("admin.users.empty")}</p> : null}
        {users.length > 0 ? (
          <table className="data-table" data-testid="users-table">
            <caption>{t("admin.users.list.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.users.col.name")}</th>
                <th scope="col">{t("admin.users.col.email")}</th>
                <th scope="col">{t("admin.users.col.role")}</th>
                <th scope="col">{t("admin.users.col.scope")}</th>
                <th scope="col">{t("admin.users.col.cases")}</th>
                <th scope="col">{t("admin.users.col.status")}</th>
                <th scope="col">{t("admin.users.col.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.name}</th>
                  <td>{user.email ?? ""}</td>
                  <td>{t(`vocab.role.${user.role}`)}</td>
                  <td>{user.office ?? municipalityName(user.municipalityCode)}</td>
                  <td>{user.activeCases}</td>
                  <td>
                    {user.active ? t("admin.users.active") : t("admin.users.inactive")}
                    {user.active && !user.claimed ? ` (${t("admin.users.unclaimed")})` : ""}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary"
                      onClick={() => {
                        setMessage(null);
                        setEditing(user);
                        document.getElementById("users-form-title")?.scrollIntoView();
                      }}
                    >
                      {t("admin.users.edit", { name: user.name })}
                    </button>{" "}
                    {user.active ? (
                      <button
                        type="button"
                        className="button button--secondary"
                        onClick={() => {
                          setMessage(null);
                          setConfirming({ id: user.id, name: user.name });
                        }}
                      >
                        {t("admin.users.deactivate", { name: user.name })}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {confirming ? (
          <div role="alertdialog" aria-labelledby="users-confirm-text" className="notice">
            <p id="users-confirm-text">
              {t("admin.users.deactivate.confirm", { name: confirming.name })}
            </p>
            <div className="button-group">
              <button
                type="button"
                className="button"
                disabled={deactivate.isPending}
                onClick={() => deactivate.mutate({ userId: confirming.id })}
              >
                {t("admin.users.deactivate.yes")}
              </button>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => setConfirming(null)}
              >
                {t("admin.users.deactivate.no")}
              </button>
            </div>
          </div>
        ) : null}
      </section>

      <UserForm
        key={editing?.id ?? "new"}
        editing={editing}
        onCancel={() => setEditing(null)}
        projectId={project.id}
        municipalities={offices.data?.municipalities ?? []}
        offices={offices.data?.listed ? offices.data.offices : undefined}
        onSaved={(name) => {
          setMessage(t(editing ? "admin.users.edit.saved" : "admin.users.create.saved", { name }));
          setEditing(null);
          void refresh();
        }}
      />

      <section aria-labelledby="users-offices-title">
        <h2 id="users-offices-title">{t("admin.users.offices.title")}</h2>
        <p>{t("admin.users.offices.lead")}</p>
        {offices.data && !offices.data.listed ? (
          <p>
            {t("admin.users.offices.none", {
              municipalities: offices.data.municipalities.map(municipalityName).join(", "),
            })}
          </p>
        ) : null}
        {offices.data?.listed ? (
          <table className="data-table">
            <caption>{t("admin.users.offices.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("admin.users.offices.office")}</th>
                <th scope="col">{t("admin.users.offices.municipalities")}</th>
              </tr>
            </thead>
            <tbody>
              {offices.data.offices.map((office) => (
                <tr key={office.name}>
                  <th scope="row">{office.name}</th>
                  <td>{office.municipalities.map(municipalityName).join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>

      <CaseloadForm
        officers={officers.map((o) => ({
          id: o.id,
          active: o.active,
          label: t("admin.users.officerOption", {
            name: o.name,
            office: o.office ?? "",
            count: o.activeCases,
          }),
        }))}
        onMoved={(count) => {
          setMessage(t("admin.users.caseload.moved", { count }));
          void refresh();
        }}
      />
    </>
  );
}

/** A new user, or the changes to one (`editing`): name, e-mail, role, scope and projects. */
function UserForm(props: {
  editing: AdminUser | null;
  onCancel(): void;
  projectId: string;
  municipalities: readonly string[];
  offices: readonly { name: string; municipalities: readonly string[] }[] | undefined;
  onSaved(name: string): void;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { projects } = useCurrentUser();
  const { editing } = props;
  const [draft, setDraft] = useState(
    editing
      ? {
          name: editing.name,
          email: editing.email ?? "",
          role: editing.role,
          organisation: editing.organisation as string,
          office: editing.office ?? "",
          municipalityCode: editing.municipalityCode ?? "",
          subject: "",
        }
      : EMPTY_DRAFT,
  );
  const [projectIds, setProjectIds] = useState<string[]>(
    editing ? [...editing.projectIds] : [props.projectId],
  );
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [focusToken, setFocusToken] = useState(0);
  const show = (list: SummaryError[]) => {
    setErrors(list);
    setFocusToken((n) => n + 1);
  };
  const onError = (cause: unknown) => {
    const info = describeClientError(cause);
    const fields = Object.entries(info.fieldErrors).flatMap(([path, keys]) =>
      keys.map((key) => ({
        id: ACCOUNT_FIELDS[path.replace(/^account\./, "")] ?? "",
        message: translateKey(t, key),
      })),
    );
    show(fields.length > 0 ? fields : [{ id: "", message: translateKey(t, info.messageKey) }]);
  };
  const onSuccess = (user: { name: string }) => {
    setDraft(EMPTY_DRAFT);
    setErrors([]);
    props.onSaved(user.name);
  };
  const create = useMutation(trpc.users.create.mutationOptions({ onSuccess, onError }));
  const update = useMutation(trpc.users.update.mutationOptions({ onSuccess, onError }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const account = {
      subject: draft.subject.trim() || null,
      name: draft.name,
      email: draft.email,
      role: draft.role,
      organisation: draft.organisation,
      office: draft.office.trim() || null,
      municipalityCode: draft.municipalityCode || null,
      projectIds,
    };
    const schema = userAccountSchemaFor({
      id: props.projectId,
      municipalities: props.municipalities,
      offices: props.offices as readonly Office[] | undefined,
    });
    const parsed = schema.safeParse(account);
    if (!parsed.success) {
      show(
        parsed.error.issues.map((issue) => ({
          id: ACCOUNT_FIELDS[String(issue.path[0])] ?? "",
          message: translateKey(t, issue.message),
        })),
      );
      return;
    }
    const valid = parsed.data as UserAccount;
    if (editing) update.mutate({ userId: editing.id, account: valid });
    else create.mutate({ account: valid });
  }

  const set = (key: keyof typeof EMPTY_DRAFT) => (event: { target: { value: string } }) =>
    setDraft((d) => {
      const next = { ...d, [key]: event.target.value };
      // The organisation follows the role when the role allows only one.
      if (key === "role") {
        const allowed = organisationsForRole(event.target.value as Role);
        if (allowed.length === 1) next.organisation = allowed[0] as string;
      }
      return next;
    });
  const errorFor = (id: string) => errors.find((e) => e.id === id)?.message;

  return (
    <section aria-labelledby="users-form-title">
      <h2 id="users-form-title">
        {editing
          ? t("admin.users.edit.title", { name: editing.name })
          : t("admin.users.create.title")}
      </h2>
      <ErrorSummary errors={errors} focusToken={focusToken} />
      <form className="form" onSubmit={submit} noValidate aria-labelledby="users-form-title">
        <TextInput
          id="user-name"
          label={t("admin.users.create.name")}
          width="w20"
          value={draft.name}
          onChange={set("name")}
          error={errorFor("user-name")}
        />
        <TextInput
          id="user-email"
          type="email"
          label={t("admin.users.create.email")}
          width="w20"
          value={draft.email}
          onChange={set("email")}
          error={errorFor("user-email")}
        />
        <Select
          id="user-role"
          label={t("admin.users.create.role")}
          value={draft.role}
          onChange={set("role")}
          options={ROLES.map((role) => ({ value: role, label: t(`vocab.role.${role}`) }))}
          error={errorFor("user-role")}
        />
        <Select
          id="user-organisation"
          label={t("admin.users.create.organisation")}
          value={draft.organisation}
          onChange={set("organisation")}
          options={(["af", "kommun"] as const).map((o) => ({
            value: o,
            label: t(`vocab.organisationKind.${o}`),
          }))}
          error={errorFor("user-organisation")}
        />
        {props.offices ? (
          <Select
            id="user-office"
            label={t("admin.users.create.office")}
            hint={t("admin.users.create.officeHint")}
            placeholder={t("admin.users.choose")}
            value={draft.office}
            onChange={set("office")}
            options={props.offices.map((o) => ({ value: o.name, label: o.name }))}
            error={errorFor("user-office")}
            optional
          />
        ) : (
          <TextInput
            id="user-office"
            label={t("admin.users.create.office")}
            hint={t("admin.users.create.officeHint")}
            width="w20"
            value={draft.office}
            onChange={set("office")}
            error={errorFor("user-office")}
            optional
          />
        )}
        <Select
          id="user-municipality"
          label={t("admin.users.create.municipality")}
          hint={t("admin.users.create.municipalityHint")}
          placeholder={t("admin.users.choose")}
          value={draft.municipalityCode}
          onChange={set("municipalityCode")}
          options={props.municipalities.map((code) => ({
            value: code,
            label: municipalityName(code),
          }))}
          error={errorFor("user-municipality")}
          optional
        />
        <TextInput
          id="user-subject"
          label={t("admin.users.create.subject")}
          hint={t("admin.users.create.subjectHint")}
          width="w20"
          value={draft.subject}
          onChange={set("subject")}
          error={errorFor("user-subject")}
          optional
        />
        <div className="field">
          <fieldset>
            <legend>{t("admin.users.create.projects")}</legend>
            <div className="choices">
              {projects.map((p) => (
                <Checkbox
                  key={p.id}
                  id={`user-project-${p.id}`}
                  label={i18n.language.startsWith("en") ? p.name.en : p.name.sv}
                  checked={projectIds.includes(p.id)}
                  onChange={(event) =>
                    setProjectIds((ids) =>
                      event.target.checked ? [...ids, p.id] : ids.filter((id) => id !== p.id),
                    )
                  }
                />
              ))}
            </div>
          </fieldset>
        </div>
        <div className="button-group">
          <button type="submit" className="button" disabled={create.isPending || update.isPending}>
            {editing ? t("admin.users.edit.submit") : t("admin.users.create.submit")}
          </button>
          {editing ? (
            <button type="button" className="button button--secondary" onClick={props.onCancel}>
              {t("admin.users.edit.cancel")}
            </button>
          ) : null}
        </div>
      </form>
    </section>
  );
}

function CaseloadForm(props: {
  officers: readonly { id: string; active: boolean; label: string }[];
  onMoved(count: number): void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [focusToken, setFocusToken] = useState(0);
  const ids: Record<string, string> = { fromUserId: "caseload-from", toUserId: "caseload-to" };
  const move = useMutation(
    trpc.users.reassignCaseload.mutationOptions({
      onSuccess: (result) => {
        setErrors([]);
        setFrom("");
        setTo("");
        props.onMoved(result.moved);
      },
      onError: (cause) => {
        const info = describeClientError(cause);
        const fields = Object.entries(info.fieldErrors).flatMap(([path, keys]) =>
          keys.map((key) => ({ id: ids[path] ?? "", message: translateKey(t, key) })),
        );
        setErrors(
          fields.length > 0 ? fields : [{ id: "", message: translateKey(t, info.messageKey) }],
        );
        setFocusToken((n) => n + 1);
      },
    }),
  );
  function submit(event: FormEvent) {
    event.preventDefault();
    const missing = [
      ...(from ? [] : [{ id: "caseload-from", message: t("admin.users.choose") }]),
      ...(to ? [] : [{ id: "caseload-to", message: t("admin.users.choose") }]),
    ];
    if (missing.length > 0) {
      setErrors(missing);
      setFocusToken((n) => n + 1);
      return;
    }
    move.mutate({ fromUserId: from, toUserId: to });
  }
  const errorFor = (id: string) => errors.find((e) => e.id === id)?.message;
  const options = props.officers.map((o) => ({ value: o.id, label: o.label }));
  return (
    <section aria-labelledby="users-caseload-title">
      <h2 id="users-caseload-title">{t("admin.users.caseload.title")}</h2>
      <p>{t("admin.users.caseload.lead")}</p>
      <ErrorSummary errors={errors} focusToken={focusToken} />
      <form className="form" onSubmit={submit} noValidate aria-labelledby="users-caseload-title">
        <Select
          id="caseload-from"
          label={t("admin.users.caseload.from")}
          placeholder={t("admin.users.choose")}
          value={from}
          onChange={(event) => setFrom(event.target.value)}
          options={options}
          error={errorFor("caseload-from")}
        />
        <Select
          id="caseload-to"
          label={t("admin.users.caseload.to")}
          placeholder={t("admin.users.choose")}
          value={to}
          onChange={(event) => setTo(event.target.value)}
          options={props.officers
            .filter((o) => o.active)
            .map((o) => ({ value: o.id, label: o.label }))}
          error={errorFor("caseload-to")}
        />
        <button type="submit" className="button" disabled={move.isPending}>
          {t("admin.users.caseload.submit")}
        </button>
      </form>
    </section>
  );
}
