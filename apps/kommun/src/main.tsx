import "@opis/ui/styles.css";
import { AuthGate, initI18n, TrpcProvider } from "@opis/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { AppRoutes } from "./routes";

initI18n();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

createRoot(root).render(
  <StrictMode>
    <TrpcProvider>
      <BrowserRouter basename="/kommun">
        <AuthGate roles={["coordinator"]}>
          <AppRoutes />
        </AuthGate>
      </BrowserRouter>
    </TrpcProvider>
  </StrictMode>,
);
