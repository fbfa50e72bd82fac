import { useEffect } from "react";

/** Each screen names itself in the browser tab and history. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = `${title} – OPIS`;
  }, [title]);
}
