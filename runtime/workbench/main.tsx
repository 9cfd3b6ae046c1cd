// Entry of the handling workbench (workbench/index.html).
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "../shared/styles.css";
import { SessionProvider } from "../shared/session.js";
import { WorkbenchApp } from "./App.js";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <SessionProvider>
      <WorkbenchApp />
    </SessionProvider>
  </StrictMode>,
);
