export { AssessmentCorrections, CorrectionHistory } from "./assessment-corrections";

import "./case.css";

export { AttendanceSummary, CaseActivities } from "./case-activities";
export { CaseAssessments } from "./case-assessments";
export { CaseHeader, type CaseParticipant, participantName } from "./case-header";
export { CaseNotes } from "./case-notes";
export { CaseLoadError, CaseLoading } from "./case-states";
export { type CaseTab, CaseTabs } from "./case-tabs";
export { CaseTimeline } from "./case-timeline";
export { ConsentPanel } from "./consent-panel";
export { JointPlanEditor } from "./joint-plan-editor";
export { NextActionText } from "./next-action";
export { type PlanDraft, reapplyPlanEdits } from "./plan-draft";
export { type TodoLinks, TodoQueue } from "./todo-queue";
