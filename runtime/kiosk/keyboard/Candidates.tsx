// The candidate bar of the pinyin keyboard: the letters typed so far and one page of characters or words to pick.
import { useI18n } from "../../shared/i18n.js";
import type { Candidate } from "./candidates.js";
import { Key } from "./Key.js";

const PAGE = 8;

/** The bar; `page` pages through the candidates. */
export function CandidateBar({ letters, candidates, page, loading, onPick, onPage }: { letters: string; candidates: Candidate[]; page: number; loading: boolean; onPick: (c: Candidate) => void; onPage: (p: number) => void }) {
  const { t } = useI18n();
  const shown = candidates.slice(page * PAGE, page * PAGE + PAGE);
  return (
    <div className="osk__candidates" aria-live="polite">
      <span className="osk__letters" aria-label={t("kiosk.kbLetters")}>{letters || t("kiosk.kbTypePinyin")}</span>
      {loading && letters ? <span className="muted">{t("common.loading")}</span> : null}
      <div className="osk__picks" role="group" aria-label={t("kiosk.kbCandidates")}>
        {shown.map((c, i) => <Key key={c.text} id={`cand-${page * PAGE + i}`} label={c.text} onPress={() => onPick(c)}>{c.text}</Key>)}
      </div>
      {candidates.length > PAGE && (
        <>
          <Key id="cand-prev" label={t("kiosk.kbPrev")} onPress={() => onPage(Math.max(0, page - 1))}>‹</Key>
          <Key id="cand-next" label={t("kiosk.kbNext")} onPress={() => onPage((page + 1) * PAGE < candidates.length ? page + 1 : page)}>›</Key>
        </>
      )}
    </div>
  );
}
