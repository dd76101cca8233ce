declare module "virtual:sciatica-lens/vocabulary" {
  const vocabulary: import("./compile").CompiledVocabulary;
  export default vocabulary;
}
declare module "virtual:sciatica-lens/knowledge" {
  const knowledge: import("./knowledge-types").KnowledgeBase;
  export default knowledge;
}
