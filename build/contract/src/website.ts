// What the website does with the generated types: list the open calls, apply, read the board.
// It must compile under `tsc --strict`: a property that can be null must be handled as such.
import type { components, operations, paths } from "../generated/caprural";

type Call = components["schemas"]["CallView"];
type Candidate = components["schemas"]["CandidateItem"];
type Application = components["schemas"]["SubmitApplication"];
type Submitted = operations["submitApplication"]["responses"][201]["content"]["application/json"];

const base = "http://127.0.0.1:5000";

export async function openCalls(): Promise<Call[]> {
  const answer = await fetch(`${base}/api/calls?page=1&pageSize=20`);
  const page = (await answer.json()) as components["schemas"]["PagedResultOfCallView"];
  return page.items.filter((call) => call.isOpen);
}

export async function apply(callId: string): Promise<string> {
  const body: Application = {
    firstName: "Camille",
    lastName: "Martin",
    email: "camille.martin@example.org",
    organisation: "Communauté de communes du Pays de Saint-Flour",
    organisationType: "intercommunality",
    jobTitle: "Chargée de mission",
    sector: "localDevelopment",
    role: "Animation du contrat local de santé",
    communeCode: "15187",
    motivation: "Relier l'action sociale et le développement local sur notre territoire.",
    topics: ["mobilité"],
    consentToProcessing: true,
    consentToDirectory: false,
  };
  const path: keyof paths = "/api/calls/{callId}/applications";
  const answer = await fetch(`${base}${path.replace("{callId}", callId)}`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const submitted = (await answer.json()) as Submitted;
  return submitted.applicationId;
}

export function describe(candidate: Candidate): string {
  // decision and myReview are null until someone decides or reviews: the types say so.
  const decision = candidate.decision ?? "undecided";
  const score = candidate.averageScore === null ? "no score yet" : candidate.averageScore.toFixed(1);
  const mine = candidate.myReview?.comment ?? "";
  return `${candidate.name ?? "(hidden)"} — ${decision} — ${score} ${mine}`.trim();
}

export async function decide(callId: string, candidateId: string, etag: string): Promise<Candidate> {
  const headers: operations["decideCandidate"]["parameters"]["header"] = { "If-Match": etag };
  const answer = await fetch(`${base}/api/calls/${callId}/candidates/${candidateId}/decision`, {
    method: "PUT",
    headers: { ...headers, "Content-Type": "application/json", "X-Api-Key": "…" },
    body: JSON.stringify({ decision: "accepted" } satisfies components["schemas"]["DecideCandidate"]),
  });
  return (await answer.json()) as Candidate;
}

export function renameOnly(): components["schemas"]["ChangeMeeting"] {
  // A PATCH with one field: every other one is optional.
  return { title: "Deuxième rencontre du groupe" };
}
