// The other editor engineer's visual designers, loaded lazily when their files exist (import.meta.glob keeps
// the build working before they land); a placeholder otherwise.
import { lazy, Suspense, type ComponentType } from "react";
import type { DesignerProps } from "../state/draft-store.js";
import { useI18n } from "../i18n.js";

type Loader = () => Promise<Record<string, unknown>>;
const modules = import.meta.glob(["../designers/flow/FlowDesigner.tsx", "../designers/guide/GuideDesigner.tsx", "../designers/merge/MergeStudio.tsx"]) as Record<string, Loader>;

function lazyDesigner(path: string, name: string): ComponentType<DesignerProps> | undefined {
  const load = modules[path];
  if (!load) return undefined;
  return lazy(async () => ({ default: (await load())[name] as ComponentType<DesignerProps> }));
}

/** The three designers by tab id. */
export const DESIGNERS: Record<"merge" | "guide" | "flow", ComponentType<DesignerProps> | undefined> = {
  merge: lazyDesigner("../designers/merge/MergeStudio.tsx", "MergeStudio"),
  guide: lazyDesigner("../designers/guide/GuideDesigner.tsx", "GuideDesigner"),
  flow: lazyDesigner("../designers/flow/FlowDesigner.tsx", "FlowDesigner"),
};

/** Renders a designer or its placeholder. */
export function DesignerSlot({ which, ...props }: DesignerProps & { which: keyof typeof DESIGNERS }) {
  const { t } = useI18n();
  const Designer = DESIGNERS[which];
  if (!Designer) return <p className="muted">{t("ed.comingSoon")}</p>;
  return (
    <Suspense fallback={<p role="status">{t("ed.loadingDesigner")}</p>}>
      <Designer {...props} />
    </Suspense>
  );
}
