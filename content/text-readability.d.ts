declare module "text-readability" {
  const readability: {
    fleschKincaidGrade(text: string): number;
    /** SMOG grade; 0 for text of fewer than 3 sentences, which the formula needs. */
    smogIndex(text: string): number;
    colemanLiauIndex(text: string): number;
    sentenceCount(text: string): number;
  };
  export default readability;
}
