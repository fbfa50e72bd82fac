/**
 * The libraries the apps build on, re-exported so that each app depends on
 * @opis/ui alone and every app uses the same versions.
 */
export { zodResolver } from "@hookform/resolvers/zod";
export { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
export type { ColumnDef } from "@tanstack/react-table";
export {
  Controller,
  type FieldErrors,
  type FieldPath,
  type UseFormReturn,
  useForm,
  useWatch,
} from "react-hook-form";
export { Trans, useTranslation } from "react-i18next";
