import type { RequestOf, ResponseOf } from "../../utils/messages";
import { addTerm, appointmentItem } from "../../utils/storage/appointment";

/** "Terms I read about": kept once per concept and page, whichever view or page card asked. */
export async function addTermToNotes(
  term: RequestOf<"notes/add-term">,
): Promise<ResponseOf<"notes/add-term">> {
  await appointmentItem.update((appointment) =>
    addTerm(appointment, { ...term, addedAt: new Date().toISOString() }),
  );
  return { ok: true };
}
