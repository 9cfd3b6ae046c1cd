// Entry of the applicant portal (index.html). Kept small: no editor code is reachable from here.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "../shared/styles.css";
import { SessionProvider } from "../shared/session.js";
import { PortalApp } from "./App.js";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <SessionProvider>
      <PortalApp />
    </SessionProvider>
  </StrictMode>,
);
