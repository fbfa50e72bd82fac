import type { caseworkSv } from "./casework.sv";

/** English messages of case-work quality. */
export const caseworkEn: Record<keyof typeof caseworkSv, string> = {
  "validation.attendance.date.future": "Attendance can only be recorded for days that have passed",
  "validation.attendance.date.outsideParticipation": "The day is outside the participation",
  "validation.attendance.date.outsideProject": "The day is outside the project period",
  "validation.attendance.presentMinutes.abovePlan":
    "More time than planned plus the allowed margin – check the time",
  "validation.assessment.phase.baselineExists":
    "There already is a start assessment with this instrument – correct it instead",
  "validation.intake.birthDate.contradictsIdentity":
    "The birth date does not match the personal identity number",
  "validation.intake.gender.contradictsIdentity":
    "The gender does not match the personal identity number – tick the box if another gender applies for statistics",
  "validation.intake.birthDate.ageOutsideTargetGroup":
    "The age is outside the project's target group",
  "validation.enrolment.municipalityCode.notServedByOffice":
    "Your office does not work with that municipality in the project",
  "validation.plan.goals.required": "Write at least one goal",
  "validation.plan.items.required": "Plan at least one activity and say who is responsible",
  "validation.plan.nextReviewDate.required": "Give the date the plan is to be reviewed",
  "validation.employer.organisationNumber.checksum":
    "The organisation number does not add up – check the digits",
  "validation.employer.contactPhone.format": "Enter a phone number in digits, e.g. 0480-45 00 00",
  "validation.employer.name.duplicate":
    "An employer with the same name or organisation number already exists. Check the register, or save again to add it anyway.",
  "validation.followUp.recordedOn.outsideWindow":
    "The follow-up is outside its window – confirm to save it anyway",
  "kommun.attendance.notYet": "The day has not happened yet",
  "staff.intake.genderDiffersFromLegal":
    "Another gender than the personal number's applies for statistics",
  "staff.intake.genderDiffersFromLegalHint":
    "Tick only when the participant states another gender. The choice is logged.",
  "case.timeline.kind.recordCorrected": "Record corrected",
  "case.timeline.kind.recordWithdrawn": "Record withdrawn",
  "case.timeline.correction": "{{record}}{{key}}. Reason: {{reason}}",
  "case.correction.record.attendance": "Attendance",
  "case.correction.record.assessment": "Assessment",
  "case.correction.record.activity": "Activity",
  "case.correction.record.exit": "Exit",
  "case.correction.record.followUp": "Follow-up",
  "case.correction.reason": "Reason for the change",
  "validation.recordCorrection.reason.required": "Say why the record is changed",
  "validation.recordCorrection.reason.tooLong": "Write at most 500 characters",
  "case.correction.reasonHint": "Required. Shown in the history.",
  "case.correction.history": "Change history",
  "case.correction.historyEmpty": "No changes.",
  "case.correction.col.when": "When",
  "case.correction.col.who": "Who",
  "case.correction.col.what": "Change",
  "case.correction.col.before": "Earlier value",
  "case.correction.col.reason": "Reason",
  "case.correction.corrected": "Corrected",
  "case.correction.withdrawn": "Withdrawn",
  "case.correction.correct": "Correct",
  "case.correction.withdraw": "Withdraw",
  "case.correction.save": "Save the correction",
  "case.correction.cancel": "Cancel",
  "case.correction.confirmWithdraw": "Withdraw the assessment",
  "case.correction.saved": "The correction is saved.",
  "kommun.attendance.correctionReason": "Reason for changing recorded days",
  "kommun.attendance.correctionReasonHint":
    "You have changed or emptied days already saved. Say why – the old value is kept in the history.",
  "kommun.attendance.error.clearedNeedsReason":
    "The day is emptied when you save – give the reason below",
  "errors.assessment.notFound": "The assessment does not exist, or you have no access to it.",
  "errors.exit.notFound": "The participation has no exit to correct.",
  "errors.followUp.notRecorded": "The follow-up has not been recorded yet.",
  "case.assessments.recorded": "Recorded assessments",
  "case.assessments.col.instrument": "Instrument",
  "case.assessments.col.actions": "Actions",
  "case.correction.withdrawTitle": "Withdraw the assessment",
  "case.correction.correctTitle": "Correct the assessment",
  "staff.followUp.confirmOutside":
    "Save anyway, outside the window (does not count towards the goal)",
  "case.nextAction.source.planDueAfterStart": "two weeks after the start",
  "case.nextAction.source.planReviewDate": "the plan's review date",
  "case.nextAction.source.planItemReviewDate": "the earliest step's review",
  "case.nextAction.source.followUpRule": "the project's follow-up rule",
  "staff.todo.handovers": "Handovers to read",
  "staff.todo.handoversEmpty": "No unread handovers.",
  "staff.todo.handover": "Read the handover about {{name}} (unread: {{count}})",
  "staff.todo.handoverSince": "since {{date}}",
  "staff.todo.reminders": "To look at",
  "staff.todo.remindersEmpty": "Nothing to look at.",
  "staff.todo.reminder.lowParticipation": "Low attendance over the last 4 weeks: {{name}}",
  "staff.todo.reminder.sixthMonth": "Six months in the project: {{name}}",
  "staff.todo.reminder.participationEnding": "The project is nearing its end: {{name}}",
  "staff.todo.priorityGroup": "Priority group",
  "case.plan.print": "Print the plan",
  "case.plan.printTitle": "Your joint plan",
  "case.plan.pdf": "Print the plan (PDF)",
  "case.plan.pdfError": "The PDF could not be made. Try again.",
  // Issue 14: request decisions, the unread and priority-group filters, the coordinator's start page
  "staff.todo.decisions": "Decisions on your requests",
  "staff.todo.decisionsEmpty": "No new decisions.",
  "staff.todo.decision.accepted": "Request accepted: {{activity}}",
  "staff.todo.decision.declined": "Request declined: {{activity}}",
  "staff.todo.decidedOn": "decided {{date}}",
  "participants.unreadOnly": "Only participants with unread handovers",
  "participants.filter.unread": "with unread handovers",
  "casework.priorityGroup.filter": "Priority group",
  "casework.priorityGroup.all": "All",
  "casework.priorityGroup.any": "Any priority group",
  "casework.priorityGroup.applied": "priority group: {{group}}",
  "casework.priorityGroup.appliedAny": "in any priority group",
  "casework.priorityGroup.header": "Priority group",
  "kommun.todo.title": "To do",
  "kommun.participants.listTitle": "Participants",
  // Issue 14: the participant summary on paper
  "case.summary.pdf": "Print summary of the participation (PDF)",
  // Issue 14: the end of the work availability (arbetsutbud)
  "staff.todo.reminder.workAvailabilityEnding": "Work availability ends {{date}}: {{name}}",
  "case.header.workAvailability": "Work availability",
  "case.header.workAvailabilityValue": "{{percent}} %",
  "case.header.workAvailabilityUntil": "{{percent}} % (until {{date}})",
  "case.correction.record.workAvailability": "Work availability",
  "validation.workAvailability.percent.invalid":
    "Enter the work availability as a whole number, for example 100",
  "validation.workAvailability.percent.range":
    "Enter a work availability between 1 and 100 per cent",
  "validation.workAvailability.until.beforeStart":
    "Enter an end date of the work availability on or after the participation's start date",
  "errors.workAvailability.notActive":
    "The participation has ended. The work availability cannot be changed.",
  "staff.workAvailability.title": "Work availability",
  "staff.workAvailability.lead":
    "The participant takes part for all of their work availability for as long as it lasts. If the Public Employment Service has decided it ends on a date, enter it here and it comes up under To do 30 days before.",
  "staff.workAvailability.edit": "Change work availability",
  "staff.workAvailability.percent": "Work availability in per cent",
  "staff.workAvailability.percentHint": "A whole number from 1 to 100.",
  "staff.workAvailability.until": "Work availability lasts until",
  "staff.workAvailability.untilHint":
    "Write the date as YYYY-MM-DD, {{start}} at the earliest. Leave empty if it lasts until further notice.",
  "staff.workAvailability.reason": "Why does the percentage change?",
  "staff.workAvailability.reasonHint":
    "The percentage sets the planned time in attendance. The old value is kept with your reason.",
  "staff.workAvailability.save": "Save work availability",
  "staff.workAvailability.cancel": "Cancel",
  "staff.workAvailability.saved": "The work availability is saved.",
  "staff.workAvailability.openEnded": "Lasts until further notice.",
};
