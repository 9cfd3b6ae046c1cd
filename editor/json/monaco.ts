// Monaco, bundled locally (government intranets have no internet): the editor API with the contributions a JSON
// editor needs, the JSON language service and its workers as Vite `?worker` chunks. Imported only lazily.
import * as monaco from "monaco-editor/editor/editor.api.js";
import "monaco-editor/features/suggest/register.js";
import "monaco-editor/features/hover/register.js";
import "monaco-editor/features/folding/register.js";
import "monaco-editor/features/find/register.js";
import "monaco-editor/features/bracketMatching/register.js";
import "monaco-editor/features/format/register.js";
import "monaco-editor/features/gotoError/register.js";
import "monaco-editor/features/contextmenu/register.js";
import "monaco-editor/features/clipboard/register.js";
import "monaco-editor/features/comment/register.js";
import "monaco-editor/features/wordHighlighter/register.js";
import "monaco-editor/features/linesOperations/register.js";
import "monaco-editor/features/multicursor/register.js";
import "monaco-editor/features/snippet/register.js";
import "monaco-editor/features/toggleTabFocusMode/register.js";
import "monaco-editor/features/codicon/register.js";
import "monaco-editor/features/cursorUndo/register.js";
import "monaco-editor/features/wordOperations/register.js";
import "monaco-editor/features/indentation/register.js";
import { jsonDefaults } from "monaco-editor/languages/features/json/register.js";
import EditorWorker from "monaco-editor/editor/editor.worker.js?worker";
import JsonWorker from "monaco-editor/language/json/json.worker.js?worker";
import { bundleMetaSchema } from "../../spec/meta-schemas.js";

/** URI of the bundle model; the meta-schema is bound to it. */
export const BUNDLE_MODEL_URI = "inmemory://yijian/bundle.json";

(globalThis as { MonacoEnvironment?: unknown }).MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    return label === "json" ? new JsonWorker() : new EditorWorker();
  },
};

jsonDefaults.setDiagnosticsOptions({
  validate: true,
  allowComments: false,
  enableSchemaRequest: false,
  schemas: [{ uri: "https://yijian.dev/schema/bundle.json", fileMatch: [BUNDLE_MODEL_URI], schema: bundleMetaSchema() as never }],
});

export { monaco };
