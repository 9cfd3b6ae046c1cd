// Entry of the editor (editor/index.html).
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "../runtime/shared/styles.css";
import "./editor.css";
import { SessionProvider } from "../runtime/shared/session.js";
import { EditorApp } from "./App.js";
import { z } from "zod";

// Live validation messages in Chinese (the spec's own messages already are).
z.config(z.locales.zhCN());

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <SessionProvider>
      <EditorApp />
    </SessionProvider>
  </StrictMode>,
);
