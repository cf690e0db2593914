// Reopening the app (no route in the address) resumes where the user last was, in the
// assessment changed most recently. Any route in the address (a bookmark) wins.
import { getRepository } from "../storage";
import { navigate } from "../routing/navigation";
import { lastRoute } from "../routing/routes";

export async function resumeLastPosition(): Promise<void> {
  if (window.location.hash !== "") return;
  const { assessments } = await (await getRepository()).list();
  const latest = assessments.filter((a) => a.lastPath).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  const route = latest ? lastRoute(latest) : null;
  // Only if the user has not moved in the meantime.
  if (route && window.location.hash === "") navigate(route, { replace: true });
}
