import { compileVocabulary } from "/work/main/content/compile";
import { loadEntries } from "/work/main/scripts/load-content";
const v = compileVocabulary(loadEntries());
const i = v.concepts.findIndex((c) => c.id === "numbness");
v.forms.forEach((f, k) => { if (f.p.includes("tingling") && f.c === -1) console.log(k, f.p.slice(0, 200)); });
