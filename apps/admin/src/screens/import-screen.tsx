import {
  describeClientError,
  downloadBase64,
  formatNumber,
  Notice,
  readFileAsBase64,
  translateKey,
  useActiveProject,
  useCurrentUser,
  useMutation,
  useQuery,
  useQueryClient,
  useTRPC,
  useTranslation,
} from "@opis/ui";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { FileErrorTable } from "../file-upload/file-error-table";
import {
  SpreadsheetFileField,
  spreadsheetFileProblem,
} from "../file-upload/spreadsheet-file-field";

const ERROR_TABLE_KEYS = {
  heading: "admin.import.refused",
  firstErrors: "admin.import.firstErrors",
};

const MAX_BYTES = 16 * 1024 * 1024;

/**
 * The administrator's historical import: the template, a preview that lists
 * every problem by row and column, the import itself, and the list of imports
 * with undo.
 */
export function ImportScreen() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  useEffect(() => {
    document.title = `${t("admin.import.title")} – OPIS`;
  }, [t]);
  return (
    <>
      <h1>{t("admin.import.title")}</h1>
      {me.role !== "admin" ? (
        <Notice kind="info">
          <p>{t("admin.import.adminOnly")}</p>
        </Notice>
      ) : (
        <>
          <p className="lead">{t("admin.import.intro")}</p>
          <TemplateDownloads />
          <ImportForm />
          <ImportList />
        </>
      )}
    </>
  );
}

function TemplateDownloads() {
  const { t } = useTranslation();
  const { id: projectId } = useActiveProject();
  const trpc = useTRPC();
  const template = useMutation(
    trpc.imports.template.mutationOptions({ onSuccess: downloadBase64 }),
  );
  const get = (format: "csv" | "xlsx") =>
    template.isPending || template.mutate({ projectId: projectId, format });
  return (
    <section aria-labelledby="template-title">
      <h2 id="template-title">{t("admin.import.template.title")}</h2>
      <p>{t("admin.import.template.body")}</p>
      <p className="actions">
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={template.isPending}
          onClick={() => get("xlsx")}
        >
          {t("admin.import.template.xlsx")}
        </button>{" "}
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={template.isPending}
          onClick={() => get("csv")}
        >
          {t("admin.import.template.csv")}
        </button>
      </p>
      {template.isError ? (
        <Notice kind="error" role="alert">
          <p>{translateKey(t, describeClientError(template.error).messageKey)}</p>
        </Notice>
      ) : null}
    </section>
  );
}

interface ChosenFile {
  fileName: string;
  contentBase64: string;
}

