// Questions worth taking to an appointment. The massage questions are the source article's four prompts,
// in our own words; the others are what a physiotherapist or doctor is usually asked, including what to
// do if things get worse.

export type QuestionGroup = "massage" | "clinician" | "own";

export interface SuggestedQuestion {
  readonly id: string;
  readonly group: Exclude<QuestionGroup, "own">;
  readonly text: string;
}

export const QUESTION_GROUP_TITLES: Record<QuestionGroup, string> = {
  massage: "For a massage therapist",
  clinician: "For a physiotherapist or doctor",
  own: "My own questions",
};

export const SUGGESTED_QUESTIONS: readonly SuggestedQuestion[] = [
  {
    id: "massage-kinds",
    group: "massage",
    text: "Which kinds of massage do you use for sciatica, and which would you pick for me?",
  },
  {
    id: "massage-pressure",
    group: "massage",
    text: "How will you keep the pressure from making my nerve pain worse?",
  },
  {
    id: "massage-tracking",
    group: "massage",
    text: "How will we check if my pain, and what I can do, are getting better?",
  },
  {
    id: "massage-between",
    group: "massage",
    text: "What should I do at home between sessions?",
  },
  {
    id: "clinician-cause",
    group: "clinician",
    text: "What do you think is causing my pain, and how sure are you?",
  },
  {
    id: "clinician-plan",
    group: "clinician",
    text: "Which exercises and daily changes should I do, and what should I avoid for now?",
  },
  {
    id: "clinician-checkpoint",
    group: "clinician",
    text: "How soon should I notice a change, and what do we try if I don't?",
  },
  {
    id: "clinician-worse",
    group: "clinician",
    text: "What should I do if it gets worse, or if I get new weakness, numbness, or bladder or bowel changes?",
  },
  {
    id: "clinician-tests",
    group: "clinician",
    text: "Do I need a scan or other tests? Why, or why not?",
  },
  {
    id: "clinician-daily-life",
    group: "clinician",
    text: "Is it OK to keep working, driving and doing sport?",
  },
];
