// SurveyJS form library (survey-core + survey-react-ui), default theme, all 400 questions on one page,
// textUpdateMode onTyping, errors checked on complete only.
import { createRoot } from "react-dom/client";
import { Model } from "survey-core";
import { Survey } from "survey-react-ui";
import "survey-core/survey-core.css";
import { startProbe } from "./probe.js";
import { surveyJson } from "./fixture.js";

startProbe(() => !!document.querySelector('[data-name="s20_f20"]'));
const model = new Model(surveyJson());

createRoot(document.getElementById("root")!).render(<Survey model={model} />);
