import type { BackgroundRequest, BackgroundResponse } from "../../utils/protocol/background";
import { addTerm, appointmentItem } from "../../utils/storage/appointment";

/** "Terms I read about": kept once per concept and page, whichever view or page card asked. */
export async function addTermToNotes(
  term: BackgroundRequest<"notes/add-term">,
): Promise<BackgroundResponse<"notes/add-term">> {
  await appointmentItem.update((appointment) =>
    addTerm(appointment, { ...term, addedAt: new Date().toISOString() }),
  );
  return { ok: true };
}