function ImportForm() {
  const { t } = useTranslation();
  const { id: projectId } = useActiveProject();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const preview = useMutation(trpc.imports.preview.mutationOptions());
  const run = useMutation(
    trpc.imports.run.mutationOptions({
      onSuccess: (data) => {
        if (data.ok && input.current) input.current.value = "";
        return queryClient.invalidateQueries({ queryKey: trpc.imports.list.queryKey() });
      },
    }),
  );
  const result = run.data ?? preview.data;
  const error = run.error ?? preview.error;
  // After a preview or an import, focus moves to what happened.
  useEffect(() => {
    if (result || error) outcome.current?.focus();
  }, [result, error]);

  const refuse = (message: string) => {
    setFileError(message);
    input.current?.focus();
  };
  const submitPreview = async (event: FormEvent) => {
    event.preventDefault();
    setFileError(null);
    run.reset();
    const file = input.current?.files?.[0];
    const problem = spreadsheetFileProblem(file, MAX_BYTES);
    if (problem || !file) return refuse(t(`admin.import.${problem ?? "chooseFile"}`));
    const next = { fileName: file.name, contentBase64: await readFileAsBase64(file) };
    setChosen(next);
    preview.mutate({ projectId: projectId, ...next });
  };
  const previewed = preview.data?.ok && !run.data ? preview.data : null;
  return (
    <section aria-labelledby="import-title">
      <h2 id="import-title">{t("admin.import.file.title")}</h2>
      <form onSubmit={submitPreview} noValidate>
        <SpreadsheetFileField
          id="participations-file"
          label={t("admin.import.file.label")}
          hint={t("admin.import.file.hint")}
          error={fileError}
          inputRef={input}
          onChange={() => {
            setChosen(null);
            preview.reset();
            run.reset();
          }}
        />
        <button type="submit" className="button" disabled={preview.isPending || run.isPending}>
          {t("admin.import.preview")}
        </button>
      </form>
      <div aria-live="polite" role="status">
        {preview.isPending ? <p>{t("admin.import.checking")}</p> : null}
        {run.isPending ? <p>{t("admin.import.importing")}</p> : null}
      </div>
      {error ? (
        <div ref={outcome} tabIndex={-1}>
          <Notice kind="error" role="alert">
            <p>{translateKey(t, describeClientError(error).messageKey)}</p>
          </Notice>
        </div>
      ) : null}
      {previewed && chosen ? (
        <div ref={outcome} tabIndex={-1} data-testid="import-preview">
          <Notice kind="info">
            <p>
              {t("admin.import.previewOk", {
                rows: formatNumber(previewed.rowCount),
                added: formatNumber(previewed.added),
                skipped: formatNumber(previewed.skipped),
              })}
            </p>
          </Notice>
          <button
            type="button"
            className="button"
            disabled={run.isPending || previewed.added === 0}
            onClick={() => run.mutate({ projectId: projectId, ...chosen })}
          >
            {t("admin.import.run", {
              count: previewed.added,
              added: formatNumber(previewed.added),
            })}
          </button>
        </div>
      ) : null}
      {run.data?.ok ? (
        <div ref={outcome} tabIndex={-1} data-testid="import-done">
          <Notice kind="success">
            <p>
              {t("admin.import.done", {
                added: formatNumber(run.data.added),
                skipped: formatNumber(run.data.skipped),
              })}
            </p>
          </Notice>
        </div>
      ) : null}
      {result && !result.ok ? (
        <FileErrorTable
          outcomeRef={outcome}
          total={result.issueCount}
          errors={result.issues}
          keys={ERROR_TABLE_KEYS}
        />
      ) : null}
    </section>
  );
}

function ImportList() {
  const { t } = useTranslation();
  const { id: projectId } = useActiveProject();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const imports = useQuery(trpc.imports.list.queryOptions({ projectId: projectId }));
  const undo = useMutation(
    trpc.imports.undo.mutationOptions({
      onSettled: () => queryClient.invalidateQueries({ queryKey: trpc.imports.list.queryKey() }),
    }),
  );
  const confirmUndo = (id: string, fileName: string) => {
    if (window.confirm(t("admin.import.undoConfirm", { fileName }))) undo.mutate({ importId: id });
  };
  return (
    <section aria-labelledby="imports-title">
      <h2 id="imports-title">{t("admin.import.list.title")}</h2>
      {undo.isError ? (
        <Notice kind="error" role="alert">
          <p>{translateKey(t, describeClientError(undo.error).messageKey)}</p>
        </Notice>
      ) : null}
      {imports.isPending ? (
        <p role="status">{t("app.loading")}</p>
      ) : imports.isError ? (
        <Notice kind="error" role="alert">
          <p>{translateKey(t, describeClientError(imports.error).messageKey)}</p>
        </Notice>
      ) : imports.data.length === 0 ? (
        <p>{t("admin.import.list.empty")}</p>
      ) : (
        <table className="table" data-testid="import-list">
          <caption className="visually-hidden">{t("admin.import.list.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("admin.import.list.when")}</th>
              <th scope="col">{t("admin.import.list.file")}</th>
              <th scope="col">{t("admin.import.list.added")}</th>
              <th scope="col">{t("admin.import.list.skipped")}</th>
              <th scope="col">{t("admin.import.list.by")}</th>
              <th scope="col">{t("admin.import.list.state")}</th>
            </tr>
          </thead>
          <tbody>
            {imports.data.map((i) => (
              <tr key={i.id}>
                <td>{new Date(i.createdAt).toLocaleString("sv-SE")}</td>
                <td>{i.fileName}</td>
                <td>{formatNumber(i.added)}</td>
                <td>{formatNumber(i.skipped)}</td>
                <td>{i.importedBy ?? t("admin.import.list.cli")}</td>
                <td>
                  {i.undoneAt ? (
                    t("admin.import.list.undone")
                  ) : (
                    <button
                      type="button"
                      className="button button--secondary"
                      aria-disabled={undo.isPending}
                      onClick={() => undo.isPending || confirmUndo(i.id, i.fileName)}
                    >
                      {t("admin.import.undo", { fileName: i.fileName })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
