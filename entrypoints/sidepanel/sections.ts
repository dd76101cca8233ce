export const SECTIONS = [
  { id: "explain", label: "Explain" },
  { id: "red-flags", label: "Red flags" },
  { id: "appointment", label: "Appointment" },
  { id: "progress", label: "Progress" },
  { id: "take-away", label: "Take it with you" },
] as const;

export type SectionId = (typeof SECTIONS)[number]["id"];

export const tabId = (id: SectionId) => `tab-${id}`;
export const panelId = (id: SectionId) => `section-${id}`;
