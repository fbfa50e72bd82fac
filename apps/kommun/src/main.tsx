import "@opis/ui/styles.css";
import { AuthGate, initI18n, RouteErrorPage, TrpcProvider } from "@opis/ui";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createBrowserRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { AppRoutes } from "./routes";

initI18n();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");

// A data router, so that screens with unsaved edits can hold a navigation
// (useBlocker); the routes themselves stay in <AppRoutes>.
const router = createBrowserRouter(
  [
    {
      path: "*",
      errorElement: <RouteErrorPage homeHref="/kommun/" />,
      element: (
        <AuthGate roles={["coordinator"]}>
          <AppRoutes />
        </AuthGate>
      ),
    },
  ],
  { basename: "/kommun" },
);

createRoot(root).render(
  <StrictMode>
    <TrpcProvider>
      <RouterProvider router={router} />
    </TrpcProvider>
  </StrictMode>,
);
