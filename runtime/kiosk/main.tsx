// Entry of the self-service terminal (kiosk/index.html): the shared styles, then the kiosk's own on top.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "../shared/styles.css";
import "./kiosk.css";
import { SessionProvider } from "../shared/session.js";
import { KioskApp } from "./App.js";
import { kioskConfig } from "./config.js";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <SessionProvider>
      <KioskApp config={kioskConfig()} />
    </SessionProvider>
  </StrictMode>,
);
